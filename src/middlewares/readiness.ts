/**
 * The readiness probe, `GET /_ready` (HEAD too): whether this instance can serve, i.e. whether its database answers a
 * cheap query within READY_TIMEOUT_MS. 200 `{ "status": "ok", "database": "ok" }`, else 503
 * `{ "status": "unavailable", "database": "<reason>" }`. Strapi's `/_health` (204) stays the liveness probe: it says
 * the process answers, not that it can do anything useful.
 *
 * Answered here, early in config/middlewares.ts: after the security headers, before the rate limit, the response
 * cache, the session and the body parser, so a probe is never limited, kept or slowed by them. Never cached
 * (Cache-Control: no-store). The reason is a short word or an error code, never the driver's message (which can name
 * the database, its host or its user); the full error goes to the server's log. Probes that arrive while a check is
 * running share it, so a hanging database never piles up queries.
 */
import type { Core } from '@strapi/strapi';

export const READY_PATH = '/_ready';
export const READY_TIMEOUT_MS = 2000;

export type Readiness = { status: 'ok'; database: 'ok' } | { status: 'unavailable'; database: string };

/** A short, safe reason: a driver's error code (SQLSTATE, a Node code) or a fixed word. */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? `error ${code}` : 'error';
}

class Timeout extends Error {}

async function checkDatabase(strapi: Core.Strapi, timeoutMs: number): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      strapi.db.connection.raw('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Timeout()), timeoutMs);
      }),
    ]);
    return { status: 'ok', database: 'ok' };
  } catch (error) {
    if (error instanceof Timeout) {
      strapi.log.warn(`[ready] the database did not answer within ${timeoutMs} ms`);
      return { status: 'unavailable', database: `timeout after ${timeoutMs} ms` };
    }
    strapi.log.warn(`[ready] the database check failed: ${(error as Error)?.message ?? error}`);
    return { status: 'unavailable', database: reasonOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

const readiness: Core.MiddlewareFactory = (config: { timeoutMs?: number }, { strapi }) => {
  const timeoutMs = config?.timeoutMs ?? READY_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new Error(`timeoutMs must be a positive whole number of milliseconds (it is ${timeoutMs})`);
  }
  let running: Promise<Readiness> | undefined;
  const check = () => {
    running ??= checkDatabase(strapi, timeoutMs).finally(() => {
      running = undefined;
    });
    return running;
  };
  return async (ctx, next) => {
    if (ctx.path !== READY_PATH) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    const result = await check();
    ctx.set('Cache-Control', 'no-store');
    ctx.status = result.status === 'ok' ? 200 : 503;
    ctx.body = result;
  };
};

export default readiness;
