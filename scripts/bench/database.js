/** `npm run bench`: a fresh database per run (SQLite file, or a PostgreSQL database), removed at the end. */
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, TMP } = require('./processes');

async function createDatabase(options) {
  if (options.db === 'sqlite') {
    const file = options.file ?? path.join(TMP, 'bench.db');
    fs.mkdirSync(TMP, { recursive: true });
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    const drop = async () => {
      if (process.env.BENCH_KEEP_DB === 'true') return;
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    };
    return {
      env: { DATABASE_FILENAME: file },
      describe: `SQLite ${path.relative(ROOT, file)} (removed at the end)`,
      drop,
    };
  }
  if (options.db !== 'postgres') throw new Error('BENCH_DB must be sqlite or postgres');
  const { Client } = require('pg');
  const server = new URL(
    process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const admin = new URL(server);
  admin.pathname = '/postgres';
  const name = `se_bench_${Date.now()}_${process.pid}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    describe: `PostgreSQL database ${name} (dropped at the end)`,
    drop: async () => {
      if (process.env.BENCH_KEEP_DB === 'true') return;
      const dropper = new Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

module.exports = { createDatabase };
