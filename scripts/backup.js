#!/usr/bin/env node
/**
 * `npm run backup`: the whole database and the uploads into one directory under BACKUP_DIR (default ./backups),
 * named with the time: PostgreSQL (DATABASE_URL) as a pg_dump custom-format archive, SQLite (DATABASE_FILENAME) as a
 * consistent copy of the file; public/uploads copied beside it; manifest.json with the time, the database and every
 * table's row count. Safe while the portal runs. Prints the backup's directory on its last line.
 *
 * The backup is the database itself, not `strapi export`: Strapi's export leaves out the admin users and API tokens.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { loadDotEnv, databaseTarget, describeTarget } = require('./backup/target');
const { dumpPostgres } = require('./backup/postgres');
const { backupSqlite } = require('./backup/sqlite');
const { uploadsDir, copyTree } = require('./backup/uploads');
const { FILES, backupName, writeManifest } = require('./backup/manifest');

async function main() {
  loadDotEnv();
  const started = Date.now();
  const target = databaseTarget();
  const createdAt = new Date();
  const root = path.resolve(process.env.BACKUP_DIR || 'backups');
  const dir = path.join(root, backupName(createdAt));
  // written under a temporary name and renamed when complete: a backup directory without ".partial" is whole
  const partial = `${dir}.partial`;
  fs.mkdirSync(partial, { recursive: true });
  try {
    const database = FILES[target.client];
    const dumped =
      target.client === 'postgres'
        ? await dumpPostgres(target, path.join(partial, database))
        : await backupSqlite(target, path.join(partial, database));
    // after the database: a file uploaded meanwhile is an unused extra, never a row without its file
    const uploads = process.env.S3_BUCKET
      ? { storage: 's3', bucket: process.env.S3_BUCKET, note: 'files are in the bucket, not in this backup' }
      : { storage: 'local', ...copyTree(uploadsDir(), path.join(partial, FILES.uploads)) };
    const { tables, ...versions } = dumped;
    writeManifest(partial, {
      createdAt: createdAt.toISOString(),
      database: { ...describeTarget(target), ...versions },
      files: { database, uploads: uploads.storage === 'local' ? FILES.uploads : null },
      uploads,
      tables,
    });
    fs.renameSync(partial, dir);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  const size = fs.statSync(path.join(dir, FILES[target.client])).size;
  const rows = Object.values(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')).tables).reduce(
    (a, b) => a + b,
    0,
  );
  console.log(
    `Backup of the ${target.client} database (${rows} rows, ${(size / 1024).toFixed(0)} KiB) and the uploads in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
  );
  if (process.env.S3_BUCKET)
    console.log(`(uploads are in the bucket ${process.env.S3_BUCKET}: back it up with the storage's own tools)`);
  console.log(dir);
}

main().catch((error) => {
  console.error(`Backup failed: ${error.message}`);
  process.exit(1);
});
