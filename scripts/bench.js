#!/usr/bin/env node
/**
 * `npm run bench`: seeds a national-scale data set into a fresh database and, in one run, measures
 * with autocannon the public list endpoint filtered by municipality, kind and state against two
 * baselines on the same data:
 *   (a) the public endpoint, uncached   (Strapi child with PUBLIC_API_CACHE=false)
 *   (b) the public endpoint, cached     (Strapi child restarted with the cache on)
 *   (c) Strapi's stock core REST route for support programmes (bench-only, read-only API token)
 *   (d) a bare Node `http` server issuing the equivalent SQL (scripts/bench/bare-sql-server.js)
 * Every target must answer 200 with the same total before it is measured; each run must have no
 * non-2xx answer and no error. Prints req/s, p50 and p99 and the ratios against the targets
 * (uncached ≥ 3× stock, cached ≥ 0.5× bare SQL) and writes .tmp/bench-result.json.
 *
 * Env: BENCH_SCALE (1), BENCH_DURATION seconds per target (10), BENCH_CONNECTIONS (10),
 * BENCH_WARMUP seconds of sequential warm-up requests per target (3), BENCH_TIMEOUT seconds per
 * request (60), BENCH_DB=sqlite|postgres (sqlite: .tmp/bench.db, removed at the end; postgres: a
 * fresh database on BENCH_PG_URL's or DATABASE_URL's server, default
 * postgres://postgres@127.0.0.1:5432/postgres, dropped at the end), BENCH_KEEP_DB=true to keep
 * either for inspection, BENCH_KIND (grant), BENCH_MUNICIPALITY (default: the seeded municipality
 * with the most programmes), BENCH_ENFORCE=true to exit 1 when a target is missed (a failed check
 * or a run with errors or non-2xx answers always exits 1).
 */
'use strict';
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const crypto = require('crypto');
const { fork } = require('child_process');
const autocannon = require('autocannon');
const { compileStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..');
const TMP = path.join(ROOT, '.tmp');
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
  enforce: process.env.BENCH_ENFORCE === 'true',
};
const TARGETS = { uncachedVsStock: 3, cachedVsBare: 0.5 };

