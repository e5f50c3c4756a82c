/**
 * The public support-programme catalogue: only published content (approval is required to
 * publish), each document in the requested locale or, missing that, in Latvian; nothing but the
 * whitelisted public fields leaves this service. Filters, facet counts, sorting and pagination
 * follow the documented query parameters (common/rules/public-query.ts) and run in SQL
 * (public-sql.ts).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { itemQuery, programmeListQuery, searchable, type ProgrammeListQuery } from '../../../common/rules/public-query';
import { parseQuery } from './query-errors';
import { commonDimensions, catalogueRows, publicCommon, publishedItem, type Related, type Locale } from './catalogue';
import { byColumn, byExpression, listPage, publishedRows, searchFilter, sqlTable, titleOrder, type QB } from './sql';
import { programmeState, rigaToday } from '../../../common/programme-state';
import { labelOf, programmeKinds, programmeStates } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';

type Row = Record<string, any>;

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

/** The documented sorts, each ending with the id so pages never overlap. */
const orderBy = (strapi: Core.Strapi): Record<ProgrammeListQuery['sort'], string> => ({
  'closesOn:asc': 't.closes_on is null, t.closes_on asc, t.id asc',
  'closesOn:desc': 't.closes_on is null, t.closes_on desc, t.id asc',
  'title:asc': `${titleOrder(strapi, 'asc')}, t.id asc`,
  'title:desc': `${titleOrder(strapi, 'desc')}, t.id asc`,
  'amountMax:desc': 't.amount_max is null, t.amount_max desc, t.id asc',
  'publishedAt:desc': 't.published_at desc, t.id asc',
});

/** `programmeState` (common/programme-state.ts) as SQL, for filtering and counting. */
const stateSql = `case when t.opens_on is null and t.closes_on is null then 'ongoing'
  when t.opens_on > ? then 'upcoming' when t.closes_on < ? then 'closed' else 'open' end`;

const related: Related = { legalBasis: ['title', 'url'] };

/**
 * Offers at least this amount: the maximum, else the minimum, else nothing (0). Written as ORs
 * over plain columns so the amount_max index serves.
 */
const amountAtLeast = (amount: number | undefined) => (qb: QB) => {
  if (amount === undefined) return;
  qb.where((offer) =>
    offer
      .where('t.amount_max', '>=', amount)
      .orWhere((min) => min.whereNull('t.amount_max').where('t.amount_min', '>=', amount))
      .orWhere((none) => {
        if (amount > 0) none.whereRaw('1 = 0');
        else none.whereNull('t.amount_max').whereNull('t.amount_min');
      }),
  );
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    async list(query: unknown) {
      const params = parseQuery<ProgrammeListQuery>(programmeListQuery, query);
      const table = sqlTable(strapi, UID);
      const today = rigaToday();
      const { ids, facets, pagination } = await listPage({
        from: () => publishedRows(strapi, table, params.locale),
        filters: [searchFilter(params.q && searchable(params.q)), amountAtLeast(params.amountMin)],
        dimensions: {
          ...commonDimensions(strapi, table),
          kind: byColumn(table.col('kind')),
          state: byExpression(strapi, stateSql, [today, today]),
        },
        wanted: {
          municipality: params.municipality,
          kind: params.kind,
          targetGroup: params.targetGroup,
          state: params.state,
        },
        orderBy: orderBy(strapi)[params.sort],
        page: params.page,
        pageSize: params.pageSize,
      });
      const rows = await catalogueRows(strapi, UID, ids, related);
      return { data: rows.map((row) => toPublic(row, params.locale, today)), meta: { pagination, facets } };
    },

    async findOne(slugOrDocumentId: string, query: unknown) {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const row = await publishedItem(strapi, UID, slugOrDocumentId, locale, related);
      const programme = row && toPublic(row, locale, rigaToday());
      if (!programme) throw new errors.NotFoundError('Atbalsta programma nav atrasta');
      return { data: programme };
    },
  };
};
