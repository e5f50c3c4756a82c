#!/usr/bin/env node
/**
 * `npm run bench`: seeds a national-scale data set into a fresh database (then renders the public read model
 * from it) and, in one run, measures with autocannon the public support-programme list against baselines on
 * the same data, each giving the same answer to the same request:
 *   (a) the public endpoint, uncached            (Strapi child with PUBLIC_API_CACHE=false)
 *   (c) Strapi's stock core REST route            (same child; bench-only, no authentication, like (a))
 *   (d) a bare Node `http` server, hand-written SQL over the normalised tables (bare-sql-server.js)
 *   (e) a bare Node `http` server running the endpoint's own read-model code on the raw driver
 *       (bare-read-model-server.js): what (a) costs beyond it is the framework's share
 * in two cases — a list (municipality, kind, state=open) and a search (`q` with a common word) — and
 *   (b) the public endpoint with its cache on, over a mix of ≥ 500 distinct URLs skewed like real traffic
 *   (f) a bare Node `http` server answering the same mix with the endpoint's bytes from memory (the ceiling).
 * Every target must answer 200 with the same first page (the same documentIds in the same order) and the same
 * total before it is measured; each run must have no non-2xx answer and no error. Prints req/s, p50 and p99 and
 * the ratios against the targets and writes .tmp/bench-result.json.
 *
 * Env: BENCH_SCALE (1), BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (10), BENCH_WARMUP seconds of a
 * warm-up run per target (3, the same connections and requests, not counted), BENCH_TIMEOUT seconds per request (60), BENCH_DB=sqlite|postgres
 * (sqlite: .tmp/bench.db, removed at the end; postgres: a fresh database on BENCH_PG_URL's or DATABASE_URL's
 * server, default postgres://postgres@127.0.0.1:5432/postgres, dropped at the end), BENCH_KEEP_DB=true to keep
 * either, BENCH_KIND (grant), BENCH_WORD (pakalpojumiem), BENCH_MUNICIPALITY (default: the seeded municipality
 * with the most programmes), BENCH_ENFORCE=true to exit 1 when a target is missed (a failed check or a run with
 * errors or non-2xx answers always exits 1).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { compileStrapi } = require('@strapi/strapi');
const { ROOT, TMP, startChild, stopChild, freePort, cleanups, cleanup } = require('./bench/processes');
const { createDatabase } = require('./bench/database');
const { benchStrapiEnv } = require('./bench/strapi-env');
const { getJson, measure, toQueryString } = require('./bench/measure');
const { urlMix } = require('./bench/url-mix');

const number = (name, fallback) => {
  const value = process.env[name] === undefined || process.env[name] === '' ? fallback : Number(process.env[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const options = {
  scale: number('BENCH_SCALE', 1),
  duration: number('BENCH_DURATION', 10),
  connections: Math.round(number('BENCH_CONNECTIONS', 10)),
  warmup: number('BENCH_WARMUP', 3),
  timeout: number('BENCH_TIMEOUT', 60),
  db: (process.env.BENCH_DB || 'sqlite').toLowerCase(),
  kind: process.env.BENCH_KIND || 'grant',
  word: process.env.BENCH_WORD || 'pakalpojumiem',
  enforce: process.env.BENCH_ENFORCE === 'true',
};
/** The targets: ratios (at least) and the uncached p99 (at most, ms). */
const TARGETS = { vsBareSql: 1, vsStock: 15, vsBareReadModel: 0.5, p99: 100, cachedVsPrerendered: 0.5 };

const log = (...args) => console.log(...args);
/** The documentIds of an answer's first page, in order. */
const pageIds = (body) => (body && Array.isArray(body.data) ? body.data.map((item) => item.documentId) : null);

/**
 * Asks every target the same request and checks they answer 200 with the same total and the same first page
 * (the same documentIds, in the same order). Keeps each answer's first page in .tmp/bench-sample-<case>-<target>.json.
 */
async function sameFirstPage(name, targets) {
  let expected = null;
  for (const { label, key, url } of targets) {
    const { status, body, ms } = await getJson(url);
    fs.writeFileSync(path.join(TMP, `bench-sample-${name}-${key}.json`), `${JSON.stringify(body, null, 2)}\n`);
    if (status !== 200) throw new Error(`${name}, ${label}: expected 200, got ${status}: ${JSON.stringify(body).slice(0, 300)}`);
    const answer = { total: body.meta.pagination.total, ids: pageIds(body) };
    if (!expected) expected = answer;
    else if (answer.total !== expected.total || JSON.stringify(answer.ids) !== JSON.stringify(expected.ids)) {
      throw new Error(
        `${name}, ${label}: total ${answer.total} and first page [${answer.ids.slice(0, 3)}…] differ from ` +
          `${targets[0].label}'s ${expected.total} and [${expected.ids.slice(0, 3)}…]: the targets do not do the same work`,
      );
    }
    log(`  ✓ ${name}, ${label}: 200, total ${answer.total}, the same ${answer.ids.length} documents in the same order (${ms.toFixed(0)} ms)`);
  }
  if (expected.ids.length === 0) throw new Error(`${name}: the first page is empty (choose another selection)`);
  return expected;
}

