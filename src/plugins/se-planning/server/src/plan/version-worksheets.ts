/**
 * An adopted version's worksheets, read from what adoption froze (publication/plan-versions.ts `VersionContent`):
 * each frozen row with its links resolved to the rows they point at — the version's own rows for the plan's
 * worksheets, the stored ones (by documentId, named as they are named now) for units, partners and target groups —
 * so the version is shown with the workspace's own tables (workspace.ts `worksheetTable`). Programmes, engagement
 * activities and measurements are reviewed one by one, not adopted with the plan: a version has no rows of theirs.
 */
import type { Core } from '@strapi/strapi';
import type { ModelName } from '../../../common/model-names';
import type { SmartGoal } from '../../../common/smart';
import { entryNamed, inverseLinksOf, linksOf } from '../content-types/lookup';
import { rowsOf } from '../content-types/store';
import type { VersionContent } from '../publication/plan-versions';
import { approvedWithPlan } from './worksheet-rows';
import { relationColumns, tableColumns, worksheetTable, worksheetsWith } from './workspace';

type Row = Record<string, any>;

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];

const frozenTypes = new Set<string>(approvedWithPlan.map((entry) => entry.singularName));

/** Whether a table's rows are part of an adopted version (the others are reviewed one by one). */
export const adoptedWithPlan = (type: ModelName) => frozenTypes.has(type);

/** The version's rows and every row they link to, with a way to follow a link from either side. */
async function versionGraph(strapi: Core.Strapi, content: VersionContent) {
  const frozen = new Map<string, Row>();
  for (const rows of Object.values(content.worksheets)) for (const row of rows ?? []) frozen.set(row.documentId, row);
  // what the version links to outside itself (units, partners, target groups …), named as stored now
  const outside = new Map<ModelName, Set<string>>();
  for (const [type, rows] of Object.entries(content.worksheets) as [ModelName, Row[]][]) {
    for (const [field, link] of Object.entries(linksOf(entryNamed(type)))) {
      if (field === 'plan' || frozenTypes.has(link.target)) continue;
      const wanted = outside.get(link.target) ?? new Set<string>();
      for (const row of rows) for (const id of idsIn(row[field])) wanted.add(id);
      outside.set(link.target, wanted);
    }
  }
  const stored = new Map<string, Row>();
  for (const [target, ids] of outside) {
    if (ids.size === 0) continue;
    const found = (await rowsOf(strapi, target).findMany({ where: { documentId: { $in: [...ids] } } })) as Row[];
    for (const row of found) stored.set(row.documentId, row);
  }
  const rowOf = (documentId: string): Row => frozen.get(documentId) ?? stored.get(documentId) ?? { documentId };

  /** The rows `row` (of `type`) reaches through `field`: the ones it names, or the ones naming it. */
  const linked = (type: ModelName, row: Row, field: string): Row[] => {
    if (linksOf(entryNamed(type))[field]) return idsIn(row[field]).map(rowOf);
    const inverse = inverseLinksOf(type)[field];
    if (!inverse) return [];
    const owners = content.worksheets[inverse.owner.singularName as ModelName] ?? [];
    return owners.filter((owner) => idsIn(owner[inverse.field]).includes(row.documentId));
  };
  return { linked };
}

/** The version's sheets, in the workspace's shape, and the SMART check's input for each of its goals. */
export async function versionWorksheets(strapi: Core.Strapi, content: VersionContent) {
  const { linked } = await versionGraph(strapi, content);
  const sheets = await worksheetsWith(async (type) => {
    const rows = adoptedWithPlan(type) ? (content.worksheets[type] ?? []) : [];
    const relations = relationColumns(type, tableColumns(type));
    return worksheetTable(
      type,
      [...rows]
        .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map((row) => {
          const populated: Row = { ...row };
          for (const field of relations) {
            const found = linked(type, row, field);
            const many = tableColumns(type).find((c) => c.field === field)?.kind === 'relations';
            populated[field] = many ? found : (found[0] ?? null);
          }
          return populated;
        }),
    );
  });
  // each goal's chain, as plan-checks reads it from the stored rows (a resource counts once, by its documentId)
  const resources = (rows: Row[]) => rows.map((row) => ({ id: row.documentId }));
  const goals = [...(content.worksheets.goal ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const smartGoals: SmartGoal[] = goals.map((goal) => ({
    title: goal.title,
    description: goal.description ?? null,
    deadline: goal.deadline ?? null,
    indicators: linked('goal', goal, 'indicators'),
    resources: resources(linked('goal', goal, 'resources')),
    needs: linked('goal', goal, 'needs'),
    strategy: linked('goal', goal, 'strategy')[0] ?? null,
    tasks: linked('goal', goal, 'tasks').map((task) => ({
      title: task.title,
      deadline: task.deadline ?? null,
      indicators: linked('task', task, 'indicators'),
      activities: linked('task', task, 'activities').map((activity) => ({
        title: activity.title,
        endsOn: activity.endsOn ?? null,
        budgetEur: activity.budgetEur ?? null,
        indicators: linked('activity', activity, 'indicators'),
        resources: resources(linked('activity', activity, 'resources')),
      })),
    })),
  }));
  return { sheets, smartGoals };
}
