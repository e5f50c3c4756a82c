/**
 * Per-client rate limit on the public API (`/api/*`) and the residents' website's pages (the admin panel is not
 * limited). Configured in
 * config/middlewares.ts from PUBLIC_API_RATE_LIMIT / PUBLIC_API_RATE_WINDOW (src/edge/rate-limit-settings.ts).
 *
 * It sits before global::public-cache so answers served from a cache, and 304s, still count. Every answer carries
 * RateLimit-Limit/-Remaining/-Reset and RateLimit-Policy; over the limit the answer is 429 with Retry-After and
 * Strapi's error shape (a RateLimitError, formatted by strapi::errors).
 *
 * The client is `ctx.ip`: behind a reverse proxy, TRUST_PROXY must be on (config/server.ts) or every visitor
 * shares the proxy's address.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { clientKey } from '../edge/client-key';
import { countedDecision, installPublicLimiter, rateLimitHeaders } from '../edge/public-rate-limiter';
import type { RateLimitSettings } from '../edge/rate-limit-settings';
import { isSiteRead } from '../site/paths';

type Config = RateLimitSettings & { maxClients?: number };

const publicRateLimit: Core.MiddlewareFactory<Config> = (settings, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  // the API and the residents' website's pages (which read the same read model); not the constant files
  const isPublicApi = (path: string) =>
    path === prefix || path.startsWith(`${prefix}/`) || isSiteRead(path);
  if (!settings.limit) return (_ctx, next) => next();

  // one limiter for the app, shared with the public answers sent at the HTTP server (src/edge/public-answers.ts)
  const limiter = installPublicLimiter(strapi.server.app, settings);
  return async (ctx, next) => {
    if (!isPublicApi(ctx.path)) return next();
    const decision = countedDecision(ctx.req) ?? limiter.hit(clientKey(ctx.ip));
    ctx.set(rateLimitHeaders(settings, decision));
    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.resetSeconds));
      throw new errors.RateLimitError(`Pārāk daudz pieprasījumu; mēģiniet vēlreiz pēc ${decision.resetSeconds} s`, {});
    }
    return next();
  };
};

export default publicRateLimit;
