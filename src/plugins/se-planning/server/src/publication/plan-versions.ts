/**
 * Adopted plan versions. Adopting a plan freezes it: the plan and its worksheets exactly as approved
 * (plan/worksheet-rows.ts, what the approval's fingerprint covers), numbered 1, 2, … with the council decision.
 * The public sees only the versions' public part — goals with their tasks, indicators with their targets
 * (never the internal worksheets, never staff) — and, from the second version on, what changed against the
 * previous one. Pure functions: the same content always gives the same public version and the same changes.
 */
import type { ModelName } from '../../../common/model-names';
import { entryNamed } from '../content-types/lookup';
import { asDocumentIds, approvedWithPlan } from '../plan/worksheet-rows';
import { linksOf } from '../content-types/lookup';

type Row = Record<string, any>;

/** The frozen plan: its own fields, its municipality, and every worksheet's rows (relations as documentIds). */
export type VersionContent = {
  plan: {
    documentId: string;
    title: string;
    summary: string | null;
    periodStartYear: number;
    periodEndYear: number;
    municipality: { documentId: string; slug: string; name: string } | null;
  };
  worksheets: Partial<Record<ModelName, Row[]>>;
};

/** A stored version (models.ts `plan-version`), its content parsed. */
export type PlanVersion = {
  planDocumentId: string;
  number: number;
  councilDecisionNumber: string;
  councilDecisionDate: string;
  content: VersionContent;
};

const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** A worksheet row as a version keeps it: the document, its position, its fields and what it links to. */
function frozenRow(type: ModelName, row: Row): Row {
  const entry = entryNamed(type);
  const frozen: Row = { documentId: row.documentId, position: row.position ?? 0 };
  for (const field of Object.keys(entry.attributes)) if (field !== 'standardKey') frozen[field] = plain(row[field]);
  for (const field of Object.keys(linksOf(entry))) if (field !== 'plan') frozen[field] = asDocumentIds(row[field]);
  return frozen;
}

/** What adoption freezes, from the plan's row, its municipality and its worksheet rows. */
export function versionContentOf(
  plan: Row,
  municipality: { documentId: string; slug: string; name: string } | null,
  worksheetRows: Row[],
): VersionContent {
  const worksheets: VersionContent['worksheets'] = {};
  for (const entry of approvedWithPlan) {
    worksheets[entry.singularName] = worksheetRows
      .filter((row) => row.worksheetType === entry.singularName)
      .map((row) => frozenRow(entry.singularName, row));
  }
  return {
    plan: {
      documentId: plan.documentId,
      title: plan.title,
      summary: plan.summary ?? null,
      periodStartYear: plan.periodStartYear,
      periodEndYear: plan.periodEndYear,
      municipality,
    },
    worksheets,
  };
}

const number = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));
const day = (value: unknown) => (value ? String(value).slice(0, 10) : null);
const byPosition = (a: Row, b: Row) => a.position - b.position || String(a.documentId).localeCompare(b.documentId);

export type Ref = { documentId: string; title: string };
export type PublicGoal = Ref & { description: string | null; deadline: string | null; tasks: PublicTask[] };
export type PublicTask = Ref & { deadline: string | null; goal: Ref | null };
export type PublicIndicator = Ref & {
  kind: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetText: string | null;
  targetDate: string | null;
  goal: Ref | null;
};
export type PublicVersion = { goals: PublicGoal[]; indicators: PublicIndicator[] };

