/**
 * PostgreSQL: the whole database as one pg_dump custom-format archive, and its restore with pg_restore --no-owner
 * into an empty database. The row counts in the manifest and the dump come from one snapshot (pg_dump --snapshot),
 * so they describe exactly what the archive holds, even while the portal keeps writing.
 */
'use strict';
const { Client } = require('pg');
const { runTool } = require('./run-tool');

const PG_DUMP = process.env.PG_DUMP || 'pg_dump';
const PG_RESTORE = process.env.PG_RESTORE || 'pg_restore';

const toolEnv = (target) => ({ ...process.env, ...(target.ssl ? { PGSSLMODE: 'require' } : {}) });

async function connect(target) {
  const client = new Client({
    connectionString: target.url,
    ssl: target.ssl ? { rejectUnauthorized: false } : undefined,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot connect to DATABASE_URL's database: ${error.message}`);
  }
  return client;
}

const USER_SCHEMAS =
  "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";

/** Every table's row count, by name (schema-qualified outside `public`). */
async function tableCounts(client) {
  const { rows } = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND ${USER_SCHEMAS} ORDER BY 1, 2`,
  );
  const counts = {};
  for (const { schema, name } of rows) {
    const quoted = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
    const result = await client.query(`SELECT count(*)::bigint AS n FROM ${quoted}`);
    counts[schema === 'public' ? name : `${schema}.${name}`] = Number(result.rows[0].n);
  }
  return counts;
}

async function toolMajor(tool) {
  const { stdout } = await runTool(tool, ['--version']);
  const match = /(\d+)(?:\.\d+)?/.exec(stdout);
  if (!match) throw new Error(`cannot read ${tool}'s version from "${stdout.trim()}"`);
  return { major: Number(match[1]), version: stdout.trim() };
}

async function serverMajor(client) {
  const { rows } = await client.query('SHOW server_version_num');
  return Math.floor(Number(rows[0].server_version_num) / 10000);
}

/** pg_dump must be at least the server's major version (an older one refuses or writes an incomplete dump). */
async function checkTool(tool, client) {
  const [{ major, version }, server] = await Promise.all([toolMajor(tool), serverMajor(client)]);
  if (major < server)
    throw new Error(`${version} is older than the PostgreSQL ${server} server: install ${tool} ${server} or newer`);
  return { tool: version, server };
}

/** Dumps the database to `file`; returns the tables' row counts and versions, from the dump's snapshot. */
async function dumpPostgres(target, file) {
  const client = await connect(target);
  try {
    const versions = await checkTool(PG_DUMP, client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query('SELECT pg_export_snapshot() AS snapshot');
    const tables = await tableCounts(client);
    await runTool(
      PG_DUMP,
      ['--format=custom', `--snapshot=${rows[0].snapshot}`, `--file=${file}`, `--dbname=${target.url}`],
      {
        env: toolEnv(target),
      },
    );
    await client.query('COMMIT');
    return { tables, serverVersion: versions.server, dumpTool: versions.tool };
  } finally {
    await client.end();
  }
}

/** How many tables, views and sequences the database has outside PostgreSQL's own schemas. */
async function relationCount(client) {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${USER_SCHEMAS}`,
  );
  return rows[0].n;
}

/**
 * Restores `file` into the database. Refuses a database that already has tables unless `force` (then pg_restore
 * drops and recreates what the dump holds: --clean --if-exists). One transaction: a failed restore leaves nothing.
 * Returns the restored tables' row counts.
 */
async function restorePostgres(target, file, { force }) {
  const client = await connect(target);
  try {
    await checkTool(PG_RESTORE, client);
    const existing = await relationCount(client);
    if (existing > 0 && !force) {
      throw new Error(
        `the database is not empty (${existing} tables, views or sequences): restore into an empty database ` +
          '(createdb a new one and point DATABASE_URL at it), or pass --force to replace what the backup holds',
      );
    }
    const args = ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction'];
    if (force) args.push('--clean', '--if-exists');
    await runTool(PG_RESTORE, [...args, `--dbname=${target.url}`, file], { env: toolEnv(target) });
    return await tableCounts(client);
  } finally {
    await client.end();
  }
}

module.exports = { dumpPostgres, restorePostgres };
