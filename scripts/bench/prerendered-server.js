/**
 * `npm run bench` ceiling (f) for the cached case: a bare Node `http` server answering every URL of the bench's
 * mix with the bytes the public endpoint gave for it (read from BENCH_ANSWERS, a JSON file of
 * { url: { status, type, etag, body } }), with the same ETag and Cache-Control headers: no parsing, no
 * database, no framework — the most a server can do with answers ready in memory.
 *
 * Env: PORT, HOST (127.0.0.1), BENCH_ANSWERS (file).
 */
'use strict';
const fs = require('fs');
const { serve } = require('./bare-http');

const answers = new Map(
  Object.entries(JSON.parse(fs.readFileSync(process.env.BENCH_ANSWERS, 'utf8'))).map(([url, answer]) => [
    url,
    {
      status: answer.status,
      type: answer.type,
      body: Buffer.from(answer.body),
      headers: { ETag: answer.etag, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
    },
  ]),
);

serve(null, async (url) => answers.get(url.pathname + url.search) ?? null);
