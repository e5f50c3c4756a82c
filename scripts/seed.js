#!/usr/bin/env node
/**
 * `npm run seed`: loads the demo data set (idempotent) into the configured database — SQLite by
 * default, PostgreSQL with DATABASE_URL — without starting the server. Development only.
 */
'use strict';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  if (process.env.NODE_ENV === 'production') throw new Error('npm run seed is for development only');
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const app = await compileStrapi();
  const strapi = await createStrapi({ ...app, autoReload: false, serveAdminPanel: false }).load();
  try {
    const demo = strapi.plugin('se-planning').service('demo-data');
    const { plansCreated } = await demo.load();
    const logins = await demo.ensureDemoLogins();
    console.log(`Demo data loaded: ${plansCreated} new plan(s).`);
    console.log('Demo staff logins (development only):');
    for (const login of logins) console.log(`  ${login.email}  /  ${login.password}   (${login.role})`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
