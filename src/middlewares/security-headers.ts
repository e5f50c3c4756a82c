/**
 * What the strapi::security (helmet) and strapi::cors configuration cannot say; placed between the two:
 *
 * - The public API answers data (JSON, iCalendar, the open-data CSV and JSON-LD), never a page: its answers get a CSP that allows nothing and may
 *   not be framed anywhere. The residents' website (src/site/) runs no script: its CSP allows its own stylesheet
 *   and forms to itself, nothing else. The admin panel keeps the strapi::security policy it needs.
 * - strapi::cors answers every request *without* an Origin header with `Access-Control-Allow-Origin: *`, whatever
 *   the allowlist (upstream treats Origin-less requests as outside CORS). Browsers always send Origin on
 *   cross-origin reads, so nothing needs that wildcard; it and its companion CORS headers are removed so no answer
 *   ever advertises one.
 * - Strapi's health check (/_health) announces itself in a `strapi` header; no answer names the software.
 *
 * The removals run in `finally` so they also apply to errors and to preflights strapi::cors answers itself.
 */
import type { Core } from '@strapi/strapi';
import { isSitePath } from '../site/paths';

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** The residents' website: its own stylesheet, images in its SVG and data: URLs, forms to itself; no script at all. */
const SITE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const CORS_HEADERS = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
];

const securityHeaders: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx, next) => {
    if (ctx.path === prefix || ctx.path.startsWith(`${prefix}/`)) {
      ctx.set('Content-Security-Policy', API_CSP);
      ctx.set('X-Frame-Options', 'DENY');
    } else if (isSitePath(ctx.path)) {
      ctx.set('Content-Security-Policy', SITE_CSP);
      ctx.set('X-Frame-Options', 'DENY');
    }
    try {
      await next();
    } finally {
      if (!ctx.get('Origin')) CORS_HEADERS.forEach((name) => ctx.remove(name));
      ctx.remove('strapi');
    }
  };
};

export default securityHeaders;
