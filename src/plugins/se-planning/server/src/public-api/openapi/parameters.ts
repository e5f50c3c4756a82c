/**
 * Query parameters generated from the zod schemas that validate them (common/rules/public-query.ts),
 * so the document and the validation cannot drift: names, types, patterns, limits, enums and
 * defaults come from zod (`z.toJSONSchema` of what a client sends, `io: 'input'`); only the
 * prose is written here, once per parameter name.
 */
import { isDeepStrictEqual } from 'util';
import { z } from 'zod';
import { programmeKinds, programmeStates, type Vocabulary } from '../../../../common/vocabulary';
import type { JsonSchema } from './schemas';

export type Parameter = {
  name: string;
  in: 'query' | 'path';
  description: string;
  required: boolean;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
};

const values = (vocabulary: Vocabulary) =>
  Object.entries(vocabulary)
    .map(([key, label]) => `\`${key}\` (${label.lv} / ${label.en})`)
    .join(', ');

const descriptions: Record<string, string> = {
  municipality: 'Municipality slug (pašvaldība). Repeat for several: `?municipality=a&municipality=b`.',
  targetGroup: 'Target group slug (mērķa grupa). Repeatable.',
  kind: `Programme kind (programmas veids). Repeatable. Values: ${values(programmeKinds)}.`,
  state: `Application state today (pieteikšanās stāvoklis). Repeatable. Values: ${values(programmeStates)}.`,
  plan: 'Plan documentId (rīcības plāns). Repeatable.',
  q:
    'Full-text search in the title and the other texts (programmes: summary, description; activities: description, audience): every word must occur, as a word or the beginning of one ("grant" finds "granti"); ignores case and Latvian diacritics ("sociala" finds "sociālā"). Ranked by relevance unless `sort` is given.',
  amountMin: 'Only programmes whose maximum amount (else minimum amount) in EUR is at least this.',
  from: 'Only activities that end on or after this date (YYYY-MM-DD, a day that exists: 2027-02-30 is a 400).',
  to: 'Only activities that start on or before this date (YYYY-MM-DD, a day that exists); not earlier than `from`.',
  locale:
    'Content language: `lv` (latviešu) or `en` (English). Content not translated is given in Latvian ' +
    'with `localeFallback: true`.',
  page: 'Page number, from 1.',
  pageSize: 'Items per page, at most 100.',
  sort: 'Order: field and direction. Without it: by relevance when `q` is given (a word in the title weighs more), else the first value listed.',
  slugOrDocumentId: 'The slug (in any language) or the documentId.',
  documentId: 'The plan’s documentId.',
  number: 'The version number, from 1.',
};

const describe = (name: string) => {
  const description = descriptions[name];
  if (!description) throw new Error(`OpenAPI: describe the parameter "${name}" in openapi/parameters.ts`);
  return description;
};

/** `x` or `[x]` (the `list()` helper of public-query.ts): the item schema, else undefined. */
function repeatableItem(property: JsonSchema): JsonSchema | undefined {
  const variants = property.anyOf as JsonSchema[] | undefined;
  if (variants?.length !== 2) return undefined;
  const [one, many] = variants;
  return many.type === 'array' && isDeepStrictEqual(many.items, one) ? one : undefined;
}

/** The query parameters a zod `strictObject` accepts, as OpenAPI parameters (repeatable ones as arrays). */
export function queryParameters(query: z.ZodType): Parameter[] {
  const { properties = {}, required = [] } = z.toJSONSchema(query, { target: 'draft-2020-12', io: 'input' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, schema]) => {
    const item = repeatableItem(schema);
    return {
      name,
      in: 'query',
      description: describe(name),
      required: required.includes(name),
      ...(item ? { schema: { type: 'array', items: item }, style: 'form', explode: true } : { schema }),
    };
  });
}

/** The `{name}` segments of a documented path (`:name` in the route). */
export const pathParameters = (path: string): Parameter[] =>
  [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: describe(name),
    schema: pathSchemas[name] ?? { type: 'string' },
  }));

/** Path parameters that are not free text. */
const pathSchemas: Record<string, JsonSchema> = {
  documentId: { type: 'string', pattern: '^[a-z0-9]{24}$' },
  number: { type: 'integer', minimum: 1 },
};
