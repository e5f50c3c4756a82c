/**
 * Bench only: Strapi's stock core REST route and controller for support programmes, the baseline the
 * public catalogue is measured against. Never part of the production plugin: the bench's own Strapi
 * process (strapi-child.js) adds them between Strapi's register and bootstrap phases, under the
 * plugin's content-API routes (GET /api/se-planning/support-programmes[/:id]), find and findOne
 * only, with Strapi's default authentication: no role is granted these actions, the bench calls
 * them with a read-only API token.
 */
'use strict';
const { factories } = require('@strapi/strapi');

const PLUGIN = 'se-planning';
const UID = `plugin::${PLUGIN}.support-programme`;

/** Call after `strapi.register()` and before `strapi.bootstrap()` (routes are mounted in bootstrap). */
function addStockRoute(strapi) {
  // the stock controller calls strapi.service(UID)
  strapi.get('services').add(`plugin::${PLUGIN}`, { 'support-programme': factories.createCoreService(UID) });
  strapi.get('controllers').add(`plugin::${PLUGIN}`, { 'support-programme': factories.createCoreController(UID) });
  const plugin = strapi.plugin(PLUGIN);
  plugin.routes = {
    ...plugin.routes,
    'content-api': factories.createCoreRouter(UID, { type: 'content-api', only: ['find', 'findOne'] }),
  };
}

module.exports = { addStockRoute };
