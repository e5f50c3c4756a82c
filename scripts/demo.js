#!/usr/bin/env node
/**
 * `npm run demo`: starts the portal in development on the embedded SQLite database (unless
 * DATABASE_URL says otherwise) with the demo data loaded and the demo staff logins printed.
 * Port: PORT (default 1337).
 */
'use strict';
const path = require('path');
const { spawn } = require('child_process');

if (process.env.NODE_ENV === 'production') {
  console.error('npm run demo is for development only (NODE_ENV=production is set).');
  process.exit(1);
}

const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
const child = spawn(process.execPath, [strapiBin, 'develop', '--no-watch-admin', '--no-install-deps'], {
  stdio: 'inherit',
  env: { ...process.env, SE_PLANNING_DEMO: 'true', STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