/** The public part of a version: goals with their tasks, and indicators with the goal they measure. */
export function publicVersionOf(content: VersionContent): PublicVersion {
  const rows = (type: ModelName) => [...(content.worksheets[type] ?? [])].sort(byPosition);
  const goals = rows('goal');
  const goalRef = (documentId: string | null | undefined): Ref | null => {
    const goal = goals.find((g) => g.documentId === documentId);
    return goal ? { documentId: goal.documentId, title: goal.title } : null;
  };
  const tasks = rows('task');
  const activities = rows('activity');
  const goalOfTask = (taskId: string | null) => tasks.find((t) => t.documentId === taskId)?.goal ?? null;
  const goalOfActivity = (activityId: string | null) =>
    goalOfTask(activities.find((a) => a.documentId === activityId)?.task ?? null);
  const publicTask = (task: Row): PublicTask => ({
    documentId: task.documentId,
    title: task.title,
    deadline: day(task.deadline),
    goal: goalRef(task.goal),
  });
  return {
    goals: goals.map((goal) => ({
      documentId: goal.documentId,
      title: goal.title,
      description: goal.description ?? null,
      deadline: day(goal.deadline),
      tasks: tasks.filter((task) => task.goal === goal.documentId).map(publicTask),
    })),
    indicators: rows('indicator').map((indicator) => ({
      documentId: indicator.documentId,
      title: indicator.title,
      kind: indicator.kind,
      unit: indicator.unit ?? null,
      baseline: number(indicator.baseline),
      target: number(indicator.target),
      targetText: indicator.targetText ?? null,
      targetDate: day(indicator.targetDate),
      goal: goalRef(indicator.goal ?? goalOfTask(indicator.task) ?? goalOfActivity(indicator.activity)),
    })),
  };
}

/** One changed field: its value in the previous version and in this one. */
export type FieldChange = { field: string; from: unknown; to: unknown };
export type Changes<T> = { added: T[]; removed: T[]; changed: (Ref & { fields: FieldChange[] })[] };
const TARGET_FIELDS = ['baseline', 'target', 'targetText', 'targetDate'] as const;
type Target = Record<(typeof TARGET_FIELDS)[number], unknown>;
export type VersionChanges = {
  goals: Changes<Ref>;
  tasks: Changes<Ref>;
  indicators: Changes<Ref>;
  /** Indicators in both versions whose baseline, target or target date changed. */
  targets: (Ref & { from: Target; to: Target })[];
};

const ref = (item: Ref): Ref => ({ documentId: item.documentId, title: item.title });
const comparable = (value: unknown) => JSON.stringify((value as Ref | null)?.documentId ?? value ?? null);

function compare<T extends Ref>(previous: T[], next: T[], fields: (keyof T & string)[]): Changes<Ref> {
  const before = new Map(previous.map((item) => [item.documentId, item]));
  const after = new Set(next.map((item) => item.documentId));
  const changed: Changes<Ref>['changed'] = [];
  for (const item of next) {
    const old = before.get(item.documentId);
    if (!old) continue;
    const differences = fields
      .filter((field) => comparable(old[field]) !== comparable(item[field]))
      .map((field) => ({ field, from: old[field] ?? null, to: item[field] ?? null }));
    if (differences.length) changed.push({ ...ref(item), fields: differences });
  }
  return {
    added: next.filter((item) => !before.has(item.documentId)).map(ref),
    removed: previous.filter((item) => !after.has(item.documentId)).map(ref),
    changed,
  };
}

/** What changed from one public version to the next: goals, tasks, indicators added, removed, changed; targets. */
export function versionChanges(previous: PublicVersion, next: PublicVersion): VersionChanges {
  const tasksOf = (version: PublicVersion) => version.goals.flatMap((goal) => goal.tasks);
  const indicators = compare(previous.indicators, next.indicators, [
    'title',
    'kind',
    'unit',
    ...TARGET_FIELDS,
    'goal',
  ]);
  const targetOf = (indicator: PublicIndicator) =>
    Object.fromEntries(TARGET_FIELDS.map((field) => [field, indicator[field]])) as Target;
  const before = new Map(previous.indicators.map((indicator) => [indicator.documentId, indicator]));
  return {
    goals: compare(previous.goals, next.goals, ['title', 'description', 'deadline']),
    tasks: compare(tasksOf(previous), tasksOf(next), ['title', 'deadline', 'goal']),
    indicators,
    targets: next.indicators
      .filter((indicator) => {
        const old = before.get(indicator.documentId);
        return old && TARGET_FIELDS.some((field) => comparable(old[field]) !== comparable(indicator[field]));
      })
      .map((indicator) => ({ ...ref(indicator), from: targetOf(before.get(indicator.documentId)!), to: targetOf(indicator) })),
  };
}
