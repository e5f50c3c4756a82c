/**
 * A backup is a directory named with its time (backup-2026-03-01T02-00-00-000Z) holding the database (a pg_dump
 * custom-format archive or a SQLite file), the uploads and manifest.json: when, which database, every table's row
 * count at the moment of the backup (restore.js checks them), the uploads' file count and size.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const FORMAT = 'se-planning-backup';
const VERSION = 1;
const MANIFEST = 'manifest.json';
const FILES = { postgres: 'database.dump', sqlite: 'database.sqlite', uploads: 'uploads' };

const backupName = (date) => `backup-${date.toISOString().replace(/[:.]/g, '-')}`;

function writeManifest(dir, manifest) {
  fs.writeFileSync(
    path.join(dir, MANIFEST),
    `${JSON.stringify({ format: FORMAT, version: VERSION, ...manifest }, null, 2)}\n`,
  );
}

/** The manifest of a complete backup, or an error saying what is wrong with the directory. */
function readManifest(dir) {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file))
    throw new Error(`${dir} is not a backup: it has no ${MANIFEST} (an interrupted backup has none)`);
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (manifest.format !== FORMAT || manifest.version !== VERSION) {
    throw new Error(`${file} is not a ${FORMAT} manifest of version ${VERSION}`);
  }
  const database = path.join(dir, manifest.files.database);
  if (!fs.existsSync(database)) throw new Error(`${dir} is incomplete: ${manifest.files.database} is missing`);
  return manifest;
}

module.exports = { FILES, MANIFEST, backupName, writeManifest, readManifest };
