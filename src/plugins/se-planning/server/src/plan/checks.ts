/**
 * What an editor should look at in a plan: the SMART check of every goal (#6), dates outside the
 * plan period (warnings, never blocking) and the gaps the worksheets ask to close (#3 unknown
 * update frequency or uncertain source, #10 risks not yet assessed).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { evaluateSmart } from '../../../common/smart';
import { checkRow } from '../../../common/rules/worksheet-rules';
import { fieldLabel } from '../../../common/field-labels';
import { uidOf } from '../content-types/lookup';
import { hasDrafts, rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

type Plan = { id: number; documentId: string; title: string; periodStartYear: number; periodEndYear: number };

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

  return {
    async forPlan(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({ where: { documentId: planDocumentId } })) as Plan | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');

      const goals = (await rowsOf(strapi, 'goal').findMany({
        where: { plan: { id: plan.id } },
        orderBy: { position: 'asc' },
        populate: {
          tasks: { select: ['id'] },
          indicators: { select: ['id', 'title', 'target', 'targetText'] },
          resources: { select: ['id'] },
          needs: { select: ['id'] },
          strategy: { select: ['id', 'title'] },
        },
      })) as Record<string, any>[];

      const smart = goals.map((goal) => {
        const criteria = evaluateSmart(goal as never, plan);
        return { documentId: goal.documentId, title: goal.title, met: criteria.every((c) => c.met), criteria };
      });

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
          type: 'risk',
          documentId: row.documentId,
          title: row.factor,
          message: 'Riska līmenis nav novērtēts',
        })),
      ];

      return {
        plan: {
          documentId: plan.documentId,
          title: plan.title,
          periodStartYear: plan.periodStartYear,
          periodEndYear: plan.periodEndYear,
        },
        smart,
        warnings,
        gaps,
      };
    },
  };
};
