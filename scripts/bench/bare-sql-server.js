/**
 * `npm run bench` baseline (d): a bare Node `http` server answering GET /api/support-programmes with SQL written
 * by hand over the normalised tables (the worksheet rows as Strapi stores them), on the same database
 * (better-sqlite3, or `pg` when DATABASE_URL is PostgreSQL). The same work as the public endpoint: published
 * `lv` programmes filtered by municipality (slug), kind, state on today's date in Riga and a word (`q`: LIKE on
 * title, summary and description, ignoring case), newest first (`sort=publishedAt:desc`, then documentId descending),
 * 25 a page; the total; the facet counts per municipality, target group, kind and state (each over what the
 * other filters leave); the page's municipality, target groups and legal basis; JSON.stringify'd in the public
 * list shape. It does not validate parameters beyond these and does not rank by relevance. Table and column
 * names come from BENCH_SCHEMA (Strapi's metadata, sent by the bench); vocabulary labels from the compiled app.
 *
 * Env: PORT, HOST (127.0.0.1), DATABASE_URL or DATABASE_FILENAME, BENCH_SCHEMA (JSON).
 */
'use strict';
const path = require('path');
const { serve, openDatabase } = require('./bare-http');

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
const D = schema.policyDocument;
const B = P.legalBasis;
const q = (name) => `"${name}"`;
const PAGE_SIZE = 25;
const db = openDatabase();

const STATE = `CASE WHEN p.${q(c.opensOn)} IS NULL AND p.${q(c.closesOn)} IS NULL THEN 'ongoing'
  WHEN p.${q(c.opensOn)} > ? THEN 'upcoming' WHEN p.${q(c.closesOn)} < ? THEN 'closed' ELSE 'open' END`;

/** The filters, each as SQL over `p` (and `m`, the row's municipality) with its bindings. */
function filtersOf(query, today) {
  const filters = {};
  if (query.municipality) filters.municipality = [`m.${q(M.columns.slug)} = ?`, [query.municipality]];
  if (query.kind) filters.kind = [`p.${q(c.kind)} = ?`, [query.kind]];
  if (query.state) filters.state = [`(${STATE}) = ?`, [today, today, query.state]];
  if (query.q) {
    const like = `%${query.q.toLowerCase()}%`;
    filters.q = [
      `(lower(p.${q(c.title)}) LIKE ? OR lower(p.${q(c.summary)}) LIKE ? OR lower(p.${q(c.description)}) LIKE ?)`,
      [like, like, like],
    ];
  }
  return filters;
}

const FROM = `FROM ${q(P.table)} p JOIN ${q(M.table)} m ON m.${q(M.columns.id)} = p.${q(c.municipalityId)}`;
const BASE = `p.${q(c.publishedAt)} IS NOT NULL AND p.${q(c.locale)} = 'lv'`;

function where(filters, except) {
  const parts = Object.entries(filters).filter(([name]) => name !== except);
  return [[BASE, ...parts.map(([, [sql]]) => sql)].join(' AND '), parts.flatMap(([, [, bindings]]) => bindings)];
}

const fields = [
  'id', 'documentId', 'slug', 'locale', 'title', 'summary', 'description', 'kind', 'implementer', 'eligibility',
  'amountMin', 'amountMax', 'totalBudget', 'opensOn', 'closesOn', 'howToApply', 'websiteUrl', 'contactEmail',
  'contactPhone', 'publishedAt',
];

const amount = (value) => (value === null || value === undefined ? null : Number(value));
const timestamp = (value) =>
  value === null || value === undefined ? null : new Date(Number(value) || value).toISOString();
const day = (value) => (value ? (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10) : null);

