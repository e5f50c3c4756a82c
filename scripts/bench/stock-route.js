/**
 * Bench only: Strapi's stock core REST route and controller for support programmes, the baseline the
 * public catalogue is measured against. Never part of the production plugin: the bench's own Strapi
 * process (strapi-child.js) adds them between Strapi's register and bootstrap phases, under the
 * plugin's content-API routes (GET /api/se-planning/support-programmes[/:id]), find and findOne
 * only, and free to every request: the public endpoint authenticates nobody, so the stock route gets
 * a strategy of the bench's own that lets every request through without a lookup (with `auth: false`
 * Strapi would refuse the relations' filters and populate; with an API token each request would pay
 * its verification). They exist only in the bench's own process, on its throw-away database
 * (tests/bench-seed.test.ts: the plugin never registers them).
 */
'use strict';
const { factories } = require('@strapi/strapi');

const PLUGIN = 'se-planning';
const UID = `plugin::${PLUGIN}.support-programme`;

/** Every request let through, every scope allowed, at no cost: the public endpoint's (absent) authentication. */
const noAuthentication = {
  name: 'bench-no-authentication',
  authenticate: () => ({ authenticated: true, credentials: null }),
  verify: () => undefined,
};

/** Call after `strapi.register()` and before `strapi.bootstrap()` (routes are mounted in bootstrap). */
function addStockRoute(strapi) {
  // the stock controller calls strapi.service(UID)
  strapi.get('services').add(`plugin::${PLUGIN}`, { 'support-programme': factories.createCoreService(UID) });
  strapi.get('controllers').add(`plugin::${PLUGIN}`, { 'support-programme': factories.createCoreController(UID) });
  const plugin = strapi.plugin(PLUGIN);
  plugin.routes = {
    ...plugin.routes,
    'content-api': factories.createCoreRouter(UID, {
      type: 'content-api',
      only: ['find', 'findOne'],
      config: {
        find: { auth: { strategies: [noAuthentication] } },
        findOne: { auth: { strategies: [noAuthentication] } },
      },
    }),
  };
}

module.exports = { addStockRoute };
