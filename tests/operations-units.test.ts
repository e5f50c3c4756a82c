/**
 * The production operations' parts without a server: the readiness check's answers (a hanging database, a failing
 * one, probes sharing one check), the request id, the log format and its lines, the demo flag.
 */
import type { Core } from '@strapi/strapi';
import readiness from '../src/middlewares/readiness';
import { requestIdOf } from '../src/edge/request-id';
import { pathOf, requestRecord } from '../src/edge/request-log';
import { jsonLogFormat, logFormatOf } from '../src/log-format';
import { demoRequested } from '../src/plugins/se-planning/server/src/demo/demo-flag';

type Probe = { path: string; method: string; status: number; body?: unknown; headers: Record<string, string> };
const probe = (path = '/_ready', method = 'GET'): Probe & { set: (k: string, v: string) => void } => {
  const ctx = {
    path,
    method,
    status: 404,
    body: undefined as unknown,
    headers: {} as Record<string, string>,
    set(name: string, value: string) {
      ctx.headers[name] = value;
    },
  };
  return ctx;
};

function readinessWith(raw: () => Promise<unknown>, timeoutMs = 50) {
  const warnings: string[] = [];
  const strapi = { db: { connection: { raw } }, log: { warn: (m: string) => warnings.push(m) } };
  const middleware = readiness({ timeoutMs }, { strapi: strapi as unknown as Core.Strapi }) as unknown as (
    ctx: Probe,
    next: () => Promise<void>,
  ) => Promise<void>;
  return { middleware, warnings };
}

