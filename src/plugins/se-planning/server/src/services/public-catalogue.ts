/**
 * What the public catalogues (support programmes, engagement activities) share: a published
 * document in the requested locale with Latvian fallback, the public shape of their common
 * relations, and their common facets (municipality, target group).
 */
import type { Core } from '@strapi/strapi';
import { byMunicipality, byRelated, ownFields, type Locale, type SqlTable } from './public-sql';

type Row = Record<string, any>;
export type { Locale };

/** The relations `publicCommon` reads. */
export const commonPopulate = {
  plan: { select: ['id'], populate: { municipality: { select: ['slug', 'name'] } } },
  targetGroups: { select: ['slug', 'name', 'nameEn'] },
};

/** Published documents of a type, one row per document: the requested locale, else Latvian. */
export async function publishedDocuments(
  strapi: Core.Strapi,
  uid: string,
  locale: Locale,
  populate: Record<string, unknown>,
  where: Row = {},
): Promise<Row[]> {
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: [...new Set([locale, 'lv'])] }, ...where },
    select: ownFields(strapi, uid),
    populate: { ...commonPopulate, ...populate },
  })) as Row[];
  const chosen = new Map<string, Row>();
  for (const row of rows) if (!chosen.has(row.documentId) || row.locale === locale) chosen.set(row.documentId, row);
  return [...chosen.values()];
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
  municipality: row.plan?.municipality
    ? { slug: row.plan.municipality.slug as string, name: row.plan.municipality.name as string }
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