const log = (...args) => console.log(...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ── child processes (Strapi, bare SQL server): always stopped on the way out ──────────────
const children = new Set();
function startChild(name, script, env) {
  fs.mkdirSync(TMP, { recursive: true });
  const logFile = path.join(TMP, `bench-${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = fork(script, [], { cwd: ROOT, env, stdio: ['ignore', fd, fd, 'ipc'] });
  fs.closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within 10 minutes (see ${logFile})`)),
      600000,
    );
    child.on('message', (message) => {
      if (message && message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      } else if (message && message.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`${name} failed: ${message.message.split('\n')[0]} (see ${logFile})`));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal || code}) before it was ready (see ${logFile})`));
    });
  });
  return { child, ready, logFile };
}

function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// ── the database: a fresh one per run ─────────────────────────────────────────────────────
async function createDatabase() {
  if (options.db === 'sqlite') {
    const file = path.join(TMP, 'bench.db');
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

// ── HTTP helpers ──────────────────────────────────────────────────────────────────────────
async function getJson(url, headers = {}) {
  const started = process.hrtime.bigint();
  const res = await fetch(url, { headers });
  const text = await res.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, ms };
}

/** Checks a target answers 200 with the expected total (when known) and returns that total. */
async function check(label, url, headers, expectedTotal, sample) {
  const { status, body, ms } = await getJson(url, headers);
  if (sample) fs.writeFileSync(path.join(TMP, `bench-sample-${sample}.json`), `${JSON.stringify(body, null, 2)}\n`);
  const total = body && body.meta && body.meta.pagination ? body.meta.pagination.total : undefined;
  if (status !== 200) throw new Error(`${label}: expected 200, got ${status}: ${JSON.stringify(body).slice(0, 300)}`);
  if (!Number.isInteger(total)) throw new Error(`${label}: no meta.pagination.total in the answer`);
  if (expectedTotal !== undefined && total !== expectedTotal) {
    throw new Error(
      `${label}: total ${total}, expected ${expectedTotal} (the targets do not select the same programmes)`,
    );
  }
  log(`  ✓ ${label}: 200, total ${total}, ${body.data.length} on the page (${ms.toFixed(0)} ms)`);
  return total;
}

/** CPU ticks (user + system) a process has used, from /proc (Linux); null elsewhere. */
function cpuTicks(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Waits until the server process is idle (under ~5 % of a core for a second), at most 2 minutes. */
async function waitIdle(pid) {
  const deadline = Date.now() + 120000;
  let previous = cpuTicks(pid);
  if (previous === null) return sleep(2000);
  let quiet = 0;
  while (quiet < 2 && Date.now() < deadline) {
    await sleep(500);
    const ticks = cpuTicks(pid);
    if (ticks === null) return;
    quiet = ticks - previous <= 2 ? quiet + 1 : 0; // 100 ticks per second
    previous = ticks;
  }
}

/** Sequential warm-up requests (none left in flight afterwards), then autocannon. */
async function measure(label, url, headers = {}, pid) {
  if (pid) await waitIdle(pid);
  const until = Date.now() + options.warmup * 1000;
  let warm = 0;
  while (Date.now() < until || warm < 3) {
    const { status } = await getJson(url, headers);
    if (status !== 200) throw new Error(`${label}: warm-up answered ${status}`);
    warm++;
  }
  log(`  … ${label}: ${warm} warm-up requests, then ${options.duration} s with ${options.connections} connections`);
  const result = await autocannon({
    url,
    headers,
    connections: options.connections,
    duration: options.duration,
    timeout: options.timeout,
  });
  const run = {
    label,
    url,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    latencyAvg: result.latency.average,
    requests: result.requests.total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSec: result.throughput.average,
    duration: result.duration,
  };
  run.valid = run.non2xx === 0 && run.errors === 0 && run.ok2xx > 0;
  log(
    `  ${run.valid ? '✓' : '✗'} ${label}: ${run.reqPerSec.toFixed(1)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms` +
      ` (${run.ok2xx} × 2xx, ${run.non2xx} non-2xx, ${run.errors} errors, ${run.timeouts} timeouts)`,
  );
  return run;
}

/** Nested query object → bracket-notation query string (Strapi's REST syntax). */
function toQueryString(value, prefix = '', pairs = []) {
  if (Array.isArray(value)) value.forEach((item, index) => toQueryString(item, `${prefix}[${index}]`, pairs));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) toQueryString(item, prefix ? `${prefix}[${key}]` : key, pairs);
  } else
    pairs.push(
      `${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`,
    );
  return pairs.join('&');
}

const secret = () => crypto.randomBytes(24).toString('base64');

// ── the run ───────────────────────────────────────────────────────────────────────────────
async function main() {
  const startedAt = new Date();
  log(`npm run bench — scale ${options.scale}, ${options.duration} s × ${options.connections} connections per target`);
  log(
    `machine: ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, Node ${process.version}`,
  );

  log('\n== compile (TypeScript → dist)');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: false });

  const database = await createDatabase();
  cleanups.push(database.drop);
  log(`== database: ${database.describe}`);

  const baseEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_FILENAME', 'PORT', 'HOST']) delete baseEnv[key];
  // Production mode with throw-away secrets for this run (the same for both Strapi children).
  const strapiEnv = {
    ...baseEnv,
    ...database.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    // required in production; the measured routes build no absolute links
    PUBLIC_URL: 'http://127.0.0.1',
    PUBLIC_API_RATE_LIMIT: '0',
    BENCH_SCALE: String(options.scale),
  };
  const childScript = path.join(__dirname, 'bench', 'strapi-child.js');

  // ── seed in a Strapi of its own, which then stops: the servers measured never did the bulk
  // inserts (their memory and SQLite page cache are those of an app that just started) ─────────
  log('\n== seed (a Strapi process of its own)');
  const seeding = Date.now();
  const seeder = startChild('strapi-seed', childScript, {
    ...strapiEnv,
    PORT: String(await freePort()),
    PUBLIC_API_CACHE: 'false',
    BENCH_SEED: 'true',
  });
  const { seed, token, schema } = await seeder.ready;
  await stopChild(seeder.child);
  log(
    `  seeded ${seed.rows.toLocaleString('en')} rows in ${(seed.ms / 1000).toFixed(1)} s ` +
      `(${seed.municipalities.length} municipalities, ${seed.programmes} programmes, ${seed.activities} activities, ` +
      `${seed.counts ? Object.keys(seed.counts).length : 0} tables; ${((Date.now() - seeding) / 1000).toFixed(1)} s in all)`,
  );

  // ── Strapi, cache off: (c) the stock route and (a) the public endpoint ───────────────────
  log('\n== Strapi (PUBLIC_API_CACHE=false)');
  const portA = await freePort();
  const a = startChild('strapi-uncached', childScript, {
    ...strapiEnv,
    PORT: String(portA),
    PUBLIC_API_CACHE: 'false',
  });
  await a.ready;

  const municipality =
    process.env.BENCH_MUNICIPALITY || [...seed.municipalities].sort((x, y) => y.programmes - x.programmes)[0].slug;
  const selection = { municipality, kind: options.kind, state: 'open' };
  const publicPath = `/api/support-programmes?${new URLSearchParams(selection)}`;
  const today = seed.today;
  const stockQuery = {
    filters: {
      plan: { municipality: { slug: { $eq: municipality } } },
      kind: { $eq: options.kind },
      $and: [
        { $or: [{ opensOn: { $null: true } }, { opensOn: { $lte: today } }] },
        { $or: [{ closesOn: { $null: true } }, { closesOn: { $gte: today } }] },
        { $or: [{ opensOn: { $notNull: true } }, { closesOn: { $notNull: true } }] },
      ],
    },
    locale: 'lv',
    status: 'published',
    sort: ['closesOn:asc', 'id:asc'],
    pagination: { page: 1, pageSize: 25 },
    populate: {
      targetGroups: { fields: ['slug', 'name', 'nameEn'] },
      plan: { fields: ['title'], populate: { municipality: { fields: ['slug', 'name'] } } },
      legalBasis: { fields: ['title', 'url'] },
    },
  };
  const stockPath = `/api/se-planning/support-programmes?${toQueryString(stockQuery)}`;
  const auth = { Authorization: `Bearer ${token}` };
  const urlA = (p) => `http://127.0.0.1:${portA}${p}`;

  log(`\n== selection: municipality=${municipality}, kind=${options.kind}, state=open (today ${today}, Europe/Riga)`);
  const total = await check('public endpoint (uncached)', urlA(publicPath), {}, undefined, 'public');
  if (total === 0) throw new Error('the selection is empty: choose another BENCH_KIND or BENCH_MUNICIPALITY');
  const anonymous = await getJson(urlA(stockPath));
  if (![401, 403].includes(anonymous.status)) {
    throw new Error(`the stock route answered ${anonymous.status} without a token: it must not be public`);
  }
  log(`  ✓ stock route without a token: ${anonymous.status} (not opened to the Public role)`);
  await check('stock route (read-only token)', urlA(stockPath), auth, total, 'stock');

  log('\n== measure');
  const results = {};
  results.stock = await measure('(c) stock Strapi route', urlA(stockPath), auth, a.child.pid);
  results.uncached = await measure('(a) public endpoint, uncached', urlA(publicPath), {}, a.child.pid);
  await stopChild(a.child);

  // ── Strapi restarted with the cache on: (b) ────────────────────────────────────────────
  log('\n== Strapi (cache on)');
  const portB = await freePort();
  const b = startChild('strapi-cached', childScript, { ...strapiEnv, PORT: String(portB), PUBLIC_API_CACHE: 'true' });
  await b.ready;
  const urlB = (p) => `http://127.0.0.1:${portB}${p}`;
  await check('public endpoint (cache on)', urlB(publicPath), {}, total);
  results.cached = await measure('(b) public endpoint, cached', urlB(publicPath), {}, b.child.pid);
  await stopChild(b.child);

  // ── the bare SQL server: (d) ───────────────────────────────────────────────────────────
  log('\n== bare Node http + SQL server');
  const portD = await freePort();
  const d = startChild('bare-sql', path.join(__dirname, 'bench', 'bare-sql-server.js'), {
    ...baseEnv,
    ...database.env,
    PORT: String(portD),
    HOST: '127.0.0.1',
    BENCH_SCHEMA: JSON.stringify(schema),
  });
  await d.ready;
  const urlD = (p) => `http://127.0.0.1:${portD}${p}`;
  await check('bare SQL server', urlD(publicPath), {}, total, 'bare');
  results.bare = await measure('(d) bare SQL server', urlD(publicPath), {}, d.child.pid);
  await stopChild(d.child);

  // ── report ─────────────────────────────────────────────────────────────────────────────
  const ratio = (x, y) =>
    results[x].valid && results[y].valid && results[y].reqPerSec > 0
      ? results[x].reqPerSec / results[y].reqPerSec
      : null;
  const ratios = {
    uncachedVsStock: { value: ratio('uncached', 'stock'), target: TARGETS.uncachedVsStock },
    cachedVsBare: { value: ratio('cached', 'bare'), target: TARGETS.cachedVsBare },
  };
  for (const r of Object.values(ratios))
    r.verdict = r.value === null ? 'INVALID' : r.value >= r.target ? 'PASS' : 'FAIL';

  const rows = [
    ['(a) public endpoint, uncached', results.uncached],
    ['(b) public endpoint, cached', results.cached],
    ['(c) stock Strapi route + token', results.stock],
    ['(d) bare Node http + SQL', results.bare],
  ];
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  log(
    `\n== results (${options.db}, scale ${options.scale}: ${seed.programmes} programmes; selection total ${total}; ${options.duration} s × ${options.connections} connections each)`,
  );
  log(
    `${pad('target', 34)}${lpad('req/s', 10)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('2xx', 8)}${lpad('non-2xx', 9)}${lpad('errors', 8)}`,
  );
  for (const [name, r] of rows) {
    log(
      `${pad(name, 34)}${lpad(r.reqPerSec.toFixed(1), 10)}${lpad(r.p50, 9)}${lpad(r.p99, 9)}${lpad(r.ok2xx, 8)}${lpad(r.non2xx, 9)}${lpad(r.errors, 8)}${r.valid ? '' : '  INVALID'}`,
    );
  }
  const show = (r) => (r.value === null ? 'n/a' : `${r.value.toFixed(2)}×`);
  log('');
  log(
    `uncached / stock route : ${lpad(show(ratios.uncachedVsStock), 8)}  (target ≥ ${TARGETS.uncachedVsStock}×)   ${ratios.uncachedVsStock.verdict}`,
  );
  log(
    `cached / bare SQL      : ${lpad(show(ratios.cachedVsBare), 8)}  (target ≥ ${TARGETS.cachedVsBare}×) ${ratios.cachedVsBare.verdict}`,
  );
  log('');
  log('notes: the stock route is the closest stock equivalent of the public list — filters on plan.municipality.slug,');
  log(
    '  kind and the open window (opensOn/closesOn, at least one set), locale=lv, status=published, sort closesOn:asc',
  );
  log('  (SQLite puts nulls first, the public endpoint last: same selection, page order may differ), pageSize 25,');
  log('  populate targetGroups, plan.municipality and legalBasis; it answers every non-private field and no facets.');
  log('  The bare SQL server answers the same list shape without facets. Ratios compare req/s from this run only.');

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
    },
    selection: { ...selection, total },
    paths: { public: publicPath, stock: stockPath },
    results,
    ratios,
  };
  fs.writeFileSync(path.join(TMP, 'bench-result.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`\nwritten: .tmp/bench-result.json (first pages as answered: .tmp/bench-sample-{public,stock,bare}.json)`);

  const invalid = Object.values(results).some((r) => !r.valid);
  const missed = Object.values(ratios).some((r) => r.verdict !== 'PASS');
  return invalid || (options.enforce && missed) ? 1 : 0;
}

// ── clean-up on every way out ─────────────────────────────────────────────────────────────
const cleanups = [];
let cleaning = null;
function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      await Promise.all([...children].map(stopChild));
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`clean-up: ${error.message}`);
        }
      }
    })();
  }
  return cleaning;
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
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
