/**
 * One portal instance in its own process, for tests that need more than one (several instances on one
 * database, restarts, production start): forked by tests/helpers/instances.ts with an IPC channel. Loads the
 * compiled app (dist/, as `npm start` does), listens on PORT and reports { type: 'ready', port } to the parent.
 */
'use strict';
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { childLifecycle } = require('../../scripts/child-lifecycle');

const ROOT = path.resolve(__dirname, '..', '..');
const child = childLifecycle();

child.run(async () => {
  const strapi = child.adopt(
    createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false }),
  );
  await strapi.load();
  await strapi.listen();
  child.send({ type: 'ready', port: Number(process.env.PORT) });
});
