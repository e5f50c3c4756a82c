/**
 * Every published support programme in one language, as the open data set's rows (common/open-data.ts): read
 * from the public read model's stored answers in one statement, with the state of its application window today
 * (Riga), never from drafts. Ordered by municipality, title and documentId, so the file is the same for the same
 * data.
 */
import type { Core } from '@strapi/strapi';
import type { ProgrammeColumn } from '../../../../common/open-data';
import { rigaToday } from '../../../../common/programme-state';
import { labelOf, programmeStates } from '../../../../common/vocabulary';
import { answersTableOf, programmeStateSql, readTables } from '../../publication/read-tables';
import type { Locale, programmeAnswer } from '../../publication/render';
import { readRows } from '../read-db';
import { clause } from '../read-sql';

type Knex = Core.Strapi['db']['connection'];
export type ProgrammeAnswer = ReturnType<typeof programmeAnswer>;
export type ProgrammeRow = Record<ProgrammeColumn, string | number | string[] | null>;
/** A programme as the API answers it, with its state, and its row. */
export type OpenProgramme = { answer: ProgrammeAnswer; state: string; row: ProgrammeRow };

const TABLE = readTables.programmes;

/** A programme's page on the residents' website (src/site/paths.ts: `/programmas/<slug>`, `/en/programmes/<slug>`). */
export const programmePageUrl = (publicUrl: string, locale: Locale, slug: string) =>
  `${publicUrl}${locale === 'en' ? '/en/programmes' : '/programmas'}/${encodeURIComponent(slug)}`;

function rowOf(answer: ProgrammeAnswer, state: string, locale: Locale, publicUrl: string): ProgrammeRow {
  return {
    documentId: answer.documentId,
    slug: answer.slug,
    locale: answer.locale,
    title: answer.title,
    summary: answer.summary,
    description: answer.description,
    kind: answer.kind.key,
    kindLabel: answer.kind.label,
    state,
    stateLabel: labelOf(programmeStates, state, locale),
    municipality: answer.municipality?.slug ?? null,
    municipalityName: answer.municipality?.name ?? null,
    implementer: answer.implementer,
    targetGroups: answer.targetGroups.map((group) => group.slug),
    targetGroupNames: answer.targetGroups.map((group) => group.name),
    eligibility: answer.eligibility,
    amountMin: answer.amountMin,
    amountMax: answer.amountMax,
    totalBudget: answer.totalBudget,
    currency: answer.currency,
    opensOn: answer.opensOn,
    closesOn: answer.closesOn,
    howToApply: answer.howToApply,
    websiteUrl: answer.websiteUrl,
    contactEmail: answer.contactEmail,
    contactPhone: answer.contactPhone,
    legalBasis: answer.legalBasis.map((document) => document.title),
    publishedAt: answer.publishedAt,
    url: programmePageUrl(publicUrl, locale, answer.slug),
  };
}

export async function openProgrammes(knex: Knex, locale: Locale, publicUrl: string): Promise<OpenProgramme[]> {
  const state = programmeStateSql(rigaToday());
  const rows = await readRows(
    knex,
    clause(
      `select a.rendered, ${state.sql} as state from ${TABLE.name} t join ${answersTableOf(TABLE)} a on a.id = t.id ` +
        `where t.locale = ? order by coalesce(t.municipality_slug, ''), t.sort_title, t.document_id`,
      [...state.bindings, locale],
    ),
  );
  return rows.map((row) => {
    const answer = JSON.parse(row.rendered) as ProgrammeAnswer;
    return { answer, state: String(row.state), row: rowOf(answer, String(row.state), locale, publicUrl) };
  });
}

/** When the programmes last changed: the latest publication (null when none is published). */
export async function programmesModified(knex: Knex): Promise<string | null> {
  const [row] = await readRows(knex, clause(`select max(t.published_at) as modified from ${TABLE.name} t`));
  return (row?.modified as string | null) ?? null;
}
