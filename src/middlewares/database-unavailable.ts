/**
 * While the database cannot be reached, a request that needs it is answered at once with 503 Service Unavailable
 * and `Retry-After`, in Strapi's error shape, instead of a 500 with the driver's message (or a request hanging for
 * the pool's minute). Placed right inside strapi::errors, so every later middleware, policy and controller is
 * covered; any other error goes on to strapi::errors unchanged. How soon it answers is the pool's
 * acquireConnectionTimeout (config/database.ts): a refused connection fails at once, an unanswering address after
 * that timeout. Answers the response cache keeps are still served meanwhile (src/middlewares/public-cache.ts and
 * the edge, src/edge/public-answers.ts): they need no database. The warning is logged once per `logEveryMs` with
 * the number of requests refused since, not once per request.
 */
import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../edge/database-unavailable';

export type DatabaseUnavailableConfig = { retryAfterSeconds?: number; logEveryMs?: number };

export const UNAVAILABLE_MESSAGE = 'Datubāze īslaicīgi nav pieejama: mēģiniet vēlreiz pēc dažām sekundēm.';

const databaseUnavailable: Core.MiddlewareFactory<DatabaseUnavailableConfig> = (config, { strapi }) => {
  const retryAfter = String(config?.retryAfterSeconds ?? 5);
  const logEveryMs = config?.logEveryMs ?? 5000;
  let refused = 0;
  let loggedAt = 0;

  const note = (ctx: { method: string; path: string }, error: Error) => {
    refused += 1;
    const now = Date.now();
    if (now - loggedAt < logEveryMs) return;
    strapi.log.warn(
      `[database] unavailable: ${refused} request(s) answered 503 (the last ${ctx.method} ${ctx.path}: ${error.message})`,
    );
    loggedAt = now;
    refused = 0;
  };

  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      note(ctx, error as Error);
      ctx.status = 503;
      ctx.set('Retry-After', retryAfter);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: UNAVAILABLE_MESSAGE, details: {} },
      };
    }
  };
};

export default databaseUnavailable;
