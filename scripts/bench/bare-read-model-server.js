/**
 * `npm run bench` baseline (e): the public read model read directly. A bare Node `http` server runs the public
 * endpoint's own code for GET /api/support-programmes — the compiled service (dist/…/public-api/programmes.js:
 * its parameter checks, its one SQL statement over the read model, its answer put together from stored JSON) —
 * on the raw database driver with prepared statements kept, without Strapi, Koa or knex. What the public
 * endpoint costs beyond it is the framework's share.
 *
 * Env: PORT, HOST (127.0.0.1), DATABASE_URL or DATABASE_FILENAME.
 */
'use strict';
const path = require('path');
const { serve, openDatabase, ROOT } = require('./bare-http');

const db = openDatabase();
/** What the service asks of `strapi.db.connection`: its dialect and `raw(sql, bindings)`. */
const connection = {
  client: { config: { client: db.client } },
  raw: async (sql, bindings) => db.all(sql, bindings),
};
/** The read model's one question of it: are the programme counts counted for today (checked once a day, as the app does)? */
let countedDay = null;
const readModel = {
  countsReady: async (today) => {
    if (countedDay === today) return true;
    const [row] = await db.all("select value from se_public_meta where name = 'countsDay'", []);
    if (row && row.value === today) countedDay = today;
    return countedDay === today;
  },
};
const strapi = { db: { connection }, plugin: () => ({ service: () => readModel }) };
const services = path.join(ROOT, 'dist', 'src', 'plugins', 'se-planning', 'server', 'src', 'public-api');
const programmes = require(path.join(services, 'programmes.js')).default({ strapi });

serve(db, async (url) => {
  if (url.pathname !== '/api/support-programmes') return null;
  try {
    return { status: 200, type: 'application/json; charset=utf-8', body: await programmes.list(Object.fromEntries(url.searchParams)) };
  } catch (error) {
    if (error.name !== 'ValidationError') throw error;
    return { status: 400, type: 'application/json; charset=utf-8', body: JSON.stringify({ data: null, error: { status: 400, message: error.message } }) };
  }
});
