#!/usr/bin/env node
/**
 * `npm run restore -- <backup directory> [--force]`: a backup made by `npm run backup` into the database given by
 * DATABASE_URL (PostgreSQL, with pg_restore --no-owner) or DATABASE_FILENAME (SQLite), and its uploads back into
 * public/uploads. The database must be empty (a new one): anything else is refused and left unchanged, unless
 * --force (then what the backup holds replaces it; stop the portal first). Afterwards every table's row count is
 * checked against the manifest.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { loadDotEnv, databaseTarget, describeTarget } = require('./backup/target');
const { restorePostgres } = require('./backup/postgres');
const { restoreSqlite } = require('./backup/sqlite');
const { uploadsDir, copyTree } = require('./backup/uploads');
const { readManifest } = require('./backup/manifest');

const USAGE = 'usage: npm run restore -- <backup directory> [--force]';

function parseArgs(argv) {
  const force = argv.includes('--force');
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--force');
  const dirs = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  if (dirs.length !== 1) throw new Error(`name one backup directory\n${USAGE}`);
  return { dir: path.resolve(dirs[0]), force };
}

/** The tables whose row count differs from the manifest's. */
const differences = (expected, actual) =>
  Object.keys(expected)
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `${table}: ${actual[table] ?? 'missing'} rows, the backup had ${expected[table]}`);

async function main() {
  loadDotEnv();
  const started = Date.now();
  const { dir, force } = parseArgs(process.argv.slice(2));
  const manifest = readManifest(dir);
  const target = databaseTarget();
  if (manifest.database.client !== target.client) {
    throw new Error(`the backup is of a ${manifest.database.client} database, the target is ${target.client}`);
  }
  const file = path.join(dir, manifest.files.database);
  const restored =
    target.client === 'postgres'
      ? await restorePostgres(target, file, { force })
      : await restoreSqlite(target, file, { force });
  const wrong = differences(manifest.tables, restored);
  if (wrong.length > 0) throw new Error(`the restored database differs from the backup:\n  ${wrong.join('\n  ')}`);
  const uploads = manifest.files.uploads ? copyTree(path.join(dir, manifest.files.uploads), uploadsDir()) : null;
  const where = describeTarget(target);
  console.log(
    `Restored ${Object.keys(manifest.tables).length} tables into ${where.database ?? where.file}` +
      (uploads ? ` and the uploads (public/uploads now holds ${uploads.files} files)` : '') +
      ` in ${((Date.now() - started) / 1000).toFixed(1)} s (backup of ${manifest.createdAt}).`,
  );
  if (!manifest.files.uploads)
    console.log(`The uploads were in the bucket ${manifest.uploads.bucket}: not part of the backup.`);
}

main().catch((error) => {
  console.error(`Restore failed: ${error.message}`);
  process.exit(1);
});
