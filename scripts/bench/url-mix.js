/**
 * `npm run bench`: the cached case's traffic. Distinct public URLs as the municipality websites and their
 * visitors ask them — each municipality's programme list (all, open, grants, in English), its events, results
 * and plan; national lists by kind and their next pages; programme and event pages — and a sequence of requests
 * drawn from them with a skew like real traffic (Zipf: the n-th most popular URL is asked about 1/n as often as
 * the first). Deterministic: the same seed gives the same mix.
 */
'use strict';

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `seed`: the bench seed's summary; `kinds`: the programme kinds. */
function urlMix(seed, kinds, { requests = 6000, exponent = 1 } = {}) {
  const urls = [];
  for (const { slug } of seed.municipalities) {
    urls.push(
      `/api/support-programmes?municipality=${slug}`,
      `/api/support-programmes?municipality=${slug}&state=open`,
      `/api/support-programmes?municipality=${slug}&kind=grant&state=open`,
      `/api/support-programmes?municipality=${slug}&locale=en`,
      `/api/engagement-activities?municipality=${slug}`,
      `/api/results?municipality=${slug}`,
      `/api/plans?municipality=${slug}`,
    );
  }
  for (const kind of kinds) for (const page of [1, 2]) urls.push(`/api/support-programmes?kind=${kind}&page=${page}`);
  for (let page = 1; page <= 10; page++)
    urls.push(`/api/support-programmes?page=${page}`, `/api/engagement-activities?page=${page}`);
  const published = (list) => list.filter((item) => item.published);
  for (const p of published(seed.programmeIds).slice(0, 150)) urls.push(`/api/support-programmes/${p.documentId}`);
  for (const p of published(seed.programmeIds).slice(0, 50))
    urls.push(`/api/support-programmes/${p.documentId}?locale=en`);
  for (const a of published(seed.activityIds).slice(0, 60)) urls.push(`/api/engagement-activities/${a.documentId}`);
  return zipfMix([...new Set(urls)], { requests, exponent });
}

/**
 * A sequence of `requests` GETs drawn from `urls` with a skew like real traffic: each URL gets a shuffled rank, and
 * the n-th is asked about 1/n^exponent as often as the first. Deterministic for the same seed.
 */
function zipfMix(distinct, { requests = 6000, exponent = 1, seed = 20261202 } = {}) {
  const next = random(seed);
  // popularity: a shuffled rank for every URL, then Zipf weights by rank
  const ranked = distinct.map((url) => ({ url, key: next() })).sort((a, b) => a.key - b.key);
  const weights = ranked.map((_, rank) => 1 / (rank + 1) ** exponent);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  const sequence = [];
  for (let i = 0; i < requests; i++) {
    const r = next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    sequence.push({ method: 'GET', path: ranked[lo].url });
  }
  return { distinct: ranked.map((r) => r.url), sequence };
}

module.exports = { urlMix, zipfMix };
