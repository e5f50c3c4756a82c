export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  // ETag, Cache-Control and 304 for the public API (src/middlewares/public-cache.ts)
  'global::public-cache',
];
