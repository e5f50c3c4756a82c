/**
 * SMART check of a strategic goal (#6), derived from the plan's data rather than ticked boxes.
 * Each criterion answers met / not met with the reason an editor can act on.
 */
import { blank, toTime } from './rules/primitives';
import type { Label } from './vocabulary';

/** An indicator (#8) anywhere in a goal's chain: on the goal, on one of its tasks or on one of their activities. */
export type SmartIndicator = { title?: string; target?: unknown; targetText?: string | null };

/** A resource (#5) linked to the goal or to one of its activities; the same resource counts once (by `id`). */
export type SmartResource = { id?: number | string } | Record<string, unknown>;

export type SmartActivity = {
  title?: string;
  endsOn?: string | null;
  budgetEur?: number | string | null;
  resources?: SmartResource[];
  indicators?: SmartIndicator[];
};

export type SmartTask = {
  title?: string;
  deadline?: string | null;
  activities?: SmartActivity[];
  indicators?: SmartIndicator[];
};

/**
 * A goal with its chain as the check reads it: its tasks (#6), their activities (#7), the indicators (#8) of all
 * three, the resources (#5) of the goal and of its activities, the strategy (#1) and the needs (#4) it answers.
 */
export type SmartGoal = {
  title: string;
  description?: string | null;
  deadline?: string | null;
  tasks?: SmartTask[];
  indicators?: SmartIndicator[];
  resources?: SmartResource[];
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
const listOf = <T>(list?: T[] | null): T[] => (Array.isArray(list) ? list : []);
const quoted = (title?: string) => `„${title ?? ''}”`;

/** Distinct resources: by `id` where the rows have one, each row otherwise. */
const distinctResources = (resources: SmartResource[]) => {
  const ids = new Set<unknown>();
  let withoutId = 0;
  for (const resource of resources) {
    const id = (resource as { id?: unknown }).id;
    if (id === undefined || id === null) withoutId += 1;
    else ids.add(id);
  }
  return ids.size + withoutId;
};

const hasBudget = (activity: SmartActivity) => {
  const amount = Number(activity.budgetEur);
  return activity.budgetEur !== null && activity.budgetEur !== undefined && Number.isFinite(amount) && amount > 0;
};

/** Dates that come after the deadline they serve: a task's after its goal's, an activity's end after its task's. */
function lateRows(goal: SmartGoal): string[] {
  const late: string[] = [];
  const goalDeadline = toTime(goal.deadline);
  for (const task of listOf(goal.tasks)) {
    const taskDeadline = toTime(task.deadline);
    if (goalDeadline !== null && taskDeadline !== null && taskDeadline > goalDeadline) {
      late.push(
        `uzdevuma ${quoted(task.title)} termiņš ${String(task.deadline)} ir pēc mērķa termiņa ${String(goal.deadline)}: jāpārceļ uzdevuma vai mērķa termiņš (#6)`,
      );
    }
    for (const activity of listOf(task.activities)) {
      const endsOn = toTime(activity.endsOn);
      if (taskDeadline !== null && endsOn !== null && endsOn > taskDeadline) {
        late.push(
          `aktivitātes ${quoted(activity.title)} beigas ${String(activity.endsOn)} ir pēc uzdevuma ${quoted(task.title)} termiņa ${String(task.deadline)}: jāpārceļ aktivitātes beigas (#7) vai uzdevuma termiņš (#6)`,
        );
      }
    }
  }
  return late;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function evaluateSmart(
  goal: SmartGoal,
  plan: { periodStartYear: number; periodEndYear: number },
): SmartCriterion[] {
  const tasks = listOf(goal.tasks);
  const activities = tasks.flatMap((task) => listOf(task.activities));
  // the method allows indicators on goals, tasks and activities (#8 "Mērķi, uzdevumus un aktivitātes raksturojošie rādītāji")
  const indicators = [
    ...listOf(goal.indicators),
    ...tasks.flatMap((task) => listOf(task.indicators)),
    ...activities.flatMap((activity) => listOf(activity.indicators)),
  ];
  const withTarget = indicators.filter((i) => !blank(i.target) || !blank(i.targetText)).length;
  const resources = distinctResources([
    ...listOf(goal.resources),
    ...activities.flatMap((activity) => listOf(activity.resources)),
  ]);
  const budgeted = activities.filter(hasBudget).length;
  const needs = count(goal.needs);
  const deadline = toTime(goal.deadline);
  const from = Date.UTC(plan.periodStartYear, 0, 1);
  const to = Date.UTC(plan.periodEndYear, 11, 31);
  const period = `${plan.periodStartYear}–${plan.periodEndYear}`;
  const timeProblems = [
    ...(deadline === null
      ? ['mērķim nav termiņa (#6)']
      : deadline < from || deadline > to
        ? [`termiņš ${String(goal.deadline)} ir ārpus plāna perioda ${period} (#6)`]
        : []),
    ...lateRows(goal),
  ];

  const achievable = [
    ...(resources > 0 ? [`piesaistīti ${resources} resursi (#5)`] : []),
    ...(budgeted > 0 ? [`${budgeted} aktivitātēm plānots budžets (#7)`] : []),
  ];

  return [
    {
      key: 'specific',
      label: smartCriteria.specific,
      met: tasks.length > 0,
      reason:
        tasks.length > 0 ? `Mērķim ir ${tasks.length} konkrēti uzdevumi` : 'Mērķim nav neviena konkrēta uzdevuma (#6)',
    },
    {
      key: 'measurable',
      label: smartCriteria.measurable,
      met: withTarget > 0,
      reason:
        withTarget > 0
          ? `${withTarget} mērķa, tā uzdevumu un aktivitāšu rādītājiem ir noteikta mērķvērtība`
          : indicators.length > 0
            ? 'Rādītājiem nav noteiktas mērķvērtības (#8)'
            : 'Mērķim, tā uzdevumiem un aktivitātēm nav neviena rādītāja (#8)',
    },
    {
      key: 'achievable',
      label: smartCriteria.achievable,
      met: achievable.length > 0,
      reason:
        achievable.length > 0
          ? capitalised(achievable.join(', '))
          : 'Mērķim un tā aktivitātēm nav piesaistīts neviens resurss (#5), aktivitātēm nav plānota budžeta (#7)',
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
      met: timeProblems.length === 0,
      reason:
        timeProblems.length === 0
          ? `Termiņš ${String(goal.deadline)} ir plāna periodā ${period}`
          : capitalised(timeProblems.join('; ')),
    },
  ];
}
