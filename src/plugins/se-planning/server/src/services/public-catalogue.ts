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
  ownFields,
  publishedRows,
  sqlTable,
  type Locale,
  type SqlTable,
} from './public-sql';
import { uidOf } from '../content-types/lookup';

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
    strapi.db
      .query(uid as never)
      .findMany({ where: { id: { $in: ids } }, select: [...ownFields(strapi, uid), 'municipalityId'] }) as Promise<
      Row[]
    >,
    ...relations.map(([relation, fields]) => linkedRows(strapi, table, relation, ids, fields)),
  ]);
  const municipalityIds = [...new Set(rows.map((row) => row.municipalityId as number | null))].filter(
    (id): id is number => id !== null,
  );
  const municipalities = new Map(
    (
      (await strapi.db
        .query(MUNICIPALITY as never)
        .findMany({ where: { id: { $in: municipalityIds } }, select: ['id', 'slug', 'name'] })) as Row[]
    ).map((municipality) => [municipality.id as number, municipality]),
  );
  const byId = new Map(rows.map((row) => [row.id as number, row]));
  return ids
    .map((id) => byId.get(id))
    .filter((row): row is Row => Boolean(row))
    .map((row) => ({
      ...row,
      municipality: municipalities.get(row.municipalityId) ?? null,
      ...Object.fromEntries(relations.map(([relation], i) => [relation, linked[i].get(row.id) ?? []])),
    }));
}

/** The row of a published document shown in a locale (else in Latvian), or null. */
export async function publishedRow(strapi: Core.Strapi, uid: string, documentId: string, locale: Locale) {
  const [row] = (await publishedRows(strapi, sqlTable(strapi, uid), locale)
    .where('t.document_id', documentId)
    .select('t.id')) as Row[];
  return (row?.id as number | undefined) ?? null;
}

/** Finds the published document a slug (in any locale) or a documentId names. */
export async function publishedDocumentId(strapi: Core.Strapi, uid: string, slugOrDocumentId: string) {
  const match = (await strapi.db.query(uid as never).findOne({
    where: { publishedAt: { $notNull: true }, $or: [{ documentId: slugOrDocumentId }, { slug: slugOrDocumentId }] },
    select: ['documentId'],
  })) as Row | null;
  return (match?.documentId as string | undefined) ?? null;
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
