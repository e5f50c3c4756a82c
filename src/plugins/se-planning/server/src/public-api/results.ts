/**
 * The public results (worksheet #8), read from the public read model: the indicators of each adopted (or
 * archived) plan's latest adopted version — its baseline, target and target date, the goal it measures, as the
 * council adopted them — with the measurements an approver published, by date, and the latest one. An amendment
 * in progress changes nothing here until it is adopted; indicators' internal notes are never public.
 */
import type { Core } from '@strapi/strapi';
import { resultListQuery, type ResultListQuery } from '../../../common/rules/public-query';
import { readTables } from '../publication/read-tables';
import { parseQuery } from './query-errors';
import { byColumn, clause, isIn, listAnswer, listPage, withFields } from './read-sql';
import { readRows } from './read-db';

/** A published measurement as the answer gives it. */
export type PublicMeasurement = { measuredOn: string | null; value: number | null; qualitativeValue: string | null };
type Ref = { documentId: string; title: string };
/** A result as stored in the read model (publication/render.ts `planRows`): an adopted indicator, its goal and plan. */
export type StoredResult = {
  documentId: string;
  title: string;
  kind: { key: string; label: string };
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetText: string | null;
  targetDate: string | null;
  goal: Ref | null;
  municipality: { slug: string; name: string } | null;
  plan: Ref & { periodStartYear: number | null; periodEndYear: number | null };
};
/** A result as the list answers it: with its measurements by date and the latest one. */
export type PublicResult = StoredResult & { measurements: PublicMeasurement[]; latest: PublicMeasurement | null };

const TABLE = readTables.results;
const MEASUREMENTS = readTables.measurements;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: unknown): Promise<string> {
    const params = parseQuery<ResultListQuery>(resultListQuery, query);
    const knex = strapi.db.connection;
    const { items, facets, pagination } = await listPage(knex, {
      table: TABLE,
      filters: [clause('t.locale = ?', [params.locale])],
      facets: { municipality: byColumn('t.municipality_slug'), plan: byColumn('t.plan_document_id') },
      wanted: { municipality: params.municipality, plan: params.plan },
      order: [
        { sql: 't.municipality_slug' },
        { sql: 't.plan_document_id' },
        { sql: 't.position' },
        { sql: 't.document_id' },
      ],
      extra: clause('t.document_id'),
      page: params.page,
      pageSize: params.pageSize,
    });
    const indicators = items.map((item) => String(item.extra));
    const measured = new Map<string, string[]>(indicators.map((id) => [id, []]));
    if (indicators.length) {
      const rows = await readRows(
        knex,
        clause(
          `select m.indicator_document_id as indicator, m.rendered from ${MEASUREMENTS.name} m where ${isIn('m.indicator_document_id', indicators).sql} order by m.indicator_document_id, m.measured_on, m.document_id`,
          indicators,
        ),
      );
      for (const row of rows) measured.get(row.indicator)?.push(row.rendered);
    }
    return listAnswer(
      items.map((item) => {
        const measurements = measured.get(String(item.extra)) ?? [];
        return withFields(
          item.rendered,
          `"measurements":[${measurements.join(',')}],"latest":${measurements.at(-1) ?? 'null'}`,
        );
      }),
      { pagination, facets },
    );
  },
});
