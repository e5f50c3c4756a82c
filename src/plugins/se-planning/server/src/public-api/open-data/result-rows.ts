/**
 * Every result (an indicator of an adopted plan's latest adopted version) in one language, as the open data
 * set's rows (common/open-data.ts): one row per indicator with its latest published measurement, and in JSON the
 * list of its measurements by date. Read from the public read model as `/api/results` reads it, in its order.
 */
import type { Core } from '@strapi/strapi';
import type { ResultColumn } from '../../../../common/open-data';
import { readTables } from '../../publication/read-tables';
import type { Locale } from '../../publication/render';
import { readRows } from '../read-db';
import { clause } from '../read-sql';
import type { PublicMeasurement, StoredResult } from '../results';

type Knex = Core.Strapi['db']['connection'];
type ResultAnswer = StoredResult;
type Measurement = PublicMeasurement;
export type ResultRow = Record<ResultColumn, string | number | null | Measurement[]>;

const RESULTS = readTables.results;
const MEASUREMENTS = readTables.measurements;

function rowOf(result: ResultAnswer, measurements: Measurement[]): ResultRow {
  const latest = measurements.at(-1);
  return {
    municipality: result.municipality?.slug ?? null,
    municipalityName: result.municipality?.name ?? null,
    planDocumentId: result.plan.documentId,
    planTitle: result.plan.title,
    periodStartYear: result.plan.periodStartYear,
    periodEndYear: result.plan.periodEndYear,
    goalDocumentId: result.goal?.documentId ?? null,
    goalTitle: result.goal?.title ?? null,
    indicatorDocumentId: result.documentId,
    indicatorTitle: result.title,
    kind: result.kind.key,
    kindLabel: result.kind.label,
    unit: result.unit,
    baseline: result.baseline,
    target: result.target,
    targetText: result.targetText,
    targetDate: result.targetDate,
    latestValue: latest?.value ?? null,
    latestQualitativeValue: latest?.qualitativeValue ?? null,
    latestMeasuredOn: latest?.measuredOn ?? null,
    measurementCount: measurements.length,
    measurements,
  };
}

export async function openResults(knex: Knex, locale: Locale): Promise<ResultRow[]> {
  const results = await readRows(
    knex,
    clause(
      `select t.document_id as indicator, t.rendered from ${RESULTS.name} t where t.locale = ? ` +
        `order by coalesce(t.municipality_slug, ''), t.plan_document_id, t.position, t.document_id`,
      [locale],
    ),
  );
  const measured = new Map<string, Measurement[]>(results.map((row) => [String(row.indicator), []]));
  const measurements = await readRows(
    knex,
    clause(
      `select m.indicator_document_id as indicator, m.rendered from ${MEASUREMENTS.name} m ` +
        `order by m.indicator_document_id, m.measured_on, m.document_id`,
    ),
  );
  for (const row of measurements) measured.get(String(row.indicator))?.push(JSON.parse(row.rendered) as Measurement);
  return results.map((row) =>
    rowOf(JSON.parse(row.rendered) as ResultAnswer, measured.get(String(row.indicator)) ?? []),
  );
}

/**
 * When the results last changed, as far as the read model dates them: the latest council decision adopting a
 * plan, or the latest measurement's date (null when there is neither).
 */
export async function resultsModified(knex: Knex): Promise<string | null> {
  const plans = await readRows(
    knex,
    clause(`select p.rendered from ${readTables.plans.name} p where p.locale = ?`, ['lv']),
  );
  const [measured] = await readRows(knex, clause(`select max(m.measured_on) as day from ${MEASUREMENTS.name} m`));
  const days = [
    ...plans.map(
      (row) => (JSON.parse(row.rendered) as { councilDecision?: { date?: string | null } }).councilDecision?.date,
    ),
    measured?.day as string | null | undefined,
  ].filter((day): day is string => typeof day === 'string' && day !== '');
  return days.length ? days.sort().at(-1)! : null;
}
