/**
 * The database the backup scripts work on, read from the environment as config/database.ts reads it: PostgreSQL when
 * DATABASE_URL is set, else the SQLite file DATABASE_FILENAME (default .tmp/data.db, relative to the working
 * directory). A `.env` file in the working directory is read first, without overriding what the environment sets.
 */
'use strict';
const fs = require('fs');
const path = require('path');

function loadDotEnv(cwd = process.cwd()) {
  const file = path.join(cwd, '.env');
  if (fs.existsSync(file) && typeof process.loadEnvFile === 'function') process.loadEnvFile(file);
}

/** @returns {{ client: 'postgres', url: string, ssl: boolean } | { client: 'sqlite', file: string }} */
function databaseTarget(env = process.env, cwd = process.cwd()) {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:…")`);
    }
    return { client: 'postgres', url, ssl: /^(true|1)$/i.test(env.DATABASE_SSL || '') };
  }
  return { client: 'sqlite', file: path.resolve(cwd, env.DATABASE_FILENAME || '.tmp/data.db') };
}

/** The target for messages and the manifest: never a password. */
function describeTarget(target) {
  if (target.client === 'sqlite') return { client: 'sqlite', file: target.file };
  const url = new URL(target.url);
  return { client: 'postgres', host: url.hostname, port: url.port || '5432', database: url.pathname.slice(1) };
}

module.exports = { loadDotEnv, databaseTarget, describeTarget };
