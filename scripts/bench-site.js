#!/usr/bin/env node
/**
 * `npm run bench:site`: the residents' website (src/site/) at national scale. Seeds the bench's national data set
 * (scripts/bench/seed-national.js) into a fresh database, renders the public read model from it, and in one run:
 *
 *   - asks every URL of a mix of site pages (each municipality's page, its programme, event and result lists,
 *     national lists by kind and their next pages, a search, programme and event pages, the accessibility and data
 *     pages, English pages, the Atom feed) once: each must answer 200 and weigh at most 100 KB with its stylesheet
 *     (the site has no script), and come from the cache when asked again;
 *   - measures with autocannon (each target warmed up under the same load first, then BENCH_DURATION s ×
 *     BENCH_CONNECTIONS connections, each connection going through the same sequence skewed like real traffic):
 *       (b) the site with its response cache on (the server time asked about: p50 < 20 ms),
 *       (f) a bare Node `http` server answering the same URLs with the site's bytes from memory (the ceiling: what
 *           the cached site reaches of it is reported, for information),
 *       (a) the site with the cache off (for information: every request renders its page from the read model);
 *   - reads the sitemap index and every sitemap file it lists (each at most 25,000 addresses, every address once).
 *
 * Every target answers the same URLs with the same bytes (the ceiling serves what the site answered). The bench's
 * client runs on the same 2 cores as the server: the latencies include its share. Prints req/s, p50 and p99 and the
 * checks, writes .tmp/bench-site-result.json; BENCH_ENFORCE=true exits 1 on a miss.
 *
 * Env: BENCH_SCALE (1), BENCH_DURATION (10), BENCH_CONNECTIONS (10), BENCH_WARMUP (3), BENCH_TIMEOUT (60),
 * BENCH_DB=sqlite|postgres, BENCH_KEEP_DB, BENCH_WORD (pakalpojumiem), BENCH_ENFORCE.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { compileStrapi } = require('@strapi/strapi');
const { ROOT, TMP, startChild, stopChild, freePort, cleanups, cleanup } = require('./bench/processes');
const { createDatabase } = require('./bench/database');
const { benchStrapiEnv } = require('./bench/strapi-env');
const { measure } = require('./bench/measure');
const { zipfMix } = require('./bench/url-mix');

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
  word: process.env.BENCH_WORD || 'pakalpojumiem',
  enforce: process.env.BENCH_ENFORCE === 'true',
  file: path.join(TMP, 'bench-site.db'),
};
/** The targets: the cached server time (p50, ms, at most) and a page's weight with its stylesheet (bytes). */
const TARGETS = { cachedP50: 20, pageBytes: 100 * 1024 };

const log = (...args) => console.log(...args);

/** The pages residents and search engines ask for, from the seed's municipalities and items. */
function siteUrls(seed, kinds, word) {
  const urls = [
    '/',
    '/en',
    '/programmas',
    '/pasakumi',
    '/rezultati',
    '/pieklustamiba',
    '/dati',
    '/en/programmes',
    '/en/events',
  ];
  urls.push('/programmas/atom.xml', `/programmas?q=${word}`, '/programmas?state=open&sort=closesOn:asc');
  for (const kind of kinds) urls.push(`/programmas?kind=${kind}`);
  for (let page = 2; page <= 5; page++) urls.push(`/programmas?page=${page}`, `/pasakumi?page=${page}`);
  for (const { slug } of seed.municipalities) {
    urls.push(
      `/${slug}`,
      `/en/${slug}`,
      `/programmas?municipality=${slug}`,
      `/programmas?municipality=${slug}&state=open`,
      `/pasakumi?municipality=${slug}`,
      `/rezultati?municipality=${slug}`,
    );
  }
  const published = (list) => list.filter((item) => item.published);
  for (const p of published(seed.programmeIds).slice(0, 150)) urls.push(`/programmas/${p.documentId}`);
  for (const p of published(seed.programmeIds).slice(0, 30)) urls.push(`/en/programmes/${p.documentId}`);
  for (const a of published(seed.activityIds).slice(0, 60)) urls.push(`/pasakumi/${a.documentId}`);
  return [...new Set(urls)];
}

