/**
 * A plan's chain, as the method builds it: need/strategy (#4, #1) → strategic goal (#6) → its specific tasks →
 * their activities (#7) → the indicators on each of them (#8) → each indicator's latest measurement, with the
 * SMART check of every goal. One query per level, whatever the size of the plan.
 */
import type { Core } from '@strapi/strapi';
import { rowsOf } from '../content-types/store';
import { getService } from '../get-service';

type Row = Record<string, any>;
type Named = { documentId: string; name: string };

const byPosition = (a: Row, b: Row) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async of(planDocumentId: string) {
    const smart = await getService(strapi, 'plan-checks').smart(planDocumentId);
    const plan = (await rowsOf(strapi, 'plan').findOne({ where: { documentId: planDocumentId } })) as Row;
    const inPlan = { plan: { id: plan.id } };
    const [goals, tasks, activities, indicators, measurements] = (await Promise.all([
      rowsOf(strapi, 'goal').findMany({
        where: inPlan,
        populate: {
          strategy: { select: ['documentId', 'title'] },
          needs: { populate: { targetGroup: { select: ['name'] } } },
        },
      }),
      rowsOf(strapi, 'task').findMany({ where: inPlan, populate: { goal: { select: ['id'] } } }),
      rowsOf(strapi, 'activity').findMany({ where: inPlan, populate: { task: { select: ['id'] } } }),
      rowsOf(strapi, 'indicator').findMany({
        where: inPlan,
        populate: { goal: { select: ['id'] }, task: { select: ['id'] }, activity: { select: ['id'] } },
      }),
      // the drafts: what staff last entered (the public sees the approved ones)
      rowsOf(strapi, 'measurement').findMany({
        where: { ...inPlan, publishedAt: null },
        populate: { indicator: { select: ['id'] } },
        orderBy: [{ measuredOn: 'desc' }, { id: 'desc' }],
      }),
    ])) as Row[][];
    // per indicator, its measurements newest first
    const measured = new Map<number, Row[]>();
    for (const m of measurements)
      if (m.indicator) measured.set(m.indicator.id, [...(measured.get(m.indicator.id) ?? []), m]);
    const indicatorsOf = (key: 'goal' | 'task' | 'activity', id: number) =>
      indicators
        .filter((i) => i[key]?.id === id)
        .sort(byPosition)
        .map((i) => {
          const all = measured.get(i.id) ?? [];
          const m = all[0];
          return {
            documentId: i.documentId,
            title: i.title,
            unit: i.unit ?? null,
            baseline: i.baseline ?? null,
            target: i.target ?? null,
            targetText: i.targetText ?? null,
            latest: m
              ? { measuredOn: m.measuredOn, value: m.value ?? null, qualitativeValue: m.qualitativeValue ?? null }
              : null,
            // oldest first, as a chart reads them
            measurements: all
              .map((one) => ({ measuredOn: one.measuredOn as string, value: one.value ?? null }))
              .reverse(),
          };
        });
    const smartOf = new Map(smart.map((s: { documentId: string }) => [s.documentId, s]));
    return {
      goals: goals.sort(byPosition).map((goal) => ({
        documentId: goal.documentId,
        title: goal.title,
        deadline: goal.deadline ?? null,
        strategy: goal.strategy ? ({ documentId: goal.strategy.documentId, name: goal.strategy.title } as Named) : null,
        needs: (goal.needs ?? []).map(
          (need: Row): Named => ({ documentId: need.documentId, name: need.targetGroup?.name ?? need.unmetNeeds }),
        ),
        smart: smartOf.get(goal.documentId) ?? null,
        indicators: indicatorsOf('goal', goal.id),
        tasks: tasks
          .filter((task) => task.goal?.id === goal.id)
          .sort(byPosition)
          .map((task) => ({
            documentId: task.documentId,
            title: task.title,
            deadline: task.deadline ?? null,
            indicators: indicatorsOf('task', task.id),
            activities: activities
              .filter((activity) => activity.task?.id === task.id)
              .sort(byPosition)
              .map((activity) => ({
                documentId: activity.documentId,
                title: activity.title,
                endsOn: activity.endsOn ?? null,
                executionStatus: activity.executionStatus ?? null,
                indicators: indicatorsOf('activity', activity.id),
              })),
          })),
      })),
    };
  },
});
