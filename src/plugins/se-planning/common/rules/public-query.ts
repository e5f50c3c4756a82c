/**
 * The public API's query parameters: flat, documented, and nothing else (an unknown parameter is
 * a 400 naming it). Shared by the server and, later, the website's own tools.
 */
import { z } from 'zod';
import { keysOf, programmeKinds, programmeStates } from '../vocabulary';
import { dateMessages, isCalendarDate } from './primitives';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Nederīgs identifikators (slug)');
/** `?x=a&x=b` and `?x=a` both become a list. */
const list = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

export const publicLocales = ['lv', 'en'] as const;
export const programmeSorts = [
  'closesOn:asc',
  'closesOn:desc',
  'title:asc',
  'title:desc',
  'amountMax:desc',
  'publishedAt:desc',
] as const;

const locale = z.enum(publicLocales, { message: 'Valoda: lv vai en' }).default('lv');
const page = z.coerce.number({ message: 'page jābūt skaitlim' }).int().min(1, 'page sākas ar 1').default(1);
const pageSize = (defaultSize: number) =>
  z.coerce
    .number({ message: 'pageSize jābūt skaitlim' })
    .int()
    .min(1, 'pageSize vismaz 1')
    .max(100, 'pageSize ne vairāk kā 100')
    .default(defaultSize);

export const programmeListQuery = z.strictObject({
  municipality: list(slug).optional(),
  kind: list(z.enum(keysOf(programmeKinds), { message: 'Nezināms programmas veids' })).optional(),
  targetGroup: list(slug).optional(),
  state: list(z.enum(keysOf(programmeStates), { message: 'Stāvoklis: upcoming, open, closed vai ongoing' })).optional(),
  q: z.string().trim().min(2, 'Meklējamam tekstam jābūt vismaz 2 zīmes garam').max(100).optional(),
  amountMin: z.coerce.number({ message: 'amountMin jābūt skaitlim' }).min(0, 'amountMin nevar būt negatīvs').optional(),
  locale,
  page,
  pageSize: pageSize(25),
  // none given: by relevance when searching (`q`), else closesOn:asc
  sort: z.enum(programmeSorts, { message: `Kārtošana: ${programmeSorts.join(', ')}` }).optional(),
});
export type ProgrammeListQuery = z.output<typeof programmeListQuery>;

/** A day that exists, `YYYY-MM-DD`: 2027-02-30 is a 400 naming the parameter, not 2 March. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(DATE, dateMessages.format)
  .refine((value) => !DATE.test(value) || isCalendarDate(value), dateMessages.nonexistent)
  .meta({ format: 'date' });

export const activitySorts = ['startsAt:asc', 'startsAt:desc', 'title:asc'] as const;

/** Engagement activities: the shared filters plus the period they overlap (`from`, `to`). */
const activityFilters = {
  municipality: list(slug).optional(),
  targetGroup: list(slug).optional(),
  q: z.string().trim().min(2, 'Meklējamam tekstam jābūt vismaz 2 zīmes garam').max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  locale,
};
const periodInOrder = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to;
const periodMessage = { message: '"to" nevar būt agrāk par "from"', path: ['to'] };

export const activityListQuery = z
  .strictObject({
    ...activityFilters,
    page,
    pageSize: pageSize(25),
    // none given: by relevance when searching (`q`), else startsAt:asc
    sort: z.enum(activitySorts, { message: `Kārtošana: ${activitySorts.join(', ')}` }).optional(),
  })
  .refine(periodInOrder, periodMessage);
export type ActivityListQuery = z.output<typeof activityListQuery>;

/** The iCalendar feed honours the same filters (no pages: the whole selection). */
export const activityCalendarQuery = z.strictObject(activityFilters).refine(periodInOrder, periodMessage);
export type ActivityCalendarQuery = z.output<typeof activityCalendarQuery>;

/** Plain lists (municipalities, target groups): language and pages only. */
export const vocabularyQuery = z.strictObject({ locale, page, pageSize: pageSize(100) });
export type VocabularyQuery = z.output<typeof vocabularyQuery>;

/** Strapi's document ids (cuid2): 24 lowercase letters and digits. */
const documentId = z.string().regex(/^[a-z0-9]{24}$/, 'Nederīgs dokumenta identifikators (documentId)');

/** Results (indicators of adopted plans with their measurements): by plan and municipality. */
export const resultListQuery = z.strictObject({
  plan: list(documentId).optional(),
  municipality: list(slug).optional(),
  locale,
  page,
  pageSize: pageSize(25),
});
export type ResultListQuery = z.output<typeof resultListQuery>;

export const itemQuery = z.strictObject({ locale });

/** The open data sets (common/open-data.ts): the whole set, in one language. */
export const openDataQuery = z.strictObject({ locale });
export type OpenDataQuery = z.output<typeof openDataQuery>;

/** The open-data catalogue takes no parameters. */
export const openDataCatalogQuery = z.strictObject({});

/** Adopted plans (their latest version's summary and the list of versions): by municipality. */
export const planListQuery = z.strictObject({
  municipality: list(slug).optional(),
  locale,
  page,
  pageSize: pageSize(25),
});
export type PlanListQuery = z.output<typeof planListQuery>;

/** A plan's adopted version: its number, from 1. */
export const versionNumber = z.coerce
  .number({ message: 'Versijas numuram jābūt skaitlim' })
  .int('Versijas numuram jābūt veselam skaitlim')
  .min(1, 'Versijas sākas ar 1');

/** A plan's documentId in a path. */
export const planDocumentId = documentId;

/** Search that ignores case and Latvian diacritics: "sociala" finds "sociālā". */
export const searchable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The words a text is searched by: folded as `searchable` does, every run of letters and digits a word, one
 * space between two. The public read model stores its texts so (SQLite FTS5 and PostgreSQL tsvector then only
 * split at the spaces, the same on both), and a query is cut into its words the same way.
 */
export const searchWords = (text: string | null | undefined) =>
  searchable(text ?? '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A query's words (at most ten), each matching the words that begin with it ("granti" finds "grantiem"). */
export const queryWords = (text: string) => searchWords(text).split(' ').filter(Boolean).slice(0, 10);

/** The title's sort key in the public read model: the same byte order on every database. */
export const sortKeyOf = (title: string | null | undefined) =>
  searchable(title ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);

/** zod issues as the API's error details: one entry per parameter, naming it. */
export function queryIssues(error: z.ZodError) {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: [key], message: `Nezināms parametrs "${key}"` }))
      : [{ path: issue.path.map(String).slice(0, 1), message: issue.message }],
  );
}
