/**
 * What a publication freezes. When an approved item is published, its published row is written down with the
 * public content of everything it links to *as it is at that moment* (a programme's legal basis with its title
 * and URL, its target groups' names, its municipality): a publication record, kept in the plugin's own table
 * (models.ts). Editing a linked row later changes nothing public until the item is published again; the read
 * model (read-tables.ts) is always rendered from these records (render.ts), so a rebuild gives back exactly what
 * was published.
 */
import type { ModelName } from '../../../common/model-names';
import { entryNamed } from '../content-types/lookup';

/** The types published item by item (through review), and what each shows of the rows it links to. */
export const publishedTypes = {
  'support-programme': { linked: { targetGroups: ['slug', 'name', 'nameEn'], legalBasis: ['title', 'url'] } },
  'engagement-activity': { linked: { targetGroups: ['slug', 'name', 'nameEn'], responsibleUnit: ['name'] } },
  measurement: { linked: { indicator: ['documentId'] } },
} as const satisfies Partial<Record<ModelName, { linked: Record<string, readonly string[]> }>>;
export type PublishedType = keyof typeof publishedTypes;
export const isPublishedType = (type: string): type is PublishedType => type in publishedTypes;

type Row = Record<string, any>;
type Linked = Record<string, Row | Row[] | null>;

/** A publication record's content: the published row's own fields, and the linked rows' public fields. */
export type Source = {
  own: Row;
  linked: Linked & { municipality?: { slug: string; name: string } | null };
};

/** A date as the records keep it: ISO text (the same on every database). */
const plainValue = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** The fields of a row the record keeps: the model's own attributes and the document's identity. */
export function ownOf(type: PublishedType, row: Row): Row {
  const fields = ['documentId', 'locale', 'publishedAt', ...Object.keys(entryNamed(type).attributes)];
  return Object.fromEntries(fields.filter((field) => field in row).map((field) => [field, plainValue(row[field])]));
}

/** The linked rows' public fields, in the declared order. */
export function linkedOf(type: PublishedType, row: Row, municipality: { slug: string; name: string } | null): Source['linked'] {
  const pick = (linked: Row, fields: readonly string[]) =>
    Object.fromEntries(fields.map((field) => [field, plainValue(linked[field])]));
  const linked: Source['linked'] = {};
  if (type !== 'measurement') linked.municipality = municipality;
  for (const [relation, fields] of Object.entries(publishedTypes[type].linked)) {
    const value = row[relation];
    linked[relation] = Array.isArray(value)
      ? value.map((item: Row) => pick(item, fields))
      : value
        ? pick(value, fields)
        : null;
  }
  return linked;
}

/** Populate for reading a published row with what its record keeps of the linked rows. */
export const linkedPopulate = (type: PublishedType) =>
  Object.fromEntries(
    Object.entries(publishedTypes[type].linked).map(([relation, fields]) => [relation, { select: [...fields] }]),
  );

/** What differs between the linked content published and the linked content now, per relation. */
export function linkedDifferences(published: Source['linked'], now: Source['linked']) {
  return Object.keys({ ...published, ...now })
    .filter((relation) => JSON.stringify(published[relation] ?? null) !== JSON.stringify(now[relation] ?? null))
    .map((relation) => ({ relation, published: published[relation] ?? null, now: now[relation] ?? null }));
}
