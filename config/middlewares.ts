import type { Core } from '@strapi/strapi';
import { allowedOrigins, ORIGINS_VARIABLE } from '../src/edge/allowed-origins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Exact origins only (never a wildcard); none unless PUBLIC_API_ORIGINS names them. Always an array: an
      // undefined origin would make strapi::cors fall back to '*'.
      origin: allowedOrigins(env(ORIGINS_VARIABLE)),
      // Websites only read; the admin panel is same-origin and needs no CORS.
      methods: ['GET', 'HEAD', 'OPTIONS'],
      headers: ['Accept', 'Accept-Language', 'Content-Type', 'If-None-Match'],
      expose: ['ETag'],
      // No cookies or HTTP auth across origins: the public API needs none, and admin sessions must never be usable
      // from another site.
      credentials: false,
      maxAge: 600,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // ETag, Cache-Control and 304 for the public API (src/middlewares/public-cache.ts)
  'global::public-cache',
];

export default config;
