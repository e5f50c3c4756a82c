#!/usr/bin/env node
/**
 * `npm run public:rebuild`: renders the public read model again from what was made public (publication records
 * and adopted plan versions), in one transaction, on the configured database (SQLite by default, PostgreSQL with
 * DATABASE_URL). Idempotent: a second run gives the same rows. Documents published without a record (before the
 * read model existed, or written straight into the tables) get theirs from their published rows now. On
 * PostgreSQL every running instance empties its response cache; a SQLite server's cache empties within
 * PUBLIC_API_CACHE_TTL (or at its restart).
 */
'use strict';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app = await compileStrapi();
  const strapi = await createStrapi({ ...app, autoReload: false, serveAdminPanel: false }).load();
  try {
    const summary = await strapi.plugin('se-planning').service('read-model').rebuild({ reason: 'npm run public:rebuild' });
    console.log(`Public read model rebuilt in ${summary.ms} ms.`);
    console.log(`  rows: ${JSON.stringify(summary.rows)}`);
    console.log(`  publication records taken now: ${JSON.stringify(summary.records)}`);
    if (summary.backfilledVersions) console.log(`  adopted plans given their first version now: ${summary.backfilledVersions}`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
