/**
 * `npm run bench` baseline: a bare Node `http` server answering
 * GET /api/support-programmes?municipality=<slug>&kind=<kind>&state=open with the equivalent SQL
 * on the same database (better-sqlite3, or `pg` when DATABASE_URL is PostgreSQL): published `lv`
 * programmes of the municipality (municipality_id), of the kind, open today in Europe/Riga, ordered
 * by closes_on (nulls last) then id, 25 a page; plus COUNT(*), the page's target groups and the
 * municipality's name, JSON.stringify'd in the public list shape ({ data, meta: { pagination } }).
 * No facets, no parameter validation beyond the three filters and `page`: the floor a hand-written
 * endpoint could reach. Table and column names come from BENCH_SCHEMA (Strapi's metadata, sent by
 * the bench); vocabulary labels from the compiled app.
 *
 * Env: PORT, HOST (127.0.0.1), DATABASE_URL or DATABASE_FILENAME, BENCH_SCHEMA (JSON).
 */
'use strict';
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const common = path.join(ROOT, 'dist', 'src', 'plugins', 'se-planning', 'common');
const { programmeKinds, programmeStates } = require(path.join(common, 'vocabulary.js'));
const { rigaToday } = require(path.join(common, 'programme-state.js'));

const schema = JSON.parse(process.env.BENCH_SCHEMA);
const P = schema.programme;
const c = P.columns;
const M = schema.municipality;
const G = schema.targetGroup;
const L = P.targetGroups;
const q = (name) => `"${name}"`;
const PAGE_SIZE = 25;

const where = `
  FROM ${q(P.table)} p
  WHERE p.${q(c.publishedAt)} IS NOT NULL AND p.${q(c.locale)} = 'lv'
    AND p.${q(c.municipalityId)} IN (SELECT m.${q(M.columns.id)} FROM ${q(M.table)} m WHERE m.${q(M.columns.slug)} = ?)
    AND p.${q(c.kind)} = ?
    AND (p.${q(c.opensOn)} IS NULL OR p.${q(c.opensOn)} <= ?)
    AND (p.${q(c.closesOn)} IS NULL OR p.${q(c.closesOn)} >= ?)
    AND NOT (p.${q(c.opensOn)} IS NULL AND p.${q(c.closesOn)} IS NULL)`;
const fields = [
  'id',
  'documentId',
  'slug',
  'locale',
  'title',
  'summary',
  'description',
  'kind',
  'implementer',
  'eligibility',
  'amountMin',
  'amountMax',
  'totalBudget',
  'opensOn',
  'closesOn',
  'howToApply',
  'websiteUrl',
  'contactEmail',
  'contactPhone',
  'publishedAt',
];
const SQL = {
  count: `SELECT COUNT(*) AS n ${where}`,
  page: `SELECT ${fields.map((f) => `p.${q(c[f])} AS ${q(f)}`).join(', ')},
      mu.${q(M.columns.slug)} AS "municipalitySlug", mu.${q(M.columns.name)} AS "municipalityName"
    ${where.replace('WHERE', `JOIN ${q(M.table)} mu ON mu.${q(M.columns.id)} = p.${q(c.municipalityId)}\n  WHERE`)}
    ORDER BY p.${q(c.closesOn)} IS NULL, p.${q(c.closesOn)}, p.${q(c.id)}
    LIMIT ${PAGE_SIZE} OFFSET ?`,
  groups: (n) => `SELECT l.${q(L.from)} AS "programmeId", g.${q(G.columns.slug)} AS slug, g.${q(G.columns.name)} AS name
    FROM ${q(L.table)} l JOIN ${q(G.table)} g ON g.${q(G.columns.id)} = l.${q(L.to)}
    WHERE l.${q(L.from)} IN (${new Array(n).fill('?').join(', ')})
    ORDER BY l.${q(L.from)}, l.${q(L.order)}`,
};

/** The database: better-sqlite3 (synchronous) or a pg pool, behind one async `all(sql, params)`. */
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
    all: async (sql, params) => prepared(sql).all(params),
    close: () => db.close(),
  };
}
const db = openDatabase();

const amount = (value) => (value === null || value === undefined ? null : Number(value));
const timestamp = (value) =>
  value === null || value === undefined ? null : new Date(Number(value) || value).toISOString();

async function list(url) {
  const municipality = url.searchParams.get('municipality');
  const kind = url.searchParams.get('kind');
  const state = url.searchParams.get('state');
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) | 0);
  if (!municipality || !kind || state !== 'open')
    return [400, { data: null, error: { status: 400, message: 'municipality, kind and state=open are required' } }];
  const today = rigaToday();
  const filter = [municipality, kind, today, today];
  const [{ n }] = await db.all(SQL.count, filter);
  const total = Number(n);
  const rows = await db.all(SQL.page, [...filter, (page - 1) * PAGE_SIZE]);
  const groups = new Map(rows.map((row) => [row.id, []]));
  if (rows.length > 0) {
    for (const g of await db.all(
      SQL.groups(rows.length),
      rows.map((row) => row.id),
    )) {
      groups.get(g.programmeId).push({ slug: g.slug, name: g.name });
    }
  }
  const data = rows.map((row) => ({
    documentId: row.documentId,
    slug: row.slug,
    locale: row.locale,
    localeFallback: false,
    title: row.title,
    municipality: { slug: row.municipalitySlug, name: row.municipalityName },
    targetGroups: groups.get(row.id),
    summary: row.summary ?? null,
    description: row.description ?? null,
    kind: { key: row.kind, label: programmeKinds[row.kind] ? programmeKinds[row.kind].lv : '' },
    state: { key: 'open', label: programmeStates.open.lv },
    implementer: row.implementer ?? null,
    eligibility: row.eligibility ?? null,
    amountMin: amount(row.amountMin),
    amountMax: amount(row.amountMax),
    totalBudget: amount(row.totalBudget),
    currency: 'EUR',
    opensOn: row.opensOn ?? null,
    closesOn: row.closesOn ?? null,
    howToApply: row.howToApply ?? null,
    websiteUrl: row.websiteUrl ?? null,
    contactEmail: row.contactEmail ?? null,
    contactPhone: row.contactPhone ?? null,
    legalBasis: [], // the bench data set links no legal basis (the public endpoint answers [] too)
    publishedAt: timestamp(row.publishedAt),
  }));
  return [
    200,
    { data, meta: { pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.ceil(total / PAGE_SIZE), total } } },
  ];
}

let inFlight = 0;
const server = http.createServer(async (req, res) => {
  inFlight++;
  try {
    const url = new URL(req.url, 'http://localhost');
    const [status, body] =
      req.method === 'GET' && url.pathname === '/api/support-programmes'
        ? await list(url)
        : [404, { data: null, error: { status: 404, message: 'Not Found' } }];
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(text);
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
/** Stops accepting, lets the requests still running (autocannon's last ones) finish, then closes the database. */
const stop = async () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + 5000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await Promise.resolve(db.close()).catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
