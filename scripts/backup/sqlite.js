/**
 * SQLite: a consistent copy of the database file through SQLite's online backup API (better-sqlite3's
 * `.backup()`: safe while the portal runs and writes), and its restore into a new or empty file.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

function withDatabase(file, use) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Every table's row count, by name (the full-text search tables included). */
function tableCounts(file) {
  return withDatabase(file, (db) => {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    return Object.fromEntries(
      names.map((name) => [
        name,
        db
          .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
          .pluck()
          .get(),
      ]),
    );
  });
}

/** Copies the database to `dest`; returns the copy's row counts. */
async function backupSqlite(target, dest) {
  if (!fs.existsSync(target.file)) throw new Error(`the SQLite database ${target.file} does not exist`);
  const db = new Database(target.file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
  return {
    tables: tableCounts(dest),
    sqliteVersion: withDatabase(dest, (d) => d.prepare('SELECT sqlite_version()').pluck().get()),
  };
}

const isEmpty = (file) =>
  !fs.existsSync(file) ||
  fs.statSync(file).size === 0 ||
  withDatabase(
    file,
    (db) => db.prepare("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().get() === 0,
  );

/**
 * Puts the backup's file in place of DATABASE_FILENAME. Refuses an existing database with tables unless `force`.
 * The copy is checked (integrity_check) before it replaces anything; stop the portal before a forced restore.
 */
async function restoreSqlite(target, backupFile, { force }) {
  if (!isEmpty(target.file) && !force) {
    throw new Error(
      `the database ${target.file} is not empty: restore into a new file (DATABASE_FILENAME), or pass --force to replace it`,
    );
  }
  fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const staged = `${target.file}.restoring-${process.pid}`;
  fs.copyFileSync(backupFile, staged);
  try {
    const check = withDatabase(staged, (db) => db.prepare('PRAGMA integrity_check').pluck().get());
    if (check !== 'ok') throw new Error(`the backup's database file is damaged: ${check}`);
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(target.file + suffix, { force: true });
    fs.renameSync(staged, target.file);
  } finally {
    fs.rmSync(staged, { force: true });
  }
  return tableCounts(target.file);
}

module.exports = { backupSqlite, restoreSqlite };