async function list(url) {
  const query = Object.fromEntries(['municipality', 'kind', 'state', 'q'].map((k) => [k, url.searchParams.get(k)]));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) | 0);
  if (url.searchParams.get('sort') !== 'publishedAt:desc')
    return [400, { data: null, error: { status: 400, message: 'sort=publishedAt:desc is the one order served' } }];
  const today = rigaToday();
  const filters = filtersOf(query, today);
  const [all, allBindings] = where(filters);
  const facet = async (name, key, keyBindings, join = '') => {
    const [sql, bindings] = where(filters, name);
    const rows = await db.all(`SELECT ${key} AS k, COUNT(*) AS n ${FROM} ${join} WHERE ${sql} GROUP BY 1`, [
      ...keyBindings,
      ...bindings,
    ]);
    return Object.fromEntries(rows.map((row) => [row.k, Number(row.n)]));
  };
  const [[{ n }], rows, municipality, targetGroup, kind, state] = await Promise.all([
    db.all(`SELECT COUNT(*) AS n ${FROM} WHERE ${all}`, allBindings),
    db.all(
      `SELECT ${fields.map((f) => `p.${q(c[f])} AS ${q(f)}`).join(', ')}, ${STATE} AS state,
        m.${q(M.columns.slug)} AS "municipalitySlug", m.${q(M.columns.name)} AS "municipalityName"
      ${FROM} WHERE ${all}
      ORDER BY p.${q(c.publishedAt)} DESC, p.${q(c.documentId)} DESC LIMIT ${PAGE_SIZE} OFFSET ?`,
      [today, today, ...allBindings, (page - 1) * PAGE_SIZE],
    ),
    facet('municipality', `m.${q(M.columns.slug)}`, []),
    facet(
      'targetGroup',
      `g.${q(G.columns.slug)}`,
      [],
      `JOIN ${q(L.table)} l ON l.${q(L.from)} = p.${q(c.id)} JOIN ${q(G.table)} g ON g.${q(G.columns.id)} = l.${q(L.to)}`,
    ),
    facet('kind', `p.${q(c.kind)}`, []),
    facet('state', STATE, [today, today]),
  ]);
  const ids = rows.map((row) => row.id);
  const marks = ids.map(() => '?').join(', ');
  const [groupRows, legalRows] = ids.length
    ? await Promise.all([
        db.all(
          `SELECT l.${q(L.from)} AS owner, g.${q(G.columns.slug)} AS slug, g.${q(G.columns.name)} AS name
          FROM ${q(L.table)} l JOIN ${q(G.table)} g ON g.${q(G.columns.id)} = l.${q(L.to)}
          WHERE l.${q(L.from)} IN (${marks}) ORDER BY l.${q(L.from)}, l.${q(L.order)}`,
          ids,
        ),
        db.all(
          `SELECT l.${q(B.from)} AS owner, d.${q(D.columns.title)} AS title, d.${q(D.columns.url)} AS url
          FROM ${q(B.table)} l JOIN ${q(D.table)} d ON d.${q(D.columns.id)} = l.${q(B.to)}
          WHERE l.${q(B.from)} IN (${marks}) ORDER BY l.${q(B.from)}, l.${q(B.order)}`,
          ids,
        ),
      ])
    : [[], []];
  const byOwner = (linked, pick) => {
    const map = new Map(ids.map((id) => [id, []]));
    for (const row of linked) map.get(row.owner).push(pick(row));
    return map;
  };
  const groups = byOwner(groupRows, (g) => ({ slug: g.slug, name: g.name }));
  const legal = byOwner(legalRows, (d) => ({ title: d.title, url: d.url ?? null }));
  const total = Number(n);
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
    implementer: row.implementer ?? null,
    eligibility: row.eligibility ?? null,
    amountMin: amount(row.amountMin),
    amountMax: amount(row.amountMax),
    totalBudget: amount(row.totalBudget),
    currency: 'EUR',
    opensOn: day(row.opensOn),
    closesOn: day(row.closesOn),
    howToApply: row.howToApply ?? null,
    websiteUrl: row.websiteUrl ?? null,
    contactEmail: row.contactEmail ?? null,
    contactPhone: row.contactPhone ?? null,
    legalBasis: legal.get(row.id),
    publishedAt: timestamp(row.publishedAt),
    state: { key: row.state, label: programmeStates[row.state].lv },
  }));
  return [
    200,
    {
      data,
      meta: {
        pagination: { page, pageSize: PAGE_SIZE, pageCount: Math.ceil(total / PAGE_SIZE), total },
        facets: { municipality, targetGroup, kind, state },
      },
    },
  ];
}

serve(db, async (url) => {
  if (url.pathname !== '/api/support-programmes') return null;
  const [status, body] = await list(url);
  return { status, type: 'application/json; charset=utf-8', body: JSON.stringify(body) };
});
