/**
 * The public API's kept answers are sent at the HTTP server, before Koa (src/edge/cached-answers.ts): the same
 * bytes and the same headers as the full middleware chain gave them (security headers, CORS per Origin, ETag),
 * 304 for If-None-Match, HEAD without a body; never for a request with credentials, never once the data changed.
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

/** Whether the edge sent the last answer (it found the answer and its headers: `sendable`). */
function watchEdge() {
  const spy = jest.spyOn(getService(strapi, 'public-cache'), 'sendable');
  return {
    answered: () => spy.mock.results.some((result) => result.value !== undefined),
    restore: () => spy.mockRestore(),
    clear: () => spy.mockClear(),
  };
}

/** A response's headers but those of that one response. */
const lasting = (headers: Record<string, string>) => {
  const { date: _date, 'x-cache': _cache, 'ratelimit-remaining': _left, 'ratelimit-reset': _reset, ...rest } = headers;
  return rest;
};

describe('kept answers at the HTTP server', () => {
  it('are the bytes and headers the middleware chain gave, from the second request of a URL on', async () => {
    const url = '/api/support-programmes?municipality=parauga-novads&pageSize=7';
    getService(strapi, 'public-cache').clear();
    const edge = watchEdge();
    try {
      const first = await http(strapi).get(url);
      expect(first.headers['x-cache']).toBe('miss');
      expect(edge.answered()).toBe(false);
      const second = await http(strapi).get(url);
      expect(edge.answered()).toBe(true);
      expect(second.status).toBe(200);
      expect(second.headers['x-cache']).toBe('hit');
      expect(second.text).toBe(first.text);
      expect(lasting(second.headers)).toEqual(lasting(first.headers));
      expect(second.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(second.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      edge.restore();
    }
  });

  it('answer 304 to a client that has that version, and HEAD without a body', async () => {
    const url = '/api/target-groups?pageSize=3';
    const first = await http(strapi).get(url);
    await http(strapi).get(url);
    const edge = watchEdge();
    try {
      const notModified = await http(strapi).get(url).set('If-None-Match', first.headers.etag);
      expect(edge.answered()).toBe(true);
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBeFalsy();
      expect(notModified.headers.etag).toBe(first.headers.etag);
      expect(notModified.headers['content-type']).toBeUndefined();
      edge.clear();
      const head = await http(strapi).head(url);
      expect(edge.answered()).toBe(true);
      expect(head.status).toBe(200);
      expect(head.headers['content-length']).toBe(String(Buffer.byteLength(first.text)));
      expect(head.text).toBeFalsy();
      edge.clear();
      const stale = await http(strapi).get(url).set('If-None-Match', 'W/"other"');
      expect(stale.status).toBe(200);
      expect(stale.text).toBe(first.text);
    } finally {
      edge.restore();
    }
  });

  it('keep each Origin’s CORS headers: an allowed website gets its own, another none', async () => {
    const url = '/api/municipalities?pageSize=2';
    const viaKoa = await http(strapi).get(url).set('Origin', ALLOWED);
    expect(viaKoa.headers['access-control-allow-origin']).toBe(ALLOWED);
    const edge = watchEdge();
    try {
      const allowed = await http(strapi).get(url).set('Origin', ALLOWED);
      expect(edge.answered()).toBe(true);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(lasting(allowed.headers)).toEqual(lasting(viaKoa.headers));
      edge.clear();
      const foreign = await http(strapi).get(url).set('Origin', 'https://evil.example');
      // the first request from that Origin goes through Koa, the next from the edge: neither allows it
      const again = await http(strapi).get(url).set('Origin', 'https://evil.example');
      expect(edge.answered()).toBe(true);
      for (const res of [foreign, again]) expect(res.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      edge.restore();
    }
  });

  it('never answer a request with credentials, and never after the data changed', async () => {
    const url = '/api/support-programmes?pageSize=100';
    await http(strapi).get(url);
    await http(strapi).get(url);
    const edge = watchEdge();
    try {
      const withToken = await http(strapi).get(url).set('Authorization', 'Bearer nav-derigs');
      expect(edge.answered()).toBe(false);
      expect(withToken.headers['x-cache']).toBeUndefined();
      expect(withToken.headers['cache-control']).toBe('private, no-store');

      const { plan } = await makePlan(strapi);
      const { documentId } = await docs(strapi, 'support-programme').create({
        locale: 'lv',
        data: { plan, title: 'Tikko publicēta programma', kind: 'grant' },
      });
      await reviewAndPublish(strapi, 'support-programme', documentId, 'lv');
      edge.clear();
      const after = await http(strapi).get(url);
      expect(edge.answered()).toBe(false);
      expect(after.headers['x-cache']).toBe('miss');
      expect(after.body.data.map((p: { documentId: string }) => p.documentId)).toContain(documentId);
    } finally {
      edge.restore();
    }
  });
});
