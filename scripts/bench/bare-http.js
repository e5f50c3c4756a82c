/**
 * What the bench's bare baselines share: the database (better-sqlite3 read-only, or a `pg` pool of 10 when
 * DATABASE_URL is PostgreSQL, behind one async `all(sql, bindings)` with `?` placeholders and prepared statements
 * kept), and a plain Node `http` server that answers GET requests with a handler's `{ status, type, body }`
 * (null: 404), reports `{ type: 'ready' }` to the bench over IPC, and stops cleanly (requests still running
 * finish first).
 */
'use strict';
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

function openDatabase() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { Pool, types } = require('pg');
    types.setTypeParser(1082, (value) => value); // DATE as 'YYYY-MM-DD', as SQLite stores it
    const pool = new Pool({ connectionString: url, max: 10 });
    const numbered = new Map();
    const toPg = (sql) => {
      if (!numbered.has(sql)) {
        let i = 0;
        numbered.set(
          sql,
          sql.replace(/\?/g, () => `$${++i}`),
        );
      }
      return numbered.get(sql);
    };
    return {
      client: 'postgres',
      all: async (sql, params) => (await pool.query(toPg(sql), params)).rows,
      close: () => pool.end(),
    };
  }
  const Database = require('better-sqlite3');
  const db = new Database(path.resolve(ROOT, process.env.DATABASE_FILENAME), { readonly: true, fileMustExist: true });
  const statements = new Map();
  const prepared = (sql) => {
    if (!statements.has(sql)) statements.set(sql, db.prepare(sql));
    return statements.get(sql);
  };
  return {
    client: 'sqlite',
    all: async (sql, params) => prepared(sql).all(params),
    close: () => db.close(),
  };
}

/** Serves `handler(url)` on PORT/HOST until SIGTERM, SIGINT or the parent going away. */
function serve(db, handler) {
  let inFlight = 0;
  const server = http.createServer(async (req, res) => {
    inFlight++;
    try {
      const url = new URL(req.url, 'http://localhost');
      const answer = req.method === 'GET' ? await handler(url, req) : null;
      const { status, type, body, headers = {} } = answer ?? {
        status: 404,
        type: 'application/json; charset=utf-8',
        body: JSON.stringify({ data: null, error: { status: 404, message: 'Not Found' } }),
      };
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
      res.end(body);
    } catch (error) {
      console.error(error);
      res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ data: null, error: { status: 500, message: 'Internal Server Error' } }));
    } finally {
      inFlight--;
    }
  });
  server.listen(Number(process.env.PORT), process.env.HOST || '127.0.0.1', () => {
    if (process.send) process.send({ type: 'ready', port: server.address().port });
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + 5000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (db) await Promise.resolve(db.close()).catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
}

module.exports = { openDatabase, serve, ROOT };
