/**
 * The public API answered at the HTTP server, before Koa (src/edge/public-answers.ts), once Koa has answered a
 * route: the same bytes and headers as the full middleware chain gives (security headers, CORS per Origin, ETag),
 * from the response cache or from the route's controller; 304 for If-None-Match, HEAD without a body; errors,
 * requests with credentials and the first request of a route and Origin go through Koa.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, makePlan, startStrapi, stopStrapi } from './helpers/strapi';
import { reviewAndPublish } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
const ALLOWED = 'https://www.parauga-novads.lv';
const saved = process.env.PUBLIC_API_ORIGINS;

beforeAll(async () => {
  process.env.PUBLIC_API_ORIGINS = ALLOWED;
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
});
afterAll(async () => {
  await stopStrapi();
  if (saved === undefined) delete process.env.PUBLIC_API_ORIGINS;
  else process.env.PUBLIC_API_ORIGINS = saved;
});

/**
 * Who answered the requests made since the last `clear`: Koa's public-cache middleware looks each of its public
 * reads up in the cache (`get`); the edge never does (it uses `sendable`).
 */
function watch() {
  const cache = getService(strapi, 'public-cache');
  const koa = jest.spyOn(cache, 'get');
  const kept = jest.spyOn(cache, 'sendable');
  return {
    /** Koa answered none of them. */
    byEdge: () => koa.mock.calls.length === 0,
    /** The edge found a kept answer for one of them. */
    fromCache: () => kept.mock.results.some((result) => result.value !== undefined),
    clear: () => [koa, kept].forEach((spy) => spy.mockClear()),
    restore: () => [koa, kept].forEach((spy) => spy.mockRestore()),
  };
}

/** A response's headers but those of that one answer (its date, length, version, cache and rate-limit state, id). */
const lasting = (headers: Record<string, string>) => {
  const {
    date: _d,
    etag: _e,
    'content-length': _l,
    'x-cache': _c,
    'ratelimit-remaining': _r,
    'ratelimit-reset': _s,
    'x-request-id': _i,
    ...rest
  } = headers;
  return rest;
};

let seen: ReturnType<typeof watch>;
beforeEach(() => {
  getService(strapi, 'public-cache').clear();
  seen = watch();
});
afterEach(() => seen.restore());

