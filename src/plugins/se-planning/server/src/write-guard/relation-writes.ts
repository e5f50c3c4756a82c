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
import { entryOf } from '../content-types/lookup';
import { metadataOf, modelNameOf, rowsOf, schemaOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

type RelationAttribute = { type: 'relation'; target?: string; mappedBy?: string; inversedBy?: string };

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

export default (strapi: Core.Strapi) => {
  const relationsOf = (uid: string) =>
    Object.entries(schemaOf(strapi, modelNameOf(uid)).attributes as Record<string, RelationAttribute>).filter(
      ([, attribute]) => attribute.type === 'relation',
    );

  /** documentIds of rows named by id (any locale or status), in the target's table. */
  async function documentIdsOf(target: ModelName, ids: number[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await strapi.db
      .connection(metadataOf(strapi, target).tableName)
      .whereIn('id', ids)
      .select('id', 'document_id')) as { id: number; document_id: string }[];
    const missing = ids.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length) throw new errors.NotFoundError(`Saistītais ieraksts nav atrasts (${missing.join(', ')})`);
    return rows.map((row) => row.document_id);
  }

  return {
    /**
     * Refuses a write that links or unlinks anything through an inverse side: the relation belongs to the
     * other document, and is changed there (where the guard checks that document).
     */
    assertOwningSidesOnly(uid: string, data: Record<string, unknown>) {
      const entry = entryOf(uid);
      if (!entry) return;
      const issues = relationsOf(uid)
        .filter(([field, attribute]) => attribute.mappedBy && field in data)
        .filter(([field]) => {
          const { documentIds, ids } = referencesIn(data[field]);
          return documentIds.length + ids.length > 0;
        })
        .map(([field, attribute]) => {
          const owner = entryOf(String(attribute.target));
          const label = fieldLabel(entry.singularName, field)?.lv ?? field;
          return {
            path: [field],
            message: `"${label}" sasaisti maina otrā ierakstā${owner ? ` ("${owner.displayName}")` : ''}, ne šeit`,
            name: 'ValidationError',
            value: null,
          };
        });
      if (issues.length) {
        throw new errors.ValidationError(issues.map((i) => `${i.path[0]}: ${i.message}`).join('; '), {
          errors: issues,
        });
      }
    },

    /** Every plugin document the write links to or unlinks from (through the fields it declares). */
    async touched(uid: string, data: Record<string, unknown>): Promise<Touched[]> {
      const found: Touched[] = [];
      for (const [field, attribute] of relationsOf(uid)) {
        if (!(field in data) || attribute.mappedBy) continue;
        const targetEntry = entryOf(String(attribute.target));
        if (!targetEntry) continue; // admin users and other plugins' types are not scoped
        const { documentIds, ids } = referencesIn(data[field]);
        const all = [...new Set([...documentIds, ...(await documentIdsOf(targetEntry.singularName, ids))])];
        for (const documentId of all) found.push({ field, target: targetEntry.singularName, documentId });
      }
      return found;
    },

    /** Whether a document of a type exists (any locale or status). */
    async exists(target: ModelName, documentId: string) {
      return (await rowsOf(strapi, target).count({ where: { documentId } })) > 0;
    },

    /** Inverse (read-only) relation fields of a type. */
    inverseFieldsOf: (uid: string) =>
      relationsOf(uid)
        .filter(([, attribute]) => attribute.mappedBy)
        .map(([field]) => field),
  };
};
