/**
 * Runs the public API's statements (read-sql.ts) on a connection of Strapi's own pool, keeping each statement
 * prepared: SQLite (better-sqlite3) keeps the prepared statement per connection, PostgreSQL a named prepared
 * statement per connection (pg's `name`). The public API asks the same few statement shapes over and over
 * (its parameters are bound), so it parses and plans each once per connection instead of once per request.
 * A connection is taken from the pool like any query's, so a read waits for a write transaction that holds
 * SQLite's only connection and never sees what it has not committed.
 */
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Clause } from './read-sql';

type Knex = Core.Strapi['db']['connection'];
type Row = Record<string, any>;
type Statement = { all: (bindings: unknown[]) => any[]; pluck: (on?: boolean) => Statement };
type SqliteConnection = { prepare: (sql: string) => Statement };
type PgConnection = { query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: Row[] }> };

/** Statement shapes a connection keeps prepared, at most (the public API has a few dozen). */
const KEPT = 500;
const prepared = new WeakMap<object, Map<string, Statement>>();
const pgText = new Map<string, { name: string; text: string }>();
let renamed = 0;

function sqliteStatement(connection: SqliteConnection, sql: string, pluck = false) {
  let kept = prepared.get(connection);
  if (!kept) prepared.set(connection, (kept = new Map()));
  const key = pluck ? `pluck:${sql}` : sql;
  let statement = kept.get(key);
  if (!statement) {
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
    statement = connection.prepare(sql);
    if (pluck) statement.pluck(true);
    kept.set(key, statement);
  }
  return statement;
}

/** `?` placeholders as PostgreSQL's `$n`, and the statement's name (its hash). */
function pgStatement(sql: string) {
  let found = pgText.get(sql);
  if (!found) {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    found = { name: `se_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text };
    if (pgText.size >= KEPT) pgText.clear();
    pgText.set(sql, found);
  }
  return found;
}

const isPostgres = (knex: Knex) => String(knex.client.config.client).startsWith('p');

/** The rows of a statement, on a pooled connection with the statement kept prepared. */
export const readRows = (knex: Knex, statement: Clause): Promise<Row[]> => read(knex, statement, false);

/** The first column of a statement's rows (SQLite hands them over without making a row object of each). */
export const readColumn = (knex: Knex, statement: Clause): Promise<unknown[]> => read(knex, statement, true);

async function read(knex: Knex, statement: Clause, column: boolean): Promise<any[]> {
  const first = (rows: Row[]) => (column ? rows.map((row) => Object.values(row)[0]) : rows);
  const client = knex.client as unknown as {
    acquireConnection: () => Promise<unknown>;
    releaseConnection: (connection: unknown) => Promise<unknown>;
  };
  // the bench's bare baseline (and any caller without Strapi's pool) runs the statement as it is
  if (typeof client.acquireConnection !== 'function') {
    const result = await knex.raw(statement.sql, statement.bindings as never);
    return first((Array.isArray(result) ? result : result.rows) as Row[]);
  }
  const connection = await client.acquireConnection();
  try {
    if (isPostgres(knex)) {
      const { name, text } = pgStatement(statement.sql);
      const run = (prefix = '') =>
        (connection as PgConnection).query({ name: prefix + name, text, values: statement.bindings });
      try {
        return first((await run()).rows);
      } catch (error) {
        // a statement prepared before its tables were made anew (a read model rebuilt in another format)
        if (!['42P01', '0A000', 'XX000'].includes((error as { code?: string }).code ?? '')) throw error;
        return first((await run(`r${++renamed}_`)).rows);
      }
    }
    return sqliteStatement(connection as SqliteConnection, statement.sql, column).all(
      statement.bindings.map((value) => (typeof value === 'boolean' ? Number(value) : value)),
    );
  } finally {
    await client.releaseConnection(connection);
  }
}
