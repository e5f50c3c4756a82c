/**
 * What the public catalogues (support programmes, engagement activities) share: reading their
 * rows with the relations the public shape needs, a published document in the requested locale
 * with Latvian fallback, the public shape of their common relations, and their common facets
 * (municipality, target group).
 */
import type { Core } from '@strapi/strapi';
import {
  byMunicipality,
  byRelated,
  linkedRows,
  rowsByIds,
  publishedRows,
  sqlTable,
  type Locale,
  type SqlTable,
} from './sql';
import { uidOf } from '../content-types/lookup';
import { rowsOf } from '../content-types/store';

const MUNICIPALITY = uidOf('municipality');

type Row = Record<string, any>;
export type { Locale };

/** Relations a catalogue's public shape reads: relation → the related row's fields. */
export type Related = Record<string, string[]>;

/** What `publicCommon` reads besides the row itself. */
const commonRelated: Related = { targetGroups: ['slug', 'name', 'nameEn'] };

/**
 * Catalogue rows by id, in that order, with their municipality and related rows: the rows, each
 * relation and the municipalities are read at once, one query each.
 */
export async function catalogueRows(strapi: Core.Strapi, uid: string, ids: number[], related: Related) {
  if (ids.length === 0) return [];
  const table = sqlTable(strapi, uid);
  const relations = Object.entries({ ...commonRelated, ...related });
  const [rows, ...linked] = await Promise.all([
    rowsByIds(strapi, uid, ids, { extraFields: ['municipalityId'] }),
    ...relations.map(([relation, fields]) => linkedRows(strapi, table, relation, ids, fields)),
  ]);
  const municipalityIds = [...new Set(rows.map((row) => row.municipalityId as number | null))].filter(
    (id): id is number => id !== null,
  );
  const municipalities = new Map(
    (
      (await rowsOf(strapi, 'municipality').findMany({
        where: { id: { $in: municipalityIds } },
        select: ['id', 'slug', 'name'],
      })) as Row[]
    ).map((municipality) => [municipality.id as number, municipality]),
  );
  return rows.map((row) => ({
    ...row,
    municipality: municipalities.get(row.municipalityId) ?? null,
    ...Object.fromEntries(relations.map(([relation], i) => [relation, linked[i].get(row.id) ?? []])),
  }));
}

/**
 * The published document a slug (in any locale) or a documentId names, as the row shown in the
 * asked locale (else in Latvian) with its relations; null when there is none.
 */
export async function publishedItem(
  strapi: Core.Strapi,
  uid: string,
  slugOrDocumentId: string,
  locale: Locale,
  related: Related,
): Promise<Row | null> {
  const table = sqlTable(strapi, uid);
  const named = strapi.db
    .connection(table.name)
    .select('document_id')
    .whereNotNull('published_at')
    .where((either) => either.where('document_id', slugOrDocumentId).orWhere('slug', slugOrDocumentId));
  const [found] = (await publishedRows(strapi, table, locale).whereIn('t.document_id', named).select('t.id')) as Row[];
  if (!found) return null;
  const [row] = await catalogueRows(strapi, uid, [found.id as number], related);
  return row ?? null;
}

/** The public part of the relations both catalogues have. */
export const publicCommon = (row: Row, locale: Locale) => ({
  documentId: row.documentId as string,
  slug: row.slug as string,
  locale: row.locale as Locale,
  localeFallback: row.locale !== locale,
  title: row.title as string,
  municipality: row.municipality
    ? { slug: row.municipality.slug as string, name: row.municipality.name as string }
    : null,
  targetGroups: ((row.targetGroups ?? []) as Row[]).map((group) => ({
    slug: group.slug as string,
    name: ((locale === 'en' && group.nameEn) || group.name) as string,
  })),
});

/** The facets both catalogues have. */
export const commonDimensions = (strapi: Core.Strapi, table: SqlTable) => ({
  municipality: byMunicipality(strapi, table),
  targetGroup: byRelated(strapi, table, 'targetGroups', 'slug'),
});
