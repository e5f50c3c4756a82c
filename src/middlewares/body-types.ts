/**
 * Writes carry JSON (the admin panel, the plugin's routes), a form, or files (uploads). Any other body — text/plain,
 * XML, a bare string — is refused with 415 before it reaches a controller, which would otherwise treat the string as
 * an object and fail with a 500. Requests without a body are left alone.
 */
import createError from 'http-errors';
import type { Core } from '@strapi/strapi';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const ACCEPTED_BODIES = ['json', 'multipart', 'urlencoded'];

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  // koa: null without a body, false when the body is of another type
  if (WRITES.has(ctx.method) && ctx.is(ACCEPTED_BODIES) === false) {
    throw createError(
      415,
      `Pieprasījuma saturs "${ctx.request.type}" netiek pieņemts: sūtiet JSON (Content-Type: application/json)`,
      { details: { contentType: ctx.request.type, accepted: ['application/json', 'multipart/form-data'] } },
    );
  }
  await next();
};
