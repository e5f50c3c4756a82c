/**
 * `npm run bench`: the Strapi process under test, forked by scripts/bench.js with an IPC channel
 * (autocannon then runs in the parent and does not share this event loop). Loads the compiled app
 * (dist/), seeds the national data set and renders the public read model from it when BENCH_SEED=true,
 * listens on PORT and reports { type: 'ready', ... } to the parent. Stops on SIGTERM/SIGINT
 * (Strapi's own handlers) or when the parent disconnects.
 */
'use strict';
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { seedNational, benchSchema } = require('./seed-national');
const { addStockRoute } = require('./stock-route');
const { childLifecycle } = require('../child-lifecycle');

const ROOT = path.resolve(__dirname, '..', '..');
const child = childLifecycle();
const send = child.send;

async function main() {
  const strapi = child.adopt(
    createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }),
  );
  // the stock route is the bench's own: added between register and bootstrap, never in the plugin
  await strapi.register();
  addStockRoute(strapi);
  await strapi.bootstrap();
  strapi.isLoaded = true; // as strapi.load() marks it

  let seed = null;
  if (process.env.BENCH_SEED === 'true') {
    const summary = await seedNational(strapi, { log: (line) => console.log(line) });
    // written straight into the tables: the read model takes it in (records from the published rows, the
    // adopted plans' first versions), as `npm run public:rebuild` would
    const rebuilt = await strapi.plugin('se-planning').service('read-model').rebuild({ reason: 'bench seed' });
    // Only what the parent needs (the per-document lists are large).
    seed = {
      ms: summary.ms,
      rows: summary.rows,
      today: summary.today,
      scale: summary.scale,
      counts: summary.counts,
      municipalities: summary.municipalities,
      programmes: summary.programmes.length,
      activities: summary.activities.length,
      measurements: summary.measurements.length,
      // a few of each for the cached case's item pages
      programmeIds: summary.programmes.slice(0, 400).map(({ documentId, published }) => ({ documentId, published })),
      activityIds: summary.activities.slice(0, 200).map(({ documentId, published }) => ({ documentId, published })),
      readModelMs: rebuilt.ms,
      readModelRows: rebuilt.rows,
    };
  }

  await strapi.listen();
  send({ type: 'ready', seed, schema: benchSchema(strapi) });
}

child.run(main);