describe('readiness', () => {
  it('is 200 when the database answers', async () => {
    const { middleware } = readinessWith(async () => [{ 1: 1 }]);
    const ctx = probe();
    await middleware(ctx, async () => undefined);
    expect(ctx.status).toBe(200);
    expect(ctx.body).toEqual({ status: 'ok', database: 'ok' });
    expect(ctx.headers['Cache-Control']).toBe('no-store');
  });

  it('is 503 within its timeout when the database does not answer', async () => {
    const { middleware, warnings } = readinessWith(() => new Promise(() => undefined), 50);
    const ctx = probe();
    const started = Date.now();
    await middleware(ctx, async () => undefined);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(ctx.status).toBe(503);
    expect(ctx.body).toEqual({ status: 'unavailable', database: 'timeout after 50 ms' });
    expect(warnings.join()).toMatch(/did not answer within 50 ms/);
  });

  it("is 503 with the error's code, never its message, when the database fails", async () => {
    const failure = Object.assign(new Error('database "secret_db" is not currently accepting connections'), {
      code: '55000',
    });
    const { middleware, warnings } = readinessWith(() => Promise.reject(failure));
    const ctx = probe();
    await middleware(ctx, async () => undefined);
    expect(ctx.status).toBe(503);
    expect(ctx.body).toEqual({ status: 'unavailable', database: 'error 55000' });
    expect(warnings.join()).toContain('secret_db');
    const odd = readinessWith(() => Promise.reject(Object.assign(new Error('x'), { code: 'not a "code"' })));
    const other = probe();
    await odd.middleware(other, async () => undefined);
    expect(other.body).toEqual({ status: 'unavailable', database: 'error' });
  });

  it('shares one check between probes that arrive together', async () => {
    let queries = 0;
    const { middleware } = readinessWith(async () => {
      queries += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const probes = [probe(), probe(), probe()];
    await Promise.all(probes.map((ctx) => middleware(ctx, async () => undefined)));
    expect(queries).toBe(1);
    expect(probes.map((ctx) => ctx.status)).toEqual([200, 200, 200]);
    await middleware(probe(), async () => undefined);
    expect(queries).toBe(2);
  });

  it('leaves other paths alone and allows only GET and HEAD', async () => {
    const { middleware } = readinessWith(async () => undefined);
    let passed = false;
    await middleware(probe('/_ready/x'), async () => {
      passed = true;
    });
    expect(passed).toBe(true);
    const post = probe('/_ready', 'POST');
    await middleware(post, async () => undefined);
    expect(post.status).toBe(405);
    expect(post.headers.Allow).toBe('GET, HEAD');
  });

  it('refuses a timeout that is not a positive whole number', () => {
    expect(() => readinessWith(async () => undefined, 0)).toThrow(/timeoutMs must be a positive whole number/);
  });
});

describe('request id', () => {
  it("keeps a caller's short token and replaces anything else", () => {
    expect(requestIdOf('abc-123_x.y:z')).toBe('abc-123_x.y:z');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const given of [undefined, '', 'a b', 'a"b', 'a\nb', '-leading', 'x'.repeat(65), ['a', 'b']]) {
      expect(requestIdOf(given)).toMatch(uuid);
    }
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
  });
});

describe('log format', () => {
  it('is JSON in production and text elsewhere unless LOG_FORMAT says, and refuses other values', () => {
    expect(logFormatOf(undefined, 'production')).toBe('json');
    expect(logFormatOf('', 'development')).toBe('text');
    expect(logFormatOf('text', 'production')).toBe('text');
    expect(logFormatOf(' JSON ', 'development')).toBe('json');
    expect(() => logFormatOf('xml', 'production')).toThrow(/LOG_FORMAT must be json or text/);
  });

  it('writes a request without its query string, capped in length', () => {
    expect(pathOf('/api/support-programmes?q=vards&page=2')).toBe('/api/support-programmes');
    expect(pathOf(undefined)).toBe('/');
    expect(pathOf(`/${'a'.repeat(5000)}`)).toHaveLength(2049);
    const now = new Date('2026-01-02T03:04:05.678Z');
    expect(requestRecord({ method: 'GET', url: '/x?y=1' }, 503, 12.345, 'id-1', false, now)).toEqual({
      time: '2026-01-02T03:04:05.678Z',
      level: 'error',
      msg: 'request',
      method: 'GET',
      path: '/x',
      status: 503,
      durationMs: 12.3,
      requestId: 'id-1',
    });
    expect(requestRecord({ method: 'GET', url: '/' }, 200, 1, 'id-2', true, now)).toMatchObject({
      level: 'info',
      aborted: true,
    });
  });

  it("writes Strapi's log lines as one JSON object each", () => {
    const format = jsonLogFormat(() => new Date('2026-01-02T03:04:05.678Z'));
    const line = (info: { level: string; message: unknown; stack?: unknown }) =>
      JSON.parse(format.transform({ ...info })[Symbol.for('message')] as string);
    expect(line({ level: 'info', message: 'Strapi started successfully' })).toEqual({
      time: '2026-01-02T03:04:05.678Z',
      level: 'info',
      msg: 'Strapi started successfully',
    });
    const error = new Error('kļūda\nnākamajā rindā');
    expect(line({ level: 'error', message: error })).toMatchObject({ msg: 'kļūda\nnākamajā rindā' });
    expect(line({ level: 'error', message: error }).stack).toContain('Error: kļūda');
    expect(line({ level: 'warn', message: { a: 1 } }).msg).toBe('{"a":1}');
  });
});

describe('the demo flag', () => {
  const env = (value?: string) => (key: string) => (key === 'SE_PLANNING_DEMO' ? value : undefined);
  it('loads the demo only when it is true, never in production, and refuses other values', () => {
    expect(demoRequested(env(), 'production')).toBe(false);
    expect(demoRequested(env('false'), 'production')).toBe(false);
    expect(demoRequested(env('true'), 'development')).toBe(true);
    expect(() => demoRequested(env('true'), 'production')).toThrow(/SE_PLANNING_DEMO=true is refused/);
    expect(() => demoRequested(env('yes'), 'development')).toThrow(/SE_PLANNING_DEMO must be true or false/);
  });
});
