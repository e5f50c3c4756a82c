/**
 * The relations a write sets, from either of Strapi's ways of saying it: a documentId, an id, an object with
 * either (and a locale or status), a list of those, or `{ connect, disconnect, set }` of those. A relation is
 * written on the side that declares it (a task names its goal, a programme its target groups); the generated
 * inverse side (a goal's tasks, a plan's rows, a target group's programmes) is read-only. The documents a
 * write links to or unlinks are "touched": the write guard checks each against the writer's municipalities
 * and, after the write, against its own rules.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldLabel } from '../../../common/field-labels';
import { inverseLinksOf, linksOf } from '../content-types/lookup';
import type { ModelEntry } from '../content-types/model';
import { rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';
import { refusal } from '../refusal';
import { remembered } from '../transaction-memo';

/** A document the write links to or unlinks from, by the field that says so. */
export type Touched = { field: string; target: ModelName; documentId: string };

const OPERATIONS = ['connect', 'disconnect', 'set'] as const;

/** The ids and documentIds a relation value names, whatever its form. */
export function referencesIn(value: unknown): { documentIds: string[]; ids: number[] } {
  const documentIds: string[] = [];
  const ids: number[] = [];
  const visit = (item: unknown) => {
    if (item === null || item === undefined) return;
    if (Array.isArray(item)) return item.forEach(visit);
    if (typeof item === 'string') {
      // a numeric string is an id to Strapi's relation transform; anything else a documentId
      if (/^\d+$/.test(item)) ids.push(Number(item));
      else documentIds.push(item);
      return;
    }
    if (typeof item === 'number') return void ids.push(item);
    if (typeof item !== 'object') return;
    const record = item as Record<string, unknown>;
    if (OPERATIONS.some((operation) => operation in record)) {
      for (const operation of OPERATIONS) visit(record[operation]);
      return;
    }
    if (typeof record.documentId === 'string') documentIds.push(record.documentId);
    else if (record.id !== undefined) visit(record.id);
  };
  visit(value);
  return { documentIds, ids };
}

const isEmpty = ({ documentIds, ids }: { documentIds: string[]; ids: number[] }) =>
  documentIds.length + ids.length === 0;

export default (strapi: Core.Strapi) => {
  /**
   * documentIds of rows named by id (any locale or status), in the target's table. A row's documentId never
   * changes, so a transaction asks once per set of ids (an import links each of its rows to the plan by id).
   */
  async function documentIdsOf(target: ModelName, ids: number[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const documentIds = await remembered(
      strapi,
      `document-ids:${target}:${[...ids].sort().join(',')}`,
      async () => {
        // through the query engine, which runs in the write's transaction (SQLite has one connection)
        const rows = (await rowsOf(strapi, target).findMany({
          where: { id: { $in: ids } },
          select: ['id', 'documentId'],
        })) as { id: number; documentId: string }[];
        const missing = ids.filter((id) => !rows.some((row) => row.id === id));
        return missing.length ? { missing } : rows.map((row) => row.documentId);
      },
      (found) => Array.isArray(found),
    );
    if ('missing' in documentIds)
      throw new errors.NotFoundError(`Saistītais ieraksts nav atrasts (${documentIds.missing.join(', ')})`);
    return documentIds;
  }

  return {
    /**
     * Refuses a write that links or unlinks anything through an inverse side: the relation belongs to the
     * other document, and is changed there (where the guard checks that document).
     */
    assertOwningSidesOnly(entry: ModelEntry, data: Record<string, unknown>) {
      const issues = Object.entries(inverseLinksOf(entry.singularName))
        .filter(([field]) => field in data && !isEmpty(referencesIn(data[field])))
        .map(([field, { owner }]) => ({
          path: [field],
          message: `"${fieldLabel(entry.singularName, field)?.lv ?? field}" sasaisti maina otrā ierakstā ("${owner.displayName}"), ne šeit`,
        }));
      if (issues.length) throw refusal(issues);
    },

    /** Every plugin document the write links to or unlinks from (through the fields it declares). */
    async touched(entry: ModelEntry, data: Record<string, unknown>): Promise<Touched[]> {
      const found: Touched[] = [];
      for (const [field, link] of Object.entries(linksOf(entry))) {
        if (!(field in data)) continue;
        const { documentIds, ids } = referencesIn(data[field]);
        const all = [...new Set([...documentIds, ...(await documentIdsOf(link.target, ids))])];
        for (const documentId of all) found.push({ field, target: link.target, documentId });
      }
      return found;
    },
  };
};
