/**
 * SMART check of a strategic goal (#6), derived from the plan's data rather than ticked boxes.
 * Each criterion answers met / not met with the reason an editor can act on.
 */
import { blank, toTime } from './rules/primitives';
import type { Label } from './vocabulary';

export type SmartGoal = {
  title: string;
  description?: string | null;
  deadline?: string | null;
  tasks?: unknown[];
  indicators?: { title?: string; target?: unknown; targetText?: string | null }[];
  resources?: unknown[];
  strategy?: unknown | null;
  needs?: unknown[];
};

/**
 * The criteria as the method names them (#6 "Mērķim (pēc SMART principa) veidojam: Skaidru (Specific) …",
 * there in the accusative; here a goal *is* "Skaidrs"). Keys are the API values.
 */
export const smartCriteria = {
  specific: { lv: 'Skaidrs', en: 'Specific' },
  measurable: { lv: 'Izmērāms', en: 'Measurable' },
  achievable: { lv: 'Sasniedzams', en: 'Achievable' },
  relevant: { lv: 'Atbilstošs', en: 'Relevant' },
  timeBound: { lv: 'Laikā ierobežots', en: 'Time-bound' },
} as const satisfies Record<string, Label>;

export type SmartCriterion = {
  key: keyof typeof smartCriteria;
  label: Label;
  met: boolean;
  reason: string;
};

const count = (list?: unknown[]) => (Array.isArray(list) ? list.length : 0);

export function evaluateSmart(
  goal: SmartGoal,
  plan: { periodStartYear: number; periodEndYear: number },
): SmartCriterion[] {
  const tasks = count(goal.tasks);
  const withTarget = (goal.indicators ?? []).filter((i) => !blank(i.target) || !blank(i.targetText)).length;
  const resources = count(goal.resources);
  const needs = count(goal.needs);
  const deadline = toTime(goal.deadline);
  const from = Date.UTC(plan.periodStartYear, 0, 1);
  const to = Date.UTC(plan.periodEndYear, 11, 31);
  const period = `${plan.periodStartYear}–${plan.periodEndYear}`;

  return [
    {
      key: 'specific',
      label: smartCriteria.specific,
      met: tasks > 0,
      reason: tasks > 0 ? `Mērķim ir ${tasks} konkrēti uzdevumi` : 'Mērķim nav neviena konkrēta uzdevuma (#6)',
    },
    {
      key: 'measurable',
      label: smartCriteria.measurable,
      met: withTarget > 0,
      reason:
        withTarget > 0
          ? `${withTarget} rādītājiem ir noteikta mērķvērtība`
          : count(goal.indicators) > 0
            ? 'Rādītājiem nav noteiktas mērķvērtības (#8)'
            : 'Mērķim nav neviena rādītāja (#8)',
    },
    {
      key: 'achievable',
      label: smartCriteria.achievable,
      met: resources > 0,
      reason: resources > 0 ? `Piesaistīti ${resources} resursi (#5)` : 'Mērķim nav piesaistīts neviens resurss (#5)',
    },
    {
      key: 'relevant',
      label: smartCriteria.relevant,
      met: Boolean(goal.strategy) || needs > 0,
      reason: goal.strategy
        ? 'Mērķis izriet no attīstības stratēģijas (#1)'
        : needs > 0
          ? `Mērķis atbild uz ${needs} mērķa grupu vajadzībām (#4)`
          : 'Mērķis nav saistīts ne ar stratēģiju (#1), ne ar vajadzību (#4)',
    },
    {
      key: 'timeBound',
      label: smartCriteria.timeBound,
      met: deadline !== null && deadline >= from && deadline <= to,
      reason:
        deadline === null
          ? 'Mērķim nav termiņa'
          : deadline >= from && deadline <= to
            ? `Termiņš ${String(goal.deadline)} ir plāna periodā ${period}`
            : `Termiņš ${String(goal.deadline)} ir ārpus plāna perioda ${period}`,
    },
  ];
}
