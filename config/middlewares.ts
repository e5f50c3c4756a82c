import type { Core } from '@strapi/strapi';
import { allowedOrigins, ORIGINS_VARIABLE } from '../src/edge/allowed-origins';
import { rateLimitSettings } from '../src/edge/rate-limit-settings';
import { uploadMediaPolicy } from '../src/upload-storage';

/**
 * The edge of the portal. Order matters: headers first (so errors carry them too), the rate limit before anything
 * that does work for a request (body parsing, the public API's cache).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // strapi::logger is left out on purpose: every request is logged once at the HTTP server, also those answered before
  // Koa, as JSON lines in production (src/edge/request-log.ts)
  'strapi::errors',
  // the database unreachable: 503 with Retry-After at once, not a 500 or a hanging request
  // (src/middlewares/database-unavailable.ts); right inside strapi::errors, so it sees every later error
  'global::database-unavailable',
  {
    name: 'strapi::security',
    // Strapi's defaults stay underneath (the admin panel needs their CSP allowances); these are the headers we rely
    // on, stated so an upstream default change cannot drop them. The public API gets a stricter CSP from
    // global::security-headers.
    config: {
      noSniff: true,
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'no-referrer' },
      hidePoweredBy: true,
      // the admin shows Media Library images and media from the upload bucket when there is one
      ...uploadMediaPolicy((name) => env(name)),
    },
  },
  // Strict CSP and no framing for the API; strips the wildcard strapi::cors puts on Origin-less answers and the
  // health check's 'strapi' header (src/middlewares/security-headers.ts).
  'global::security-headers',
  // GET /_ready, the readiness probe (database within 2 s): before the rate limit, the cache and the body parser
  'global::readiness',
  {
    name: 'strapi::cors',
    config: {
      // Exact origins only (never a wildcard); none unless PUBLIC_API_ORIGINS names them. Always an array: an
      // undefined origin would make strapi::cors fall back to '*'.
      origin: allowedOrigins(env(ORIGINS_VARIABLE)),
      // Websites only read; the admin panel is same-origin and needs no CORS.
      methods: ['GET', 'HEAD', 'OPTIONS'],
      headers: ['Accept', 'Accept-Language', 'Content-Type', 'If-None-Match'],
      expose: ['ETag', 'Retry-After', 'RateLimit-Policy', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      // No cookies or HTTP auth across origins: the public API needs none, and admin sessions must never be usable
      // from another site.
      credentials: false,
      maxAge: 600,
    },
  },
  // strapi::poweredBy is left out on purpose: no X-Powered-By banner.
  {
    // Per-client limit on /api/* (src/middlewares/public-rate-limit.ts); PUBLIC_API_RATE_LIMIT=0 turns it off.
    name: 'global::public-rate-limit',
    config: rateLimitSettings((name) => env(name)),
  },
  // the open-data files' licence Link and download name, also on answers the cache keeps (src/middlewares/open-data-headers.ts)
  'global::open-data-headers',
  // ETag, Cache-Control and 304 for the public API, and its answers kept in memory (src/middlewares/public-cache.ts):
  // as early as it may be (after the headers and the rate limit), so an answer it keeps skips the rest
  'global::public-cache',
  'strapi::query',
  // the residents' website at / (src/site/): pages, sitemap, feeds, the embed; before the router and the static files
  'global::site',
  // writes carry JSON, a form or files: anything else is a 415, not a controller's 500 (src/middlewares/body-types.ts)
  'global::body-types',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // public/ as static files (its `/` → /admin redirect is never reached: global::site answers `/`)
  'strapi::public',
];

export default config;
