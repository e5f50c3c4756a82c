/** The responses every public operation shares (components.responses), and its 200 with the cache headers. */
import { ref, type JsonSchema } from './schemas';

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

/** Set by the global public-cache middleware on every anonymous 200 under /api. */
const cacheHeaders = {
  ETag: {
    description: 'Version of the answer; send it back as If-None-Match to get a 304.',
    schema: { type: 'string' },
  },
  'Cache-Control': { description: '`public, max-age=60, stale-while-revalidate=300`.', schema: { type: 'string' } },
};

export const ok = (content: Record<string, { schema: JsonSchema }>) => ({
  description: 'OK',
  headers: cacheHeaders,
  content,
});
export const okJson = (schemaName: string) => ok(json(ref(schemaName)));

export const responses = {
  NotModified: { description: 'Not Modified: the If-None-Match version is still current (no body).' },
  BadRequest: {
    description:
      'An unknown parameter or an invalid value. `error.details.errors[].path[0]` names each parameter at fault.',
    content: json(ref('ValidationError')),
  },
  NotFound: { description: 'No published item has this slug or documentId.', content: json(ref('NotFoundError')) },
  TooManyRequests: {
    description: 'Too many requests from this client; try again after Retry-After seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 0 } } },
    content: json(ref('Error')),
  },
};

export const responseRef = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });
