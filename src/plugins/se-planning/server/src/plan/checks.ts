/**
 * What an editor should look at in a plan: the SMART check of every goal (#6), dates outside the
 * plan period (warnings, never blocking) and the gaps the worksheets ask to close (#3 unknown
 * update frequency or uncertain source, #10 risks not yet assessed), what blocks the plan's adoption, and the
 * completeness of every worksheet (plan/completeness.ts: rows, complete rows and every gap of every row).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { evaluateSmart, type SmartGoal } from '../../../common/smart';
import { blank } from '../../../common/rules/primitives';
import { checkRow } from '../../../common/rules/worksheet-rules';
import { fieldLabel } from '../../../common/field-labels';
import { uidOf } from '../content-types/lookup';
import { hasDrafts, rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';
import { refusal } from '../refusal';
import { getService } from '../get-service';

type Blocking = { type: ModelName; documentId: string; title: string; message: string };
type Plan = { id: number; documentId: string; title: string; periodStartYear: number; periodEndYear: number };

/** What the SMART check reads of an indicator (#8). */
const INDICATOR_FIELDS = ['id', 'title', 'target', 'targetText'];

const WITH_WARNINGS = ['goal', 'task', 'activity', 'indicator', 'measurement', 'engagement-activity'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Rows of a worksheet in a plan; for draft & publish types, the draft of each document. */
  const worksheetRows = (type: ModelName, planId: number) => {
    const draftsOnly = hasDrafts(strapi, type) ? { publishedAt: null } : {};
    return rowsOf(strapi, type).findMany({
      where: { plan: { id: planId }, ...draftsOnly },
      orderBy: { position: 'asc' },
    }) as Promise<Record<string, any>[]>;
  };

  /**
   * What keeps a plan from adoption (each with the row to fix): a goal whose chain (its tasks, their activities)
   * has no indicator to measure it, an activity nobody is responsible for, a medium or high risk without its
   * preventive measures and reactive action.
   */
  async function blockingOf(planId: number): Promise<Blocking[]> {
    const goals = await worksheetRows('goal', planId);
    const indicators = (await rowsOf(strapi, 'indicator').findMany({
      where: { plan: { id: planId } },
      populate: {
        goal: { select: ['id'] },
        task: { populate: { goal: { select: ['id'] } } },
        activity: { populate: { task: { populate: { goal: { select: ['id'] } } } } },
      },
    })) as Record<string, any>[];
    const measured = new Set(
      indicators.flatMap((i) => [i.goal?.id, i.task?.goal?.id, i.activity?.task?.goal?.id]).filter(Boolean),
    );
    const activities = (await rowsOf(strapi, 'activity').findMany({
      where: { plan: { id: planId } },
      orderBy: { position: 'asc' },
      populate: { responsibleUnit: { select: ['id'] } },
    })) as Record<string, any>[];
    const risks = await worksheetRows('risk', planId);
    return [
      ...goals
        .filter((goal) => !measured.has(goal.id))
        .map((goal) => ({
          type: 'goal' as const,
          documentId: goal.documentId,
          title: goal.title,
          message: 'Mērķim, tā uzdevumiem un aktivitātēm nav neviena rādītāja (#8)',
        })),
      ...activities
        .filter((activity) => !activity.responsibleUnit)
        .map((activity) => ({
          type: 'activity' as const,
          documentId: activity.documentId,
          title: activity.title,
          message: 'Aktivitātei nav norādīta atbildīgā struktūrvienība (#7)',
        })),
      ...risks
        .filter(
          (risk) =>
            ['medium', 'high'].includes(risk.level) && (blank(risk.preventiveMeasures) || blank(risk.reactiveAction)),
        )
        .map((risk) => ({
          type: 'risk' as const,
          documentId: risk.documentId,
          title: risk.factor,
          message: 'Vidējam vai augstam riskam jānorāda preventīvie pasākumi un reaktīvā rīcība (#10)',
        })),
    ];
  }

  /** The SMART check of every goal of a plan (#6), from each goal's whole chain. */
  async function smartOf(plan: Plan) {
    const goals = (await rowsOf(strapi, 'goal').findMany({
      where: { plan: { id: plan.id } },
      orderBy: { position: 'asc' },
      // the goal's whole chain, one query per level whatever the number of rows
      populate: {
        tasks: {
          select: ['id', 'title', 'deadline'],
          populate: {
            indicators: { select: INDICATOR_FIELDS },
            activities: {
              select: ['id', 'title', 'endsOn', 'budgetEur'],
              populate: { indicators: { select: INDICATOR_FIELDS }, resources: { select: ['id'] } },
            },
          },
        },
        indicators: { select: INDICATOR_FIELDS },
        resources: { select: ['id'] },
        needs: { select: ['id'] },
        strategy: { select: ['id', 'title'] },
      },
    })) as (SmartGoal & { documentId: string })[];

    const smart = goals.map((goal) => {
      const criteria = evaluateSmart(goal, plan);
      return { documentId: goal.documentId, title: goal.title, met: criteria.every((c) => c.met), criteria };
    });
    return smart;
  }

  return {
    /** Refuses adoption while anything blocks it, listing every reason. */
    async assertAdoptable(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({ where: { documentId: planDocumentId } })) as Plan | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
      const blocking = await blockingOf(plan.id);
      if (blocking.length === 0) return;
      const problems = blocking.map((b) => ({ path: [b.type, b.documentId], message: `${b.title}: ${b.message}` }));
      throw refusal(problems, `Plānu nevar pieņemt: ${problems.map((p) => p.message).join('; ')}`);
    },

    /** The SMART check of every goal of a plan (the chain view's cards). */
    async smart(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({ where: { documentId: planDocumentId } })) as Plan | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
      return smartOf(plan);
    },

    async forPlan(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({ where: { documentId: planDocumentId } })) as Plan | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');

      const smart = await smartOf(plan);

      const warnings = [];
      for (const type of WITH_WARNINGS) {
        for (const row of await worksheetRows(type, plan.id)) {
          for (const warning of checkRow(type, { ...row, plan }).warnings) {
            const label = fieldLabel(type, warning.path[0])?.lv ?? warning.path[0];
            warnings.push({
              type,
              documentId: row.documentId,
              title: row.title ?? row.measuredOn,
              path: warning.path,
              message: `${label}: ${warning.message}`,
            });
          }
        }
      }

      const unknownSources = (await worksheetRows('data-source', plan.id)).filter(
        (row) => row.updateFrequency === 'unknown' || row.sourceUncertain,
      );
      const unassessedRisks = (await worksheetRows('risk', plan.id)).filter((row) => !row.level);
      const gaps = [
        ...unknownSources.map((row) => ({
          type: 'data-source',
          documentId: row.documentId,
          title: row.dataType,
          message: row.sourceUncertain ? 'Datu avots nav precīzi zināms' : 'Atjaunināšanas biežums nav zināms',
        })),
        ...unassessedRisks.map((row) => ({
          type: 'risk' as const,
          documentId: row.documentId,
          title: row.factor,
          message: 'Riska līmenis nav novērtēts',
        })),
      ];

      return {
        blocking: await blockingOf(plan.id),
        plan: {
          documentId: plan.documentId,
          title: plan.title,
          periodStartYear: plan.periodStartYear,
          periodEndYear: plan.periodEndYear,
        },
        smart,
        warnings,
        gaps,
        // every worksheet's rows, how many are complete, and every gap of every row (plan/completeness.ts)
        completeness: await getService(strapi, 'plan-completeness').of(plan.documentId),
      };
    },
  };
};