describe('the public API at the HTTP server', () => {
  it('lets Koa answer a route first, then answers it — new URLs too — with the same bytes and headers', async () => {
    const koaAnswer = await http(strapi).get('/api/support-programmes?municipality=parauga-novads&pageSize=7');
    expect(seen.byEdge()).toBe(false);
    expect(koaAnswer.headers['x-cache']).toBe('miss');

    seen.clear();
    const url = '/api/support-programmes?municipality=kaiminu-novads&pageSize=7';
    const computed = await http(strapi).get(url);
    expect(seen.byEdge()).toBe(true);
    expect(seen.fromCache()).toBe(false);
    expect(computed.status).toBe(200);
    expect(computed.headers['x-cache']).toBe('miss');
    expect(lasting(computed.headers)).toEqual(lasting(koaAnswer.headers));
    // each answer its own request id (src/edge/request-log.ts), never one learnt from Koa's answer
    expect(computed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(computed.headers['x-request-id']).not.toBe(koaAnswer.headers['x-request-id']);
    expect(computed.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(computed.headers['content-type']).toBe('application/json; charset=utf-8');

    seen.clear();
    const kept = await http(strapi).get(url);
    expect(seen.byEdge()).toBe(true);
    expect(seen.fromCache()).toBe(true);
    expect(kept.headers['x-cache']).toBe('hit');
    expect(kept.text).toBe(computed.text);
    expect(kept.headers.etag).toBe(computed.headers.etag);

    // the same answer Koa gives (a request with credentials always goes through Koa: only its middleware marks
    // an answer private)
    const viaKoa = await http(strapi).get(url).set('Authorization', 'Bearer nav-derigs');
    expect(viaKoa.headers['cache-control']).toBe('private, no-store');
    expect(viaKoa.text).toBe(computed.text);
  });

  it('answers items, the calendar feed and plans by their route’s parameters', async () => {
    const { data: list } = (await http(strapi).get('/api/engagement-activities?pageSize=2')).body;
    for (const url of [
      `/api/engagement-activities/${list[0].slug}`,
      `/api/engagement-activities/${list[1].documentId}?locale=en`,
      '/api/engagement-activities/calendar.ics?municipality=parauga-novads',
    ]) {
      await http(strapi).get(`${url}${url.includes('?') ? '&' : '?'}locale=lv`); // Koa answers the route first
      seen.clear();
      const edge = await http(strapi).get(url);
      expect({ url, byEdge: seen.byEdge(), status: edge.status }).toEqual({ url, byEdge: true, status: 200 });
      const koa = await http(strapi).get(url).set('Authorization', 'Bearer nav-derigs');
      expect(edge.text).toBe(koa.text);
      expect(edge.headers['content-type']).toBe(koa.headers['content-type']);
    }
  });

  it('leaves errors to Koa: a 400 naming the parameter and a 404 in Strapi’s shape', async () => {
    await http(strapi).get('/api/support-programmes?pageSize=1');
    await http(strapi).get('/api/support-programmes/nav-tada');
    seen.clear();
    const bad = await http(strapi).get('/api/support-programmes?pageSize=10000');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['pageSize']);
    const missing = await http(strapi).get('/api/support-programmes/vel-nav-tada');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    expect(seen.byEdge()).toBe(false);
  });

  it('answers 304 to a client that has that version, and HEAD of a kept answer without a body', async () => {
    const url = '/api/target-groups?pageSize=3';
    const first = await http(strapi).get(url);
    await http(strapi).get(url);
    seen.clear();
    const notModified = await http(strapi).get(url).set('If-None-Match', first.headers.etag);
    expect(seen.byEdge()).toBe(true);
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBeFalsy();
    expect(notModified.headers.etag).toBe(first.headers.etag);
    expect(notModified.headers['content-type']).toBeUndefined();
    const head = await http(strapi).head(url);
    expect(seen.byEdge()).toBe(true);
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(first.text)));
    expect(head.text).toBeFalsy();
    const other = await http(strapi).get(url).set('If-None-Match', 'W/"other"');
    expect(other.status).toBe(200);
    expect(other.text).toBe(first.text);
  });

  it('keeps each Origin’s CORS headers: an allowed website gets its own, another none', async () => {
    const viaKoa = await http(strapi).get('/api/municipalities?pageSize=2').set('Origin', ALLOWED);
    expect(viaKoa.headers['access-control-allow-origin']).toBe(ALLOWED);
    seen.clear();
    const allowed = await http(strapi).get('/api/municipalities?pageSize=1').set('Origin', ALLOWED);
    expect(seen.byEdge()).toBe(true);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(lasting(allowed.headers)).toEqual(lasting(viaKoa.headers));
    // another Origin: Koa answers its first request, the edge the next; neither lets that website read it
    const foreign = await http(strapi).get('/api/municipalities?pageSize=2').set('Origin', 'https://evil.example');
    seen.clear();
    const again = await http(strapi).get('/api/municipalities?pageSize=1').set('Origin', 'https://evil.example');
    expect(seen.byEdge()).toBe(true);
    for (const res of [foreign, again]) expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never answers from what was kept once the data changed', async () => {
    const url = '/api/support-programmes?pageSize=100';
    await http(strapi).get(url);
    await http(strapi).get(url);
    const { plan } = await makePlan(strapi);
    const { documentId } = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { plan, title: 'Tikko publicēta programma', kind: 'grant' },
    });
    await reviewAndPublish(strapi, 'support-programme', documentId, 'lv');
    seen.clear();
    const after = await http(strapi).get(url);
    expect(seen.byEdge()).toBe(true);
    expect(seen.fromCache()).toBe(false);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body.data.map((p: { documentId: string }) => p.documentId)).toContain(documentId);
  });
});

describe('the residents’ website at the HTTP server', () => {
  it('answers a kept page there, with the bytes and headers Koa gave; a page not kept is rendered by Koa', async () => {
    const first = await http(strapi).get('/programmas?kind=grant');
    expect(first.status).toBe(200);
    expect(seen.byEdge()).toBe(false);

    // a page not kept yet: Koa renders it (the edge renders no page)
    seen.clear();
    const other = await http(strapi).get('/programmas?kind=mentoring');
    expect(seen.byEdge()).toBe(false);
    expect(other.headers['x-cache']).toBe('miss');

    seen.clear();
    const kept = await http(strapi).get('/programmas?kind=mentoring');
    expect(seen.byEdge()).toBe(true);
    expect(seen.fromCache()).toBe(true);
    expect(kept.headers['x-cache']).toBe('hit');
    expect(kept.text).toBe(other.text);
    expect(lasting(kept.headers)).toEqual(lasting(other.headers));
    expect(kept.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(kept.headers['content-security-policy']).toContain("style-src 'self'");
    const notModified = await http(strapi).get('/programmas?kind=mentoring').set('If-None-Match', kept.headers.etag);
    expect(notModified.status).toBe(304);

    // each kind of answer has its own headers: the feed's are not a page's
    await http(strapi).get('/programmas/atom.xml');
    seen.clear();
    const feed = await http(strapi).get('/programmas/atom.xml');
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(seen.byEdge()).toBe(true);
    // a 400 page is never kept, so never answered here
    await http(strapi).get('/programmas?kind=dragons');
    seen.clear();
    const bad = await http(strapi).get('/programmas?kind=dragons');
    expect(bad.status).toBe(400);
    expect(seen.byEdge()).toBe(false);
  });
});
