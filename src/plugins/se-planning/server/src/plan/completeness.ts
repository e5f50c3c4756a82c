/**
 * How complete a plan's 11 worksheets are: per worksheet its rows and how many have nothing left to fill, and
 * every gap of every row (a row can have several: an activity without a responsible unit *and* without a funding
 * source is two gaps). A row is complete when it has no gap. What counts as a gap is what the worksheets ask for:
 * - #3 a data source whose source is unknown or uncertain, or whose update frequency is unknown ("?");
 * - #4 a need no strategic goal answers;
 * - #6 a goal without tasks, a task without activities (#7);
 * - #7 an activity without its responsible unit, without its funding source;
 * - #8 an indicator without its data method, without any measurement of the achieved result;
 * - #9 a step of the partnership checklist not yet ticked;
 * - #10 a risk not yet assessed; a medium or high one without who is responsible, without preventive measures,
 *   without reactive action (the sheet: "Pasākumi definējami tikai tiem, kas novērtēti kā "vidēji" un "augsti"");
 * - #11 a monitoring activity past its deadline and not done.
 * Rows of draft & publish types are counted once per document (their draft). One query per worksheet type,
 * whatever the number of rows.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blank } from '../../../common/rules/primitives';
import { rigaToday } from '../../../common/programme-state';
import { labelOf, partnershipSteps } from '../../../common/vocabulary';
import { WORKSHEET_NUMBERS, type Completeness, type Gap } from '../../../common/completeness';
import type { ModelName } from '../../../common/model-names';
import { model, type ModelEntry } from '../content-types/model';
import { hasDrafts, rowsOf } from '../content-types/store';

export type { Completeness, Gap } from '../../../common/completeness';

type Row = Record<string, any> & { documentId: string };
type Missing = { field: string | null; message: string };
/** The gaps of one row of a type, and the row's title. */
type Rule = { title: (row: Row) => string; gaps: (row: Row, today: string) => Missing[] };

const present = (relation: unknown) => (Array.isArray(relation) ? relation.length > 0 : Boolean(relation));
const when = (condition: boolean, field: string | null, message: string): Missing[] =>
  condition ? [{ field, message }] : [];
const MEASURED_RISK = ['medium', 'high'];

/** What each type's rows read besides their own columns (relations: only whether they are there). */
const populate: Partial<Record<ModelName, Record<string, unknown>>> = {
  'data-source': { sourceUnit: { select: ['id'] } },
  need: { goals: { select: ['id'] }, targetGroup: { select: ['id', 'name'] } },
  goal: { tasks: { select: ['id'] } },
  task: { activities: { select: ['id'] } },
  activity: { responsibleUnit: { select: ['id'] } },
  indicator: { measurements: { select: ['id'] } },
  risk: { responsibleUnit: { select: ['id'] } },
};

const byTitle = (row: Row) => String(row.title ?? '');

