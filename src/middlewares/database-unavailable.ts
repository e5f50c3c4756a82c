/**
 * While the database cannot be reached, a request that needs it is answered at once with 503 Service Unavailable
 * and `Retry-After`, in Strapi's error shape (src/edge/unavailable-answer.ts), instead of a 500 with the driver's
 * message (or a request hanging for the pool's minute). Placed right inside strapi::errors, so every later
 * middleware, policy and controller is covered; any other error goes on to strapi::errors unchanged. How soon it
 * answers is the pool's acquireConnectionTimeout (config/database.ts): a refused connection fails at once, an
 * address that does not answer after that timeout. Answers the response cache keeps are still served meanwhile
 * (src/middlewares/public-cache.ts and the edge, src/edge/public-answers.ts): they need no database.
 */
import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../edge/database-unavailable';
import { noteUnavailable, RETRY_AFTER_SECONDS, unavailableBody, unavailableHeaders } from '../edge/unavailable-answer';

export type DatabaseUnavailableConfig = { retryAfterSeconds?: number; logEveryMs?: number };

const databaseUnavailable: Core.MiddlewareFactory<DatabaseUnavailableConfig> = (config, { strapi }) => {
  const headers = unavailableHeaders(config?.retryAfterSeconds ?? RETRY_AFTER_SECONDS);
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      noteUnavailable(strapi, `${ctx.method} ${ctx.path}`, error as Error, config?.logEveryMs);
      ctx.status = 503;
      ctx.set(headers);
      ctx.body = unavailableBody();
    }
  };
};

export default databaseUnavailable;
