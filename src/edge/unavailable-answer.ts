/**
 * The answer while the database cannot be reached (src/edge/database-unavailable.ts says when): 503 with
 * Retry-After in Strapi's error shape, given by Koa's middleware (src/middlewares/database-unavailable.ts) and by
 * the edge before Koa (src/edge/public-answers.ts), and its warning, logged once per interval with the number of
 * requests refused since (an outage refuses every request: one line each would drown the log).
 */
import type { Core } from '@strapi/strapi';

export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'Datubāze īslaicīgi nav pieejama: mēģiniet vēlreiz pēc dažām sekundēm.';

export const unavailableBody = () => ({
  data: null,
  error: { status: 503, name: 'ServiceUnavailableError', message: UNAVAILABLE_MESSAGE, details: {} },
});

/** The headers of the answer besides its content type. */
export const unavailableHeaders = (retryAfterSeconds = RETRY_AFTER_SECONDS) => ({
  'Retry-After': String(retryAfterSeconds),
  'Cache-Control': 'no-store',
});

const notes = new WeakMap<object, { refused: number; loggedAt: number }>();

/** Counts a refused request and logs the warning if none was logged within `everyMs`. */
export function noteUnavailable(strapi: Core.Strapi, request: string, error: Error, everyMs = 5000) {
  let note = notes.get(strapi);
  if (!note) notes.set(strapi, (note = { refused: 0, loggedAt: 0 }));
  note.refused += 1;
  const now = Date.now();
  if (now - note.loggedAt < everyMs) return;
  strapi.log.warn(
    `[database] unavailable: ${note.refused} request(s) answered 503 (the last ${request}: ${error.message})`,
  );
  note.loggedAt = now;
  note.refused = 0;
}
