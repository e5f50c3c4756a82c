/**
 * The residents' website (src/site/), answered by the application itself at the root: its pages, feeds and files
 * before the router; the admin (/admin), the API (/api) and uploads go on as before. An address nobody answers
 * (a 404 with no body) gets the site's own 404 page when the client asks for HTML. Registered where
 * config/middlewares.ts lists it, after global::public-cache, which keeps the site's answers like the API's.
 */
import type { Core } from '@strapi/strapi';
import { answerNotFound, answerSite } from '../site/answer';

/** Paths that are never the site's, even for their 404s. */
const OTHERS = ['/admin', '/api/', '/uploads/', '/_health', '/content-manager/', '/se-planning/', '/i18n/', '/upload/'];

const site: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    if (await answerSite(strapi, ctx)) return;
    await next();
    const unanswered = ctx.status === 404 && ctx.body == null;
    if (
      unanswered &&
      ctx.method === 'GET' &&
      !OTHERS.some((p) => ctx.path.startsWith(p)) &&
      ctx.accepts('html') === 'html'
    )
      answerNotFound(strapi, ctx);
  };

export default site;