const rules: Partial<Record<ModelName, Rule>> = {
  'data-source': {
    title: (row) => String(row.dataType ?? ''),
    gaps: (row) => [
      ...when(
        Boolean(row.sourceUncertain),
        'sourceUncertain',
        'Datu avots nav precīzi zināms ("(?)"): precizējiet iestādi vai struktūrvienību (#3)',
      ),
      ...when(
        !row.sourceUncertain && blank(row.source) && !present(row.sourceUnit),
        'source',
        'Nav norādīts datu avots (iestāde, struktūrvienība) (#3)',
      ),
      ...when(
        blank(row.updateFrequency) || row.updateFrequency === 'unknown',
        'updateFrequency',
        'Datu atjaunināšanas biežums nav zināms ("?") (#3)',
      ),
    ],
  },
  need: {
    title: (row) => String(row.targetGroup?.name ?? row.unmetNeeds ?? ''),
    gaps: (row) =>
      when(
        !present(row.goals),
        'goals',
        'Vajadzībai nav neviena stratēģiskā mērķa, kas to risina: piesaistiet to mērķim (#6)',
      ),
  },
  goal: {
    title: byTitle,
    gaps: (row) => when(!present(row.tasks), 'tasks', 'Mērķim nav neviena konkrēta uzdevuma (#6)'),
  },
  task: {
    title: byTitle,
    gaps: (row) =>
      when(!present(row.activities), 'activities', 'Uzdevumam nav nevienas aktivitātes rīcības plānā (#7)'),
  },
  activity: {
    title: byTitle,
    gaps: (row) => [
      ...when(
        !present(row.responsibleUnit),
        'responsibleUnit',
        'Aktivitātei nav norādīta atbildīgā struktūrvienība (#7)',
      ),
      ...when(blank(row.fundingSource), 'fundingSource', 'Aktivitātei nav norādīts finansējuma avots (#7)'),
    ],
  },
  indicator: {
    title: byTitle,
    gaps: (row) => [
      ...when(blank(row.dataMethod), 'dataMethod', 'Rādītājam nav norādīta datu ieguves metode (#8)'),
      ...when(
        !present(row.measurements),
        'measurements',
        'Rādītājam nav neviena mērījuma: pievienojiet sasniegto rezultātu ar datumu (#8)',
      ),
    ],
  },
  'partnership-step': {
    title: (row) => labelOf(partnershipSteps, row.step) || String(row.step ?? ''),
    gaps: (row) => when(!row.done, 'done', 'Partnerības kontrolsaraksta solis vēl nav atzīmēts kā izpildīts (#9)'),
  },
  risk: {
    title: (row) => String(row.factor ?? ''),
    gaps: (row) => {
      if (blank(row.level))
        return [{ field: 'level', message: 'Riska līmenis nav novērtēts (zems/vidējs/augsts) (#10)' }];
      if (!MEASURED_RISK.includes(row.level)) return [];
      return [
        ...when(
          blank(row.responsible) && !present(row.responsibleUnit),
          'responsible',
          'Vidējam vai augstam riskam nav norādīts atbildīgais (persona vai struktūrvienība) (#10)',
        ),
        ...when(
          blank(row.preventiveMeasures),
          'preventiveMeasures',
          'Vidējam vai augstam riskam nav norādīti preventīvie pasākumi (#10)',
        ),
        ...when(
          blank(row.reactiveAction),
          'reactiveAction',
          'Vidējam vai augstam riskam nav norādīta reaktīvā rīcība (#10)',
        ),
      ];
    },
  },
  'monitoring-activity': {
    title: byTitle,
    gaps: (row, today) =>
      when(
        !row.done && !blank(row.deadline) && String(row.deadline).slice(0, 10) < today,
        'done',
        `Izpildes termiņš ${String(row.deadline).slice(0, 10)} ir pagājis, bet uzraudzības aktivitāte nav atzīmēta kā izpildīta (#11)`,
      ),
  },
};

/** The worksheet rows' types, in the model's order (the order of the sheets). */
const worksheetTypes = () =>
  model.filter((entry): entry is ModelEntry & { worksheet: number } => entry.worksheet !== undefined);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The completeness of a plan's worksheets: figures per sheet (all 11, in order) and every gap. */
  async of(planDocumentId: string, { today = rigaToday() }: { today?: string } = {}): Promise<Completeness> {
    const plan = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      select: ['id'],
    })) as { id: number } | null;
    if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');

    const figures = new Map<number, { rows: number; complete: number }>(
      WORKSHEET_NUMBERS.map((worksheet) => [worksheet, { rows: 0, complete: 0 }]),
    );
    const gaps: Gap[] = [];
    for (const entry of worksheetTypes()) {
      const type = entry.singularName;
      const worksheet = entry.worksheet;
      const rule = rules[type];
      const rows = (await rowsOf(strapi, type).findMany({
        where: { plan: { id: plan.id }, ...(hasDrafts(strapi, type) ? { publishedAt: null } : {}) },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        ...(rule ? { populate: populate[type] ?? {} } : { select: ['id', 'documentId'] }),
      })) as Row[];
      // a localized draft & publish type keeps one draft per language: one document, one row of the worksheet
      const seen = new Set<string>();
      const sheet = figures.get(worksheet)!;
      for (const row of rows) {
        if (seen.has(row.documentId)) continue;
        seen.add(row.documentId);
        const missing = rule ? rule.gaps(row, today) : [];
        sheet.rows += 1;
        if (missing.length === 0) sheet.complete += 1;
        for (const { field, message } of missing) {
          gaps.push({ worksheet, type, documentId: row.documentId, title: rule!.title(row), field, message });
        }
      }
    }
    return {
      sheets: WORKSHEET_NUMBERS.map((worksheet) => ({ worksheet, ...figures.get(worksheet)! })),
      gaps,
    };
  },
});
