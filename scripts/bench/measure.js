/**
 * `npm run bench`: asking a target (one answer, timed) and measuring it with autocannon after it is idle and
 * warm. A run is valid only with no non-2xx answer and no error.
 */
'use strict';
const fs = require('fs');
const autocannon = require('autocannon');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
  return { status: res.status, body, text, ms, headers: res.headers };
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

/**
 * A warm-up run (autocannon for BENCH_WARMUP seconds with the same connections and requests, its numbers thrown
 * away: every target measured warm, its code compiled and its caches filled alike), then the measured run on one
 * URL, or on a sequence of paths (`requests`, each connection going through it in turn) against `target`.
 */
async function measure(options, label, target, { pid, requests } = {}) {
  if (pid) await waitIdle(pid);
  const { status } = await getJson(requests ? target + requests[0].path : target);
  if (status !== 200) throw new Error(`${label}: answered ${status} before the warm-up`);
  const load = (duration) =>
    autocannon({
      url: target,
      ...(requests ? { requests } : {}),
      connections: options.connections,
      duration,
      timeout: options.timeout,
    });
  const warm = await load(options.warmup);
  if (warm.non2xx || warm.errors) throw new Error(`${label}: the warm-up had ${warm.non2xx} non-2xx answers, ${warm.errors} errors`);
  if (pid) await waitIdle(pid);
  console.log(`  … ${label}: warm (${warm.requests.total} requests in ${options.warmup} s), then ${options.duration} s with ${options.connections} connections`);
  const result = await load(options.duration);
  const run = {
    label,
    url: requests ? `${target} (${requests.length} requests over ${new Set(requests.map((r) => r.path)).size} URLs)` : target,
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
  console.log(
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

module.exports = { getJson, measure, toQueryString, sleep };
