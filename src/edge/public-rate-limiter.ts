/**
 * The public API's rate limit, one per app: the limiter the `global::public-rate-limit` middleware counts with,
 * which the public answers sent at the HTTP server (src/edge/public-answers.ts) count with too, so every request is
 * counted once, whichever answers it. A request the edge counted and leaves to Koa carries its decision.
 */
import type { IncomingMessage } from 'http';
import { fixedWindowLimiter, type Decision } from './fixed-window-limiter';
import type { RateLimitSettings } from './rate-limit-settings';

export type PublicLimiter = { settings: RateLimitSettings; hit: (key: string) => Decision };

const limiters = new WeakMap<object, PublicLimiter>();

/** The app's limiter (made by the middleware from its configuration); none when the limit is off. */
export function installPublicLimiter(app: object, settings: RateLimitSettings & { maxClients?: number }) {
  const limiter = fixedWindowLimiter({
    limit: settings.limit,
    windowMs: settings.window * 1000,
    maxClients: settings.maxClients,
  });
  const installed = { settings, hit: (key: string) => limiter.hit(key) };
  limiters.set(app, installed);
  return installed;
}

export const publicLimiterOf = (app: object): PublicLimiter | undefined => limiters.get(app);

/** The headers every public answer carries about the limit. */
export const rateLimitHeaders = ({ limit, window }: RateLimitSettings, decision: Decision) => ({
  'RateLimit-Policy': `${limit};w=${window}`,
  'RateLimit-Limit': String(limit),
  'RateLimit-Remaining': String(decision.remaining),
  'RateLimit-Reset': String(decision.resetSeconds),
});

const COUNTED = Symbol('se-planning: rate-limit decision');

/** A request already counted (by the edge) carries its decision to the middleware. */
export const countedDecision = (req: IncomingMessage): Decision | undefined =>
  (req as IncomingMessage & { [COUNTED]?: Decision })[COUNTED];
export const markCounted = (req: IncomingMessage, decision: Decision) => {
  (req as IncomingMessage & { [COUNTED]?: Decision })[COUNTED] = decision;
};
