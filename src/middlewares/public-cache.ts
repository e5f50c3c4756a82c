/**
 * Every anonymous GET of the public API answers with an ETag and Cache-Control, and with 304
 * Not Modified when the client already has that version (If-None-Match). Successful answers are
 * kept in the se-planning plugin's in-process cache (services/public-cache.ts) until the data
 * changes; `X-Cache` says whether an answer came from it. Errors are marked `no-store`.
 * Authenticated requests are never cached nor marked public.
 *
 * An answer is kept under its path and query only: nothing in it may depend on other parts of the request (the Host
 * header, X-Forwarded-*, the absolute-form request target `GET http://host/api/…`), or one visitor's request would
 * decide what everyone is served next. Absolute links are built from the configured PUBLIC_URL instead.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { CachedAnswer } from '../plugins/se-planning/server/src/public-api/cache';
import { getService } from '../plugins/se-planning/server/src/get-service';
import { isSiteRead } from '../site/paths';

const MAX_AGE = 60;

export const etagOf = (body: string | Buffer) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/** The cache key of a public read: its path and query string, nothing the client says about hosts. */
export const publicCacheKey = (path: string, querystring: string) => (querystring ? `${path}?${querystring}` : path);

function answer(ctx: any, cached: CachedAnswer, hit: boolean) {
  ctx.status = cached.status;
  ctx.type = cached.type;
  ctx.body = cached.body;
  ctx.set('ETag', cached.etag);
  ctx.set('Cache-Control', `public, max-age=${MAX_AGE}, stale-while-revalidate=${MAX_AGE * 5}`);
  ctx.set('X-Cache', hit ? 'hit' : 'miss');
  if (ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
  }
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<void>) => {
    // the API and the residents' website (src/site/), whose pages read the same read model
    const path = ctx.path as string;
    const publicRead =
      ['GET', 'HEAD'].includes(ctx.method) &&
      (path.startsWith('/api/') || isSiteRead(path));
    if (!publicRead) return next();
    if (ctx.get('Authorization')) {
      await next();
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }
    const cache = getService(strapi, 'public-cache');
    // ctx.path and ctx.querystring, not ctx.url: an absolute-form target would put its host in the key
    const key = publicCacheKey(ctx.path as string, ctx.querystring as string);
    const cached = cache.enabled() ? cache.get(key) : undefined;
    if (cached) return answer(ctx, cached, true);

    const since = cache.generation();
    try {
      await next();
    } catch (error) {
      // errors (400, 404) are answered by strapi::errors above: never cached anywhere
      ctx.set('Cache-Control', 'no-store');
      throw error;
    }
    if (ctx.status !== 200 || ctx.body == null) {
      ctx.set('Cache-Control', 'no-store');
      return;
    }
    const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
    const fresh: CachedAnswer = { status: 200, type: ctx.type, body, etag: etagOf(body) };
    if (cache.enabled()) cache.set(key, fresh, since);
    answer(ctx, fresh, false);
  };
