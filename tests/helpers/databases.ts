/**
 * Databases beside the test run's own, for tests that restore or copy it: a fresh empty one on the run's kind of
 * database (a PostgreSQL database on the same server, or a new SQLite file name), its environment for an instance
 * or a script, and direct reads of its rows. Whatever `freshDatabase` makes, `dropFreshDatabases()` removes.
 */
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

/** The little of better-sqlite3 used here (the package ships no types and @types/better-sqlite3 is not installed). */
type Statement = { all(): unknown[]; pluck(): { get(): unknown } };
type Sqlite = { prepare(sql: string): Statement; close(): void };
const Database = require('better-sqlite3') as new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => Sqlite;

const ROOT = path.resolve(__dirname, '..', '..');

export type TestDatabase =
  | { client: 'postgres'; url: string; name: string }
  | { client: 'sqlite'; file: string; name: string };

/** The run's database (DATABASE_URL or the SQLite file global-setup chose). */
export function runDatabase(): TestDatabase {
  const url = process.env.DATABASE_URL;
  if (url) return { client: 'postgres', url, name: new URL(url).pathname.slice(1) };
  const file = process.env.DATABASE_FILENAME as string;
  return { client: 'sqlite', file, name: path.basename(file) };
}

/** The environment that points a script or an instance at `db` (and nowhere else). */
export const databaseEnv = (db: TestDatabase): Record<string, string | undefined> =>
  db.client === 'postgres'
    ? { DATABASE_URL: db.url, DATABASE_FILENAME: undefined }
    : { DATABASE_URL: undefined, DATABASE_FILENAME: db.file };

const made: TestDatabase[] = [];

async function onServer<T>(use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: runDatabase().client === 'postgres' ? process.env.DATABASE_URL : '' });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** A new empty database of the run's kind, named after `label`. */
export async function freshDatabase(label: string): Promise<TestDatabase> {
  const run = runDatabase();
  const suffix = `${label}_${process.pid}_${Date.now().toString(36)}`;
  if (run.client === 'postgres') {
    const name = `${run.name.slice(0, 62 - suffix.length)}_${suffix}`.toLowerCase();
    await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(run.url);
    url.pathname = `/${name}`;
    const db: TestDatabase = { client: 'postgres', url: url.toString(), name };
    made.push(db);
    return db;
  }
  const file = path.join(ROOT, '.tmp', `${suffix}.db`);
  const db: TestDatabase = { client: 'sqlite', file, name: path.basename(file) };
  made.push(db);
  return db;
}

export async function dropFreshDatabases() {
  for (const db of made.splice(0)) {
    if (db.client === 'postgres') {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`));
    } else {
      for (const end of ['', '-wal', '-shm', '-journal']) fs.rmSync(db.file + end, { force: true });
    }
  }
}

/** Rows of a table of `db`, read directly (no Strapi), as plain objects; `orderBy` a column. */
export async function selectRows(db: TestDatabase, table: string, orderBy = 'id'): Promise<Record<string, unknown>[]> {
  const sql = `SELECT * FROM "${table}" ORDER BY "${orderBy}"`;
  if (db.client === 'sqlite') {
    const sqlite = new Database(db.file, { readonly: true, fileMustExist: true });
    try {
      return sqlite.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      sqlite.close();
    }
  }
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Each table's row count in `db`. */
export async function rowCounts(db: TestDatabase, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [schema, name] = table.includes('.') ? table.split('.') : ['', table];
    const quoted = schema ? `"${schema}"."${name}"` : `"${name}"`;
    if (db.client === 'sqlite') {
      const sqlite = new Database(db.file, { readonly: true, fileMustExist: true });
      try {
        counts[table] = Number(sqlite.prepare(`SELECT count(*) AS n FROM ${quoted}`).pluck().get());
      } finally {
        sqlite.close();
      }
    } else {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      try {
        counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${quoted}`)).rows[0].n);
      } finally {
        await client.end();
      }
    }
  }
  return counts;
}
