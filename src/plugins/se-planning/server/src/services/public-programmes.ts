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
import { programmeState, rigaToday, type ProgrammeState } from '../../../common/programme-state';
import { labelOf, programmeKinds, programmeStates } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';

type Row = Record<string, any>;
type Locale = 'lv' | 'en';
type Programme = ReturnType<typeof toPublic>;

const UID = uidOf('support-programme');

const amount = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The public shape of a programme: a whitelist, never the stored row. */
function toPublic(row: Row, locale: Locale, today: string) {
  const state = programmeState(row, today);
  const municipality = row.plan?.municipality;
  return {
    documentId: row.documentId as string,
    slug: row.slug as string,
    locale: row.locale as Locale,
    localeFallback: row.locale !== locale,
    title: row.title as string,
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
    municipality: municipality ? { slug: municipality.slug as string, name: municipality.name as string } : null,
    targetGroups: ((row.targetGroups ?? []) as Row[]).map((group) => ({
      slug: group.slug as string,
      name: (locale === 'en' && group.nameEn) || group.name,
    })),
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

type Dimension = 'municipality' | 'kind' | 'targetGroup' | 'state';
const matches: Record<Dimension, (p: Programme, wanted: string[]) => boolean> = {
  municipality: (p, wanted) => Boolean(p.municipality && wanted.includes(p.municipality.slug)),
  kind: (p, wanted) => wanted.includes(p.kind.key),
  targetGroup: (p, wanted) => p.targetGroups.some((group) => wanted.includes(group.slug)),
  state: (p, wanted) => wanted.includes(p.state.key),
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Every published programme, one per document, in the locale asked for (Latvian if missing). */
  async function published(locale: Locale, where: Row = {}) {
    const rows = (await strapi.db.query(UID as never).findMany({
      where: { publishedAt: { $notNull: true }, locale: { $in: [...new Set([locale, 'lv'])] }, ...where },
      populate: {
        plan: { select: ['id'], populate: { municipality: { select: ['slug', 'name'] } } },
        targetGroups: { select: ['slug', 'name', 'nameEn'] },
        legalBasis: { select: ['title', 'url'] },
      },
    })) as Row[];
    const chosen = new Map<string, Row>();
    for (const row of rows) {
      if (!chosen.has(row.documentId) || row.locale === locale) chosen.set(row.documentId, row);
    }
    const today = rigaToday();
    return [...chosen.values()].map((row) => toPublic(row, locale, today));
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
      const wanted: Record<Dimension, string[] | undefined> = {
        municipality: params.municipality,
        kind: params.kind,
        targetGroup: params.targetGroup,
        state: params.state,
      };
      const passes = (p: Programme, except?: Dimension) =>
        (Object.keys(wanted) as Dimension[]).every((d) => d === except || !wanted[d] || matches[d](p, wanted[d]!));

      // Each facet counts what the other filters leave, so a page can offer "Granti (12)".
      const facet = (dimension: Dimension, keysOf: (p: Programme) => string[]) => {
        const counts: Record<string, number> = {};
        for (const p of base)
          if (passes(p, dimension)) for (const key of keysOf(p)) counts[key] = (counts[key] ?? 0) + 1;
        return counts;
      };
      const results = base.filter((p) => passes(p)).sort(compare[params.sort]);
      const { data, pagination } = paginate(results, params);
      return {
        data,
        meta: {
          pagination,
          facets: {
            kind: facet('kind', (p) => [p.kind.key]),
            targetGroup: facet('targetGroup', (p) => p.targetGroups.map((g) => g.slug)),
            municipality: facet('municipality', (p) => (p.municipality ? [p.municipality.slug] : [])),
            state: facet('state', (p) => [p.state.key as ProgrammeState]),
          },
        },
      };
    },

    async findOne(slugOrDocumentId: string, query: unknown) {
      const { locale } = parse<{ locale: Locale }>(itemQuery, query);
      const match = (await strapi.db.query(UID as never).findOne({
        where: { publishedAt: { $notNull: true }, $or: [{ documentId: slugOrDocumentId }, { slug: slugOrDocumentId }] },
        select: ['documentId'],
      })) as Row | null;
      const [programme] = match ? await published(locale, { documentId: match.documentId }) : [];
      if (!programme) throw new errors.NotFoundError('Atbalsta programma nav atrasta');
      return { data: programme };
    },
  };
};
