/**
 * What the public catalogues (support programmes, engagement activities) share: published
 * documents in the requested locale with Latvian fallback, the public shape of their common
 * relations, and filtering with facet counts in which each facet counts what the other filters
 * leave ("Granti (12)").
 */
import type { Core } from '@strapi/strapi';

type Row = Record<string, any>;
export type Locale = 'lv' | 'en';

/** Every published document of a type, one row per document: the requested locale, else Latvian. */
export async function publishedDocuments(
  strapi: Core.Strapi,
  uid: string,
  locale: Locale,
  populate: Record<string, unknown>,
  where: Row = {},
): Promise<Row[]> {
  const rows = (await strapi.db.query(uid as never).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: [...new Set([locale, 'lv'])] }, ...where },
    populate: {
      plan: { select: ['id'], populate: { municipality: { select: ['slug', 'name'] } } },
      targetGroups: { select: ['slug', 'name', 'nameEn'] },
      ...populate,
    },
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
type Common = ReturnType<typeof publicCommon>;

export const commonMatchers = {
  municipality: (item: Common, wanted: string[]) =>
    Boolean(item.municipality && wanted.includes(item.municipality.slug)),
  targetGroup: (item: Common, wanted: string[]) => item.targetGroups.some((group) => wanted.includes(group.slug)),
};
export const commonFacets = {
  municipality: (item: Common) => (item.municipality ? [item.municipality.slug] : []),
  targetGroup: (item: Common) => item.targetGroups.map((group) => group.slug),
};

/**
 * Applies the list filters (each a dimension with the values asked for) and counts, per
 * dimension, the values among what the other filters leave.
 */
export function facetedFilter<T, D extends string>(
  items: T[],
  wanted: Partial<Record<D, string[]>>,
  matchers: Record<D, (item: T, wanted: string[]) => boolean>,
  keys: Record<D, (item: T) => string[]>,
) {
  const dimensions = Object.keys(matchers) as D[];
  const passes = (item: T, except?: D) =>
    dimensions.every((d) => d === except || !wanted[d] || matchers[d](item, wanted[d]!));
  const facets = Object.fromEntries(
    dimensions.map((dimension) => {
      const counts: Record<string, number> = {};
      for (const item of items) {
        if (passes(item, dimension)) for (const key of keys[dimension](item)) counts[key] = (counts[key] ?? 0) + 1;
      }
      return [dimension, counts];
    }),
  ) as Record<D, Record<string, number>>;
  return { results: items.filter((item) => passes(item)), facets };
}
