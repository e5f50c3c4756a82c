/**
 * Every anonymous GET of the public API answers with an ETag and Cache-Control, and with 304
 * Not Modified when the client already has that version (If-None-Match). Authenticated requests
 * are never marked public.
 */
import { createHash } from 'crypto';

const MAX_AGE = 60;

export default () => async (ctx: any, next: () => Promise<void>) => {
  await next();
  if (!['GET', 'HEAD'].includes(ctx.method) || !ctx.path.startsWith('/api/') || ctx.status !== 200 || ctx.body == null)
    return;
  if (ctx.get('Authorization')) {
    ctx.set('Cache-Control', 'private, no-store');
    return;
  }
  const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
  ctx.set('ETag', `W/"${createHash('sha1').update(body).digest('base64url')}"`);
  ctx.set('Cache-Control', `public, max-age=${MAX_AGE}, stale-while-revalidate=${MAX_AGE * 5}`);
  if (ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
  }
};
