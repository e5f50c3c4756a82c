/**
 * The public results (worksheet #8): the indicators of adopted plans with their baseline, target
 * and target date, the goal they measure, and their published (so approved) measurements with
 * the latest one. A plan still being drafted shows nothing; an archived plan keeps its results
 * public as the record of what was achieved. Indicators' internal notes (data method,
 * recommendations, evaluation parties) are not public.
 */
import type { Core } from '@strapi/strapi';
import { resultListQuery, type ResultListQuery } from '../../../common/rules/public-query';
import { indicatorKinds, labelOf } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';
import { parseQuery } from './query-errors';
import { byMunicipality, byRelated, listPage, rowsByIds, sqlTable, type Locale } from './sql';

type Row = Record<string, any>;
const UID = uidOf('indicator');

/** Plans whose results are public. */
const PUBLIC_PLAN_STATUSES = ['adopted', 'archived'];

const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);

const goalFields = { select: ['documentId', 'title'] };
const populate = {
  plan: {
    select: ['documentId', 'title', 'periodStartYear', 'periodEndYear'],
    populate: { municipality: { select: ['slug', 'name'] } },
  },
  goal: goalFields,
  task: { select: ['id'], populate: { goal: goalFields } },
  activity: { select: ['id'], populate: { task: { select: ['id'], populate: { goal: goalFields } } } },
  measurements: {
    select: ['measuredOn', 'value', 'qualitativeValue'],
    where: { publishedAt: { $notNull: true } },
    orderBy: [{ measuredOn: 'asc' }, { id: 'asc' }],
  },
};

/** The goal an indicator measures: its own, or that of its task or its activity's task. */
const goalOf = (row: Row): Row | null => row.goal ?? row.task?.goal ?? row.activity?.task?.goal ?? null;

/** The public shape of a result: a whitelist, never the stored row. */
function toPublic(row: Row, locale: Locale) {
  const measurements = ((row.measurements ?? []) as Row[]).map((m) => ({
    measuredOn: day(m.measuredOn) as string,
    value: number(m.value),
    qualitativeValue: (m.qualitativeValue as string | null) ?? null,
  }));
  const goal = goalOf(row);
  return {
    documentId: row.documentId as string,
    title: row.title as string,
    kind: { key: row.kind as string, label: labelOf(indicatorKinds, row.kind, locale) },
    unit: (row.unit as string | null) ?? null,
    baseline: number(row.baseline),
    target: number(row.target),
    targetText: (row.targetText as string | null) ?? null,
    targetDate: day(row.targetDate),
    municipality: { slug: row.plan.municipality?.slug as string, name: row.plan.municipality?.name as string },
    plan: {
      documentId: row.plan.documentId as string,
      title: row.plan.title as string,
      periodStartYear: row.plan.periodStartYear as number,
      periodEndYear: row.plan.periodEndYear as number,
    },
    goal: goal ? { documentId: goal.documentId as string, title: goal.title as string } : null,
    measurements,
    latest: measurements.at(-1) ?? null,
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: unknown) {
    const params = parseQuery<ResultListQuery>(resultListQuery, query);
    const table = sqlTable(strapi, UID);
    const planLink = table.link('plan');
    const knex = strapi.db.connection;
    const ofPublicPlans = () =>
      knex({ t: table.name }).whereExists(
        knex({ pl: planLink.table })
          .select(knex.raw('1'))
          .join({ p: planLink.target }, 'p.id', `pl.${planLink.other}`)
          .whereRaw(`pl.${planLink.own} = t.id`)
          .whereIn(`p.${sqlTable(strapi, uidOf('plan')).column('planStatus')}`, PUBLIC_PLAN_STATUSES),
      );
    const { ids, facets, pagination } = await listPage({
      from: ofPublicPlans,
      dimensions: {
        municipality: byMunicipality(strapi, table),
        plan: byRelated(strapi, table, 'plan', 'document_id'),
      },
      wanted: { municipality: params.municipality, plan: params.plan },
      orderBy: `${table.col('municipalityId')} asc, ${table.col('position')} asc, t.id asc`,
      page: params.page,
      pageSize: params.pageSize,
    });
    const rows = await rowsByIds(strapi, UID, ids, { populate });
    return { data: rows.map((row) => toPublic(row, params.locale)), meta: { pagination, facets } };
  },
});