/** A page's kind for the size report ("/programmas?kind=grant" → "programmes list"). */
function pageKind(url) {
  const { pathname, search } = new URL(url, 'http://x');
  const parts = pathname
    .replace(/^\/en(?=\/|$)/, '')
    .split('/')
    .filter(Boolean);
  if (pathname.endsWith('.xml')) return 'Atom feed';
  if (parts.length === 0) return 'home';
  if (parts.length === 2) return parts[0] === 'pasakumi' ? 'event page' : 'programme page';
  const names = {
    programmas: 'programmes list',
    programmes: 'programmes list',
    pasakumi: 'events list',
    events: 'events list',
    rezultati: 'results',
    pieklustamiba: 'accessibility statement',
    dati: 'data page',
  };
  return names[parts[0]] ?? (search ? 'list' : 'municipality page');
}

async function main() {
  log(
    `machine: ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}, Node ${process.version}`,
  );
  log('\n== compile (TypeScript → dist)');
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: false });
  const database = await createDatabase(options);
  cleanups.push(database.drop);
  log(`== database: ${database.describe}`);

  // the site's absolute links (canonical, sitemap, feeds) name it
  const { strapiEnv } = benchStrapiEnv(database, { scale: options.scale, publicUrl: 'https://portals.example.lv' });
  const childScript = path.join(__dirname, 'bench', 'strapi-child.js');

  log('\n== seed (a Strapi process of its own), then the public read model rendered from it');
  const seeder = startChild('site-seed', childScript, {
    ...strapiEnv,
    PORT: String(await freePort()),
    PUBLIC_API_CACHE: 'false',
    BENCH_SEED: 'true',
  });
  const { seed } = await seeder.ready;
  await stopChild(seeder.child);
  log(
    `  seeded ${seed.rows.toLocaleString('en')} rows: ${seed.municipalities.length} municipalities, ${seed.programmes} programmes, ${seed.activities} activities`,
  );

  const kinds = Object.keys(
    require(path.join(ROOT, 'dist', 'src', 'plugins', 'se-planning', 'common', 'vocabulary.js')).programmeKinds,
  );
  const distinct = siteUrls(seed, kinds, options.word);
  const mix = zipfMix(distinct, { requests: 6000, seed: 20261203 });
  const results = {
    options,
    seed: { rows: seed.rows, programmes: seed.programmes, activities: seed.activities },
    pages: {},
  };

  // ── the cached site: every URL once (200, weight, kept), then measured ─────────────────────────────────
  log('\n== the site, cache on: every URL of the mix asked once');
  const port = await freePort();
  const site = startChild('site-cached', childScript, { ...strapiEnv, PORT: String(port), PUBLIC_API_CACHE: 'true' });
  await site.ready;
  const at = (p) => `http://127.0.0.1:${port}${p}`;
  const stored = {};
  const css = new Map();
  const sizes = {};
  for (const url of distinct) {
    const started = process.hrtime.bigint();
    const res = await fetch(at(url));
    const body = await res.text();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${body.slice(0, 200)}`);
    const sheet = /<link rel="stylesheet" href="([^"]+)"/.exec(body)?.[1];
    if (sheet && !css.has(sheet)) css.set(sheet, Buffer.byteLength(await (await fetch(at(sheet))).text()));
    const bytes = Buffer.byteLength(body) + (sheet ? css.get(sheet) : 0);
    if (/<script(?! type="application\/ld\+json")/.test(body)) throw new Error(`${url}: the page has a script`);
    const kind = pageKind(url);
    const entry = (sizes[kind] ??= { pages: 0, maxBytes: 0, maxUrl: null, firstMs: [] });
    entry.pages += 1;
    entry.firstMs.push(ms);
    if (bytes > entry.maxBytes) Object.assign(entry, { maxBytes: bytes, maxUrl: url });
    stored[url] = { status: 200, type: res.headers.get('content-type'), etag: res.headers.get('etag'), body };
  }
  const again = await fetch(at(distinct[0]));
  if (again.headers.get('x-cache') !== 'hit') throw new Error('the cache did not keep the pages (is it on?)');
  for (const [kind, entry] of Object.entries(sizes)) {
    const sorted = entry.firstMs.sort((a, b) => a - b);
    results.pages[kind] = {
      pages: entry.pages,
      maxBytes: entry.maxBytes,
      maxUrl: entry.maxUrl,
      firstAnswerMedianMs: Number(sorted[Math.floor(sorted.length / 2)].toFixed(1)),
    };
    log(
      `  ✓ ${kind}: ${entry.pages} pages, heaviest ${(entry.maxBytes / 1024).toFixed(1)} KB with its stylesheet (${entry.maxUrl}), first answer (uncached) median ${results.pages[kind].firstAnswerMedianMs} ms`,
    );
  }

  log('\n== the sitemap');
  const index = await (await fetch(at('/sitemap.xml'))).text();
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const seen = new Set();
  let largest = 0;
  for (const file of files) {
    const res = await fetch(at(file));
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${file} answered ${res.status}`);
    const locs = [...text.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    if (locs.length > 25000) throw new Error(`${file} lists ${locs.length} addresses`);
    for (const loc of locs) {
      if (seen.has(loc)) throw new Error(`${loc} is listed twice`);
      seen.add(loc);
    }
    largest = Math.max(largest, Buffer.byteLength(text));
  }
  results.sitemap = { files: files.length, addresses: seen.size, largestFileBytes: largest };
  log(
    `  ✓ ${files.length} sitemap files, ${seen.size.toLocaleString('en')} addresses, each once; the largest file ${(largest / 1048576).toFixed(1)} MB`,
  );

  log(`\n== measured: ${mix.sequence.length} requests over ${distinct.length} URLs (Zipf)`);
  results.cached = await measure(options, '(b) site, cached', at(''), { pid: site.child.pid, requests: mix.sequence });
  await stopChild(site.child);

  const answersFile = path.join(TMP, 'bench-site-answers.json');
  fs.writeFileSync(answersFile, JSON.stringify(stored));
  const bare = startChild('site-prerendered', path.join(__dirname, 'bench', 'prerendered-server.js'), {
    ...process.env,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    BENCH_ANSWERS: answersFile,
  });
  const { port: barePort } = await bare.ready;
  results.prerendered = await measure(options, '(f) pre-rendered bytes', `http://127.0.0.1:${barePort}`, {
    pid: bare.child.pid,
    requests: mix.sequence,
  });
  await stopChild(bare.child);

  const uncachedPort = await freePort();
  const uncached = startChild('site-uncached', childScript, {
    ...strapiEnv,
    PORT: String(uncachedPort),
    PUBLIC_API_CACHE: 'false',
  });
  await uncached.ready;
  results.uncached = await measure(options, '(a) site, cache off (information)', `http://127.0.0.1:${uncachedPort}`, {
    pid: uncached.child.pid,
    requests: mix.sequence,
  });
  await stopChild(uncached.child);

  // ── report ──────────────────────────────────────────────────────────────────────────────────────────
  const valid = ['cached', 'prerendered'].every((name) => results[name].valid);
  const heaviest = Math.max(...Object.values(results.pages).map((p) => p.maxBytes));
  const checks = [
    { name: 'cached p50 (ms, at most)', value: results.cached.p50, target: TARGETS.cachedP50, atMost: true },
    {
      name: 'heaviest page with its stylesheet (bytes, at most)',
      value: heaviest,
      target: TARGETS.pageBytes,
      atMost: true,
    },
  ].map((check) => ({
    ...check,
    verdict: !valid
      ? 'INVALID'
      : (check.atMost ? check.value <= check.target : check.value >= check.target)
        ? 'PASS'
        : 'FAIL',
  }));
  results.checks = checks;
  log('\n== result');
  log(
    `  (b) cached ${results.cached.reqPerSec.toFixed(1)} req/s, p50 ${results.cached.p50} ms, p99 ${results.cached.p99} ms`,
  );
  log(
    `  (f) pre-rendered ${results.prerendered.reqPerSec.toFixed(1)} req/s, p50 ${results.prerendered.p50} ms, p99 ${results.prerendered.p99} ms`,
  );
  log(
    `  (a) uncached ${results.uncached.reqPerSec.toFixed(1)} req/s, p50 ${results.uncached.p50} ms, p99 ${results.uncached.p99} ms`,
  );
  results.cachedVsPrerendered = results.cached.reqPerSec / results.prerendered.reqPerSec;
  log(
    `  cached / pre-rendered: ${results.cachedVsPrerendered.toFixed(2)}× the ceiling's req/s (information: no target)`,
  );
  for (const check of checks)
    log(`  ${check.verdict}: ${check.name}: ${Number(check.value.toFixed(2))} (target ${check.target})`);
  fs.writeFileSync(path.join(TMP, 'bench-site-result.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwritten: ${path.relative(ROOT, path.join(TMP, 'bench-site-result.json'))}`);
  return checks.every((check) => check.verdict === 'PASS') || !options.enforce;
}

main()
  .then(async (ok) => {
    await cleanup();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
