/**
 * The public support-programme catalogue: only published content (approval is required to
 * publish), each document in the requested locale or, missing that, in Latvian; nothing but the
 * whitelisted public fields leaves this service. Filters, facet counts, sorting and pagination
 * follow the documented query parameters (common/rules/public-query.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { itemQuery, programmeListQuery, searchable, type ProgrammeListQuery } from '../../../common/rules/public-query';
import { parseQuery as parse, paginate } from './public-query';
import {
  commonFacets,
  commonMatchers,
  facetedFilter,
  publicCommon,
  publishedDocumentId,
  publishedDocuments,
  type Locale,
} from './public-catalogue';
import { programmeState, rigaToday, type ProgrammeState } from '../../../common/programme-state';
import { labelOf, programmeKinds, programmeStates } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';

type Row = Record<string, any>;
type Programme = ReturnType<typeof toPublic>;

const UID = uidOf('support-programme');

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The public shape of a programme: a whitelist, never the stored row. */
function toPublic(row: Row, locale: Locale, today: string) {
  const state = programmeState(row, today);
  return {
    ...publicCommon(row, locale),
    summary: row.summary ?? null,
    description: row.description ?? null,
    kind: { key: row.kind as string, label: labelOf(programmeKinds, row.kind, locale) },
    state: { key: state, label: programmeStates[state][locale] },
    implementer: row.implementer ?? null,
    eligibility: row.eligibility ?? null,
    amountMin: amount(row.amountMin),
    amountMax: amount(row.amountMax),
    totalBudget: amount(row.totalBudget),
    currency: 'EUR',
    opensOn: row.opensOn ?? null,
    closesOn: row.closesOn ?? null,
    howToApply: row.howToApply ?? null,
    websiteUrl: row.websiteUrl ?? null,
    contactEmail: row.contactEmail ?? null,
    contactPhone: row.contactPhone ?? null,
    legalBasis: ((row.legalBasis ?? []) as Row[]).map((doc) => ({ title: doc.title as string, url: doc.url ?? null })),
    publishedAt: row.publishedAt,
  };
}

const compare: Record<ProgrammeListQuery['sort'], (a: Programme, b: Programme) => number> = {
  'closesOn:asc': (a, b) => (a.closesOn ?? '9999').localeCompare(b.closesOn ?? '9999'),
  'closesOn:desc': (a, b) => (b.closesOn ?? '').localeCompare(a.closesOn ?? ''),
  'title:asc': (a, b) => a.title.localeCompare(b.title, 'lv'),
  'title:desc': (a, b) => b.title.localeCompare(a.title, 'lv'),
  'amountMax:desc': (a, b) => (b.amountMax ?? -1) - (a.amountMax ?? -1),
  'publishedAt:desc': (a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)),
};

const matchers = {
  ...commonMatchers,
  kind: (p: Programme, wanted: string[]) => wanted.includes(p.kind.key),
  state: (p: Programme, wanted: string[]) => wanted.includes(p.state.key),
};
const facetKeys = {
  ...commonFacets,
  kind: (p: Programme) => [p.kind.key],
  state: (p: Programme) => [p.state.key as ProgrammeState],
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Every published programme, one per document, in the locale asked for (Latvian if missing). */
  async function published(locale: Locale, where: Row = {}) {
    const rows = await publishedDocuments(strapi, UID, locale, { legalBasis: { select: ['title', 'url'] } }, where);
    const today = rigaToday();
    return rows.map((row) => toPublic(row, locale, today));
  }

  return {
    async list(query: unknown) {
      const params = parse<ProgrammeListQuery>(programmeListQuery, query);
      const all = await published(params.locale);
      const needle = params.q ? searchable(params.q) : null;
      const base = all.filter(
        (p) =>
          (!needle || searchable([p.title, p.summary ?? '', p.description ?? ''].join(' ')).includes(needle)) &&
          (params.amountMin === undefined || (p.amountMax ?? p.amountMin ?? 0) >= params.amountMin),
      );
      const { results, facets } = facetedFilter(
        base,
        { municipality: params.municipality, kind: params.kind, targetGroup: params.targetGroup, state: params.state },
        matchers,
        facetKeys,
      );
      results.sort(compare[params.sort]);
      const { data, pagination } = paginate(results, params);
      return { data, meta: { pagination, facets } };
    },

    async findOne(slugOrDocumentId: string, query: unknown) {
      const { locale } = parse<{ locale: Locale }>(itemQuery, query);
      const documentId = await publishedDocumentId(strapi, UID, slugOrDocumentId);
      const [programme] = documentId ? await published(locale, { documentId }) : [];
      if (!programme) throw new errors.NotFoundError('Atbalsta programma nav atrasta');
      return { data: programme };
    },
  };
};
