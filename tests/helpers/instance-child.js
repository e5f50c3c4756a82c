/**
 * One portal instance in its own process, for tests that need more than one (several instances on one
 * database, restarts, production start): forked by tests/helpers/instances.ts with an IPC channel. Loads the
 * compiled app (dist/, as `npm start` does), listens on PORT and reports { type: 'ready', port } to the parent.
 * Stops on SIGTERM/SIGINT (Strapi's own handlers) or when the parent goes away.
 */
'use strict';
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');
const send = (message) => process.send && process.send(message);

let strapi;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  try {
    if (strapi) await strapi.destroy();
  } finally {
    process.exit(code);
  }
}
process.on('disconnect', () => stop(0));

async function main() {
  strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  await strapi.listen();
  send({ type: 'ready', port: Number(process.env.PORT) });
}

main().catch((error) => {
  console.error(error);
  send({ type: 'error', message: String((error && error.stack) || error) });
  stop(1);
});