async function main() {
  const startedAt = new Date();
  log(`npm run bench — scale ${options.scale}, ${options.duration} s × ${options.connections} connections per target`);
  log(`machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}`);

  log('\n== compile (TypeScript → dist)');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: false });

  const database = await createDatabase(options);
  cleanups.push(database.drop);
  log(`== database: ${database.describe}`);

  // production mode with throw-away secrets (scripts/bench/strapi-env.js); the measured routes build no absolute links
  const { env: baseEnv, strapiEnv } = benchStrapiEnv(database, { scale: options.scale, publicUrl: 'http://127.0.0.1' });
  const childScript = path.join(__dirname, 'bench', 'strapi-child.js');

  // ── seed in a Strapi of its own, which then stops: the servers measured never did the bulk inserts ─────
  log('\n== seed (a Strapi process of its own), then the public read model rendered from it');
  const seeding = Date.now();
  const seeder = startChild('strapi-seed', childScript, {
    ...strapiEnv,
    PORT: String(await freePort()),
    PUBLIC_API_CACHE: 'false',
    BENCH_SEED: 'true',
  });
  const { seed, schema } = await seeder.ready;
  await stopChild(seeder.child);
  log(
    `  seeded ${seed.rows.toLocaleString('en')} rows in ${(seed.ms / 1000).toFixed(1)} s (${seed.municipalities.length} ` +
      `municipalities, ${seed.programmes} programmes, ${seed.activities} activities); read model rendered in ` +
      `${(seed.readModelMs / 1000).toFixed(1)} s: ${JSON.stringify(seed.readModelRows)} (${((Date.now() - seeding) / 1000).toFixed(1)} s in all)`,
  );

  const municipality =
    process.env.BENCH_MUNICIPALITY || [...seed.municipalities].sort((x, y) => y.programmes - x.programmes)[0].slug;
  const today = seed.today;
  const newestFirst = { sort: 'publishedAt:desc' };
  const cases = {
    list: {
      describe: `municipality=${municipality}, kind=${options.kind}, state=open`,
      public: `/api/support-programmes?${new URLSearchParams({ municipality, kind: options.kind, state: 'open', ...newestFirst })}`,
      stockFilters: {
        plan: { municipality: { slug: { $eq: municipality } } },
        kind: { $eq: options.kind },
        $and: [
          { $or: [{ opensOn: { $null: true } }, { opensOn: { $lte: today } }] },
          { $or: [{ closesOn: { $null: true } }, { closesOn: { $gte: today } }] },
          { $or: [{ opensOn: { $notNull: true } }, { closesOn: { $notNull: true } }] },
        ],
      },
    },
    search: {
      describe: `q=${options.word} (all municipalities)`,
      public: `/api/support-programmes?${new URLSearchParams({ q: options.word, ...newestFirst })}`,
      stockFilters: {
        $or: ['title', 'summary', 'description'].map((field) => ({ [field]: { $containsi: options.word } })),
      },
    },
  };
  const stockPath = (filters) =>
    `/api/se-planning/support-programmes?${toQueryString({
      filters,
      locale: 'lv',
      status: 'published',
      sort: ['publishedAt:desc', 'documentId:desc'],
      pagination: { page: 1, pageSize: 25 },
      populate: {
        targetGroups: { fields: ['slug', 'name', 'nameEn'] },
        plan: { fields: ['title'], populate: { municipality: { fields: ['slug', 'name'] } } },
        legalBasis: { fields: ['title', 'url'] },
      },
    })}`;
  log(`\n== cases (today ${today}, Europe/Riga; every target newest first: publishedAt desc, then documentId desc)`);
  for (const [name, c] of Object.entries(cases)) log(`  ${name}: ${c.describe}`);

  const results = {};
  const answers = {};

  // ── the bare servers first (d, e): their answers are the reference the others must give ─────────────
  const bare = async (name, script, env = {}) => {
    const port = await freePort();
    const child = startChild(name, path.join(__dirname, 'bench', script), {
      ...baseEnv,
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    });
    await child.ready;
    return { child: child.child, url: (p) => `http://127.0.0.1:${port}${p}` };
  };

  // ── Strapi, cache off: (a) and (c) ──────────────────────────────────────────────────────────────────
  log('\n== Strapi (PUBLIC_API_CACHE=false): the public endpoint and the stock route');
  const portA = await freePort();
  const a = startChild('strapi-uncached', childScript, { ...strapiEnv, PORT: String(portA), PUBLIC_API_CACHE: 'false' });
  await a.ready;
  const urlA = (p) => `http://127.0.0.1:${portA}${p}`;
  const d = await bare('bare-sql', 'bare-sql-server.js', { BENCH_SCHEMA: JSON.stringify(schema) });
  const e = await bare('bare-read-model', 'bare-read-model-server.js');
  for (const [name, c] of Object.entries(cases)) {
    answers[name] = await sameFirstPage(name, [
      { label: '(a) public endpoint', key: 'public', url: urlA(c.public) },
      { label: '(c) stock route', key: 'stock', url: urlA(stockPath(c.stockFilters)) },
      { label: '(d) bare SQL, normalised tables', key: 'bare-sql', url: d.url(c.public) },
      { label: '(e) bare, read model', key: 'bare-read-model', url: e.url(c.public) },
    ]);
  }
  // the bare servers wait (idle) while Strapi is measured, and the other way round
  log('\n== measure');
  for (const [name, c] of Object.entries(cases)) {
    results[`${name}.stock`] = await measure(options, `(c) ${name}: stock Strapi route`, urlA(stockPath(c.stockFilters)), { pid: a.child.pid });
    results[`${name}.uncached`] = await measure(options, `(a) ${name}: public endpoint, uncached`, urlA(c.public), { pid: a.child.pid });
  }
  // for information: the search as residents get it by default, ranked by relevance (no baseline can rank)
  const ranked = `/api/support-programmes?${new URLSearchParams({ q: options.word })}`;
  results['search.ranked'] = await measure(options, '(a) search ranked by relevance (no baseline)', urlA(ranked), { pid: a.child.pid });
  await stopChild(a.child);
  for (const [name, c] of Object.entries(cases)) {
    results[`${name}.bareSql`] = await measure(options, `(d) ${name}: bare SQL, normalised tables`, d.url(c.public), { pid: d.child.pid });
    results[`${name}.bareReadModel`] = await measure(options, `(e) ${name}: bare, read model`, e.url(c.public), { pid: e.child.pid });
  }
  await stopChild(d.child);
  await stopChild(e.child);

  // ── Strapi restarted with the cache on: (b), then the pre-rendered bytes (f) ───────────────────────────
  log('\n== Strapi (cache on): a mix of URLs skewed like real traffic');
  const kinds = Object.keys(require(path.join(ROOT, 'dist', 'src', 'plugins', 'se-planning', 'common', 'vocabulary.js')).programmeKinds);
  const mix = urlMix(seed, kinds);
  const portB = await freePort();
  const b = startChild('strapi-cached', childScript, { ...strapiEnv, PORT: String(portB), PUBLIC_API_CACHE: 'true' });
  await b.ready;
  const urlB = (p) => `http://127.0.0.1:${portB}${p}`;
  const stored = {};
  for (const url of mix.distinct) {
    const res = await fetch(urlB(url));
    const body = await res.text();
    if (res.status !== 200) throw new Error(`mix: ${url} answered ${res.status}: ${body.slice(0, 200)}`);
    stored[url] = { status: 200, type: res.headers.get('content-type'), etag: res.headers.get('etag'), body };
  }
  const again = await fetch(urlB(mix.distinct[0]));
  if (again.headers.get('x-cache') !== 'hit') throw new Error('mix: the cache did not keep the answers (is it on?)');
  log(`  ✓ ${mix.distinct.length} distinct URLs answered 200 and kept; ${mix.sequence.length} requests, the most asked URL ${mix.sequence.filter((r) => r.path === mix.distinct[0]).length} times`);
  const answersFile = path.join(TMP, 'bench-answers.json');
  fs.writeFileSync(answersFile, JSON.stringify(stored));
  results.cached = await measure(options, '(b) public endpoint, cached, URL mix', urlB(''), { pid: b.child.pid, requests: mix.sequence });
  await stopChild(b.child);
  const f = await bare('prerendered', 'prerendered-server.js', { BENCH_ANSWERS: answersFile });
  results.prerendered = await measure(options, '(f) pre-rendered bytes, URL mix', f.url(''), { pid: f.child.pid, requests: mix.sequence });
  await stopChild(f.child);

  // ── report ──────────────────────────────────────────────────────────────────────────────────────────
  const ratio = (x, y) =>
    results[x].valid && results[y].valid && results[y].reqPerSec > 0 ? results[x].reqPerSec / results[y].reqPerSec : null;
  const verdict = (value, target, atMost = false) =>
    value === null ? 'INVALID' : (atMost ? value <= target : value >= target) ? 'PASS' : 'FAIL';
  const checks = [];
  for (const name of Object.keys(cases)) {
    const u = `${name}.uncached`;
    checks.push(
      { name: `${name}: uncached / bare SQL (normalised)`, value: ratio(u, `${name}.bareSql`), target: TARGETS.vsBareSql },
      { name: `${name}: uncached / stock route`, value: ratio(u, `${name}.stock`), target: TARGETS.vsStock },
      { name: `${name}: uncached / bare read model`, value: ratio(u, `${name}.bareReadModel`), target: TARGETS.vsBareReadModel },
      { name: `${name}: uncached p99 (ms)`, value: results[u].valid ? results[u].p99 : null, target: TARGETS.p99, atMost: true },
    );
  }
  checks.push({ name: 'cached / pre-rendered bytes (URL mix)', value: ratio('cached', 'prerendered'), target: TARGETS.cachedVsPrerendered });
  for (const check of checks) check.verdict = verdict(check.value, check.target, check.atMost);

  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  log(`\n== results (${options.db}, scale ${options.scale}: ${seed.programmes} programmes; ${options.duration} s × ${options.connections} connections each)`);
  log(`${pad('target', 48)}${lpad('req/s', 10)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('2xx', 8)}${lpad('non-2xx', 9)}${lpad('errors', 8)}`);
  for (const r of Object.values(results)) {
    log(`${pad(r.label, 48)}${lpad(r.reqPerSec.toFixed(1), 10)}${lpad(r.p50, 9)}${lpad(r.p99, 9)}${lpad(r.ok2xx, 8)}${lpad(r.non2xx, 9)}${lpad(r.errors, 8)}${r.valid ? '' : '  INVALID'}`);
  }
  log('');
  for (const c of checks) {
    const shown = c.value === null ? 'n/a' : c.atMost ? `${c.value} ms` : `${c.value.toFixed(2)}×`;
    log(`${pad(c.name, 44)}${lpad(shown, 10)}  (target ${c.atMost ? '≤' : '≥'} ${c.target}${c.atMost ? ' ms' : '×'})  ${c.verdict}`);
  }
  log('');
  log('what every target does, and where they differ:');
  log('  - the same request gives every target the same total and the same first page (checked above, by documentId');
  log('    and order): published Latvian programmes, newest first (publishedAt, then documentId, both descending), 25 a page, each with');
  log('    its municipality, target groups and legal basis. No target authenticates: the stock route is opened without');
  log('    authentication in the bench\'s own process only (scripts/bench/stock-route.js), as the public endpoint has none.');
  log('  - facets: (a), (d) and (e) count municipality, target group, kind and state; the stock route has no facets.');
  log('  - search: (a), (c) and (d) find the same programmes; (a) and (e) through the read model\'s full-text index,');
  log('    (c) and (d) with LIKE on title, summary and description. Ranking by relevance (the default with `q`) has');
  log('    no baseline: it is measured for information only ("search ranked"). (a) and (e) count the facets of a sorted');
  log('    search and order its matches in the search index each process keeps in memory (public-api/search-index.ts:');
  log('    facet values and order ranks, read once per state of the read model, which each request checks first); the');
  log('    warm-up builds it. (d) counts and orders in SQL on every request; the stock route counts nothing.');
  log('  - (d) validates only the parameters it serves; (a) validates every parameter (zod) and adds ETag and headers.');
  log('  - the cached case (b) and the ceiling (f) answer the same mix of URLs, (f) with the bytes (b) gave, from memory.');
  log('  Ratios compare req/s from this run only (the machine is shared and noisy).');

  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version, platform: process.platform },
    options,
    database: options.db,
    seed: {
      ms: seed.ms,
      rows: seed.rows,
      scale: seed.scale,
      today,
      tables: seed.counts,
      municipalities: seed.municipalities.length,
      programmes: seed.programmes,
      activities: seed.activities,
      measurements: seed.measurements,
      readModelMs: seed.readModelMs,
      readModelRows: seed.readModelRows,
    },
    cases: Object.fromEntries(
      Object.entries(cases).map(([name, c]) => [name, { public: c.public, stock: stockPath(c.stockFilters), ...answers[name] }]),
    ),
    mix: { distinct: mix.distinct.length, requests: mix.sequence.length },
    results,
    checks,
  };
  fs.writeFileSync(path.join(TMP, 'bench-result.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('\nwritten: .tmp/bench-result.json (first pages as answered: .tmp/bench-sample-<case>-<target>.json)');

  const invalid = Object.values(results).some((r) => !r.valid);
  const missed = checks.some((c) => c.verdict !== 'PASS');
  return invalid || (options.enforce && missed) ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`\nbench failed: ${error.message}`);
    await cleanup();
    process.exit(1);
  });
