/**
 * The public API's edge: the CORS allowlist from PUBLIC_API_ORIGINS (checked at start-up), security headers and
 * no software banner, no anonymous write or non-public content-API route reaching anything, public registration
 * closed, and the per-client rate limit on /api/* (exact 429 after the limit, Retry-After, Strapi's error shape).
 *
 * This file starts its Strapi with a low rate limit; its requests all come from 127.0.0.1, so the rate-limit tests
 * run last and exhaust the budget the earlier tests left.
 */
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { http, startStrapi, stopStrapi } from './helpers/strapi';
import { allowedOrigins, DEVELOPMENT_ORIGINS } from '../src/edge/allowed-origins';
import { clientKey } from '../src/edge/client-key';
import { fixedWindowLimiter } from '../src/edge/fixed-window-limiter';
import { RATE_LIMIT_DEFAULTS, rateLimitSettings } from '../src/edge/rate-limit-settings';
import { closePublicRegistration } from '../src/edge/public-registration';
import publicRateLimit from '../src/middlewares/public-rate-limit';
import middlewaresConfig from '../config/middlewares';

const ROOT = path.resolve(__dirname, '..');
const ALLOWED = 'https://www.parauga-novads.lv';
const ALSO_ALLOWED = 'https://parauga-novads.lv';
const FOREIGN = 'https://www.parauga-novads.lv.evil.example';
const LIMIT = 400;
const WINDOW = 900;

const ENV_KEYS = ['PUBLIC_API_ORIGINS', 'PUBLIC_API_RATE_LIMIT', 'PUBLIC_API_RATE_WINDOW'] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
const restoreEnv = () => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
};

let strapi: Core.Strapi;

beforeAll(async () => {
  process.env.PUBLIC_API_ORIGINS = ` ${ALLOWED}, ${ALSO_ALLOWED} `;
  process.env.PUBLIC_API_RATE_LIMIT = String(LIMIT);
  process.env.PUBLIC_API_RATE_WINDOW = String(WINDOW);
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
});
afterAll(async () => {
  await stopStrapi();
  restoreEnv();
});

const envOf =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

describe('PUBLIC_API_ORIGINS', () => {
  it('accepts exact http(s) origins, trimmed and without duplicates', () => {
    expect(allowedOrigins(`${ALLOWED}, http://localhost:8080 ,${ALLOWED},`, 'production')).toEqual([
      ALLOWED,
      'http://localhost:8080',
    ]);
  });

  it('allows no other website when unset, except a local one in development; set but empty means none', () => {
    expect(allowedOrigins(undefined, 'production')).toEqual([]);
    expect(allowedOrigins(undefined, 'test')).toEqual([]);
    expect(allowedOrigins(undefined, 'development')).toEqual([...DEVELOPMENT_ORIGINS]);
    expect(allowedOrigins('', 'development')).toEqual([]);
    expect(allowedOrigins(' , ', 'development')).toEqual([]);
  });

  it.each([
    ['*', /wildcard/],
    ['https://*.parauga-novads.lv', /wildcard/],
    [`${ALLOWED}/`, /did you mean "https:\/\/www\.parauga-novads\.lv"/],
    [`${ALLOWED}/api`, /did you mean "https:\/\/www\.parauga-novads\.lv"/],
    [`${ALLOWED}:443`, /did you mean "https:\/\/www\.parauga-novads\.lv"/],
    ['https://WWW.Parauga-Novads.lv', /did you mean "https:\/\/www\.parauga-novads\.lv"/],
    ['https://ķekava.lv', /did you mean "https:\/\/xn--/],
    ['https://user:pass@parauga-novads.lv', /did you mean "https:\/\/parauga-novads\.lv"/],
    ['www.parauga-novads.lv', /is not an origin/],
    ['null', /is not an origin/],
    ['ftp://parauga-novads.lv', /not an http\(s\) origin/],
  ])('refuses %s with a message naming the variable and the entry', (entry, why) => {
    const attempt = () => allowedOrigins(`${ALLOWED},${entry}`, 'production');
    expect(attempt).toThrow(why);
    expect(attempt).toThrow(/^PUBLIC_API_ORIGINS: ".*" .*e\.g\. https:\/\/www\.parauga-novads\.lv$/);
  });

  it('stops the configuration, and Strapi itself, on a bad value', () => {
    const env = envOf({ PUBLIC_API_ORIGINS: `${ALLOWED}/` });
    expect(() => middlewaresConfig({ env } as never)).toThrow(/PUBLIC_API_ORIGINS/);
    process.env.PUBLIC_API_ORIGINS = '*';
    try {
      expect(() => createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') } as any)).toThrow(
        /PUBLIC_API_ORIGINS: "\*" is a wildcard/,
      );
    } finally {
      process.env.PUBLIC_API_ORIGINS = ALLOWED;
    }
  });
});

describe('rate limit settings and counting', () => {
  it('reads the limit and window strictly, with defaults', () => {
    expect(rateLimitSettings(envOf({}))).toEqual(RATE_LIMIT_DEFAULTS);
    expect(RATE_LIMIT_DEFAULTS).toEqual({ limit: 300, window: 60 });
    expect(rateLimitSettings(envOf({ PUBLIC_API_RATE_LIMIT: '0', PUBLIC_API_RATE_WINDOW: ' 10 ' }))).toEqual({
      limit: 0,
      window: 10,
    });
    expect(() => rateLimitSettings(envOf({ PUBLIC_API_RATE_LIMIT: '30s' }))).toThrow(/PUBLIC_API_RATE_LIMIT.*"30s"/);
    expect(() => rateLimitSettings(envOf({ PUBLIC_API_RATE_LIMIT: '-1' }))).toThrow(/PUBLIC_API_RATE_LIMIT/);
    expect(() => rateLimitSettings(envOf({ PUBLIC_API_RATE_WINDOW: '0' }))).toThrow(
      /PUBLIC_API_RATE_WINDOW.*at least 1/,
    );
  });

  it('allows `limit` requests per window from the first one, then refuses until the window ends', () => {
    const limiter = fixedWindowLimiter({ limit: 3, windowMs: 10_000 });
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.hit('a', t0 + i).remaining)).toEqual([2, 1, 0]);
    expect(limiter.hit('a', t0 + 4_000)).toEqual({ allowed: false, limit: 3, remaining: 0, resetSeconds: 6 });
    expect(limiter.hit('b', t0 + 4_000)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 10 });
    expect(limiter.hit('a', t0 + 9_999).allowed).toBe(false);
    expect(limiter.hit('a', t0 + 10_000)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 10 });
  });

  it('forgets clients as their windows pass and never holds more than maxClients', () => {
    const limiter = fixedWindowLimiter({ limit: 1, windowMs: 1_000, maxClients: 50 });
    for (let i = 0; i < 40; i++) limiter.hit(`old-${i}`, 0);
    expect(limiter.size).toBe(40);
    limiter.hit('new', 1_000);
    expect(limiter.size).toBe(1);
    for (let i = 0; i < 500; i++) limiter.hit(`flood-${i}`, 1_500);
    expect(limiter.size).toBe(50);
  });

  it('counts IPv4 (also as mapped by the dual-stack socket) per address and IPv6 per /64 network', () => {
    expect(clientKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:a:b:1:2:3:4')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:db8:a:b::99')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:0db8:000a:000b:ffff::1')).toBe('2001:db8:a:b::/64');
    expect(clientKey('2001:db8:a:c::1')).toBe('2001:db8:a:c::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('does nothing at all with PUBLIC_API_RATE_LIMIT=0', async () => {
    const fakeStrapi = { config: { get: (_key: string, fallback: unknown) => fallback } } as any;
    const handler = publicRateLimit({ limit: 0, window: 60 }, { strapi: fakeStrapi }) as any;
    const ctx = { path: '/api/target-groups', ip: '203.0.113.9', set: jest.fn() };
    const next = jest.fn(async () => undefined);
    for (let i = 0; i < 5; i++) await handler(ctx, next);
    expect(next).toHaveBeenCalledTimes(5);
    expect(ctx.set).not.toHaveBeenCalled();
  });
});

describe('middleware order', () => {
  const names = () =>
    (strapi.config.get('middlewares') as Array<string | { name: string }>).map((entry) =>
      typeof entry === 'string' ? entry : entry.name,
    );

  it('has no X-Powered-By banner, and limits before the public cache and body parsing', () => {
    const order = names();
    expect(order).not.toContain('strapi::poweredBy');
    const at = (name: string) => {
      expect(order).toContain(name);
      return order.indexOf(name);
    };
    expect(at('strapi::security')).toBeLessThan(at('global::security-headers'));
    expect(at('global::security-headers')).toBeLessThan(at('strapi::cors'));
    expect(at('strapi::cors')).toBeLessThan(at('global::public-rate-limit'));
    expect(at('global::public-rate-limit')).toBeLessThan(at('strapi::body'));
    expect(at('global::public-rate-limit')).toBeLessThan(at('global::public-cache'));
  });
});

describe('CORS', () => {
  const get = (origin?: string) => {
    const req = http(strapi).get('/api/target-groups');
    return origin ? req.set('Origin', origin) : req;
  };
  const preflight = (origin: string, method: string, url = '/api/support-programmes') =>
    http(strapi)
      .options(url)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', 'accept,if-none-match');

  it('echoes an allowed origin, without credentials, and exposes the cache and rate-limit headers', async () => {
    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const res = await get(origin);
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe(origin);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Origin/);
      expect(res.headers['access-control-expose-headers']?.split(',')).toEqual(
        expect.arrayContaining(['ETag', 'Retry-After', 'RateLimit-Remaining', 'RateLimit-Reset']),
      );
    }
  });

  it.each([FOREIGN, 'http://www.parauga-novads.lv', 'https://parauga-novads.lv.evil.example', 'null'])(
    'does not allow %s',
    async (origin) => {
      const res = await get(origin);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Origin/);
    },
  );

  it('never answers with a wildcard, not even to requests without an Origin', async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await http(strapi).options('/api/target-groups').set('Access-Control-Request-Method', 'GET');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an allowed preflight with read methods only', async () => {
    const res = await preflight(ALLOWED, 'GET');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-allow-methods']).toBe('GET,HEAD,OPTIONS');
    expect(res.headers['access-control-allow-headers']).toMatch(/If-None-Match/);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    // A browser compares the requested method with the allowed ones: a cross-origin write never gets sent.
    const write = await preflight(ALLOWED, 'DELETE');
    expect(write.headers['access-control-allow-methods']).not.toMatch(/DELETE|POST|PUT|PATCH/);
  });

  it('gives a foreign preflight nothing to go on, on the API and on the admin', async () => {
    for (const url of ['/api/support-programmes', '/admin/login']) {
      const res = await preflight(FOREIGN, url === '/admin/login' ? 'POST' : 'GET', url);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-methods']).toBeUndefined();
    }
  });
});

describe('security headers', () => {
  const BANNER = /strapi|koa|express|node\.?js|\bnode\b/i;

  const expectNoBanner = (headers: Record<string, string>) => {
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers.server).toBeUndefined();
    expect(headers.strapi).toBeUndefined();
    for (const [name, value] of Object.entries(headers)) {
      expect(name).not.toMatch(BANNER);
      if (name !== 'etag') expect(`${name}: ${value}`).not.toMatch(BANNER);
    }
  };

  it.each([
    ['a list', '/api/support-programmes', 200],
    ['the calendar feed', '/api/engagement-activities/calendar.ics', 200],
    ['a validation error', '/api/support-programmes?colour=red', 400],
    ['an unknown route', '/api/nothing-here', 404],
    ['a refused route', '/api/users', 403],
  ])('are on %s of the public API, strict and without a banner', async (_, url, status) => {
    const res = await http(strapi).get(url).set('Origin', ALLOWED);
    expect(res.status).toBe(status);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expectNoBanner(res.headers);
  });

  it('leave the admin its own policy (same-origin framing, its script and image sources) and no banner', async () => {
    const res = await http(strapi).get('/admin/init');
    expect(res.status).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const csp = res.headers['content-security-policy'];
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).not.toMatch(/default-src 'none'/);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers.server).toBeUndefined();
  });

  it('do not let the health check announce the software', async () => {
    const res = await http(strapi).get('/_health');
    expect(res.status).toBe(204);
    expect(res.headers.strapi).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers.server).toBeUndefined();
  });
});

describe('no anonymous write or non-public route', () => {
  const PLUGIN_PREFIX = 'plugin::se-planning.';
  const pluginTypes = () =>
    Object.entries(strapi.contentTypes)
      .filter(([uid]) => uid.startsWith(PLUGIN_PREFIX))
      .map(([uid, schema]) => ({ uid, plural: (schema as any).info.pluralName as string }));

  /** Row counts of every plugin type and of the users-permissions users: what a write would change. */
  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const { uid } of pluginTypes()) counts[uid] = await strapi.db.query(uid as any).count();
    counts.users = await strapi.db.query('plugin::users-permissions.user').count();
    return counts;
  };

  const publicPaths = async () => {
    const programme = (await http(strapi).get('/api/support-programmes?pageSize=1')).body.data[0];
    const activity = (await http(strapi).get('/api/engagement-activities?pageSize=1')).body.data[0];
    expect(programme?.slug).toBeTruthy();
    expect(activity?.slug).toBeTruthy();
    return [
      '/api/support-programmes',
      `/api/support-programmes/${programme.slug}`,
      `/api/support-programmes/${programme.documentId}`,
      '/api/engagement-activities',
      '/api/engagement-activities/calendar.ics',
      `/api/engagement-activities/${activity.slug}`,
      '/api/municipalities',
      '/api/target-groups',
    ];
  };

  it('refuses POST, PUT, PATCH and DELETE on every public path and changes nothing', async () => {
    const paths = await publicPaths();
    const before = await snapshot();
    // Each supertest request has its own port, which the calendar feed's links name.
    const bodies = () =>
      Promise.all(paths.map(async (url) => (await http(strapi).get(url)).text.replace(/127\.0\.0\.1:\d+/g, 'host')));
    const bodiesBefore = await bodies();
    const payload = { data: { name: 'Ielauzies', title: 'Ielauzies', slug: 'ielauzies', publishedAt: new Date() } };
    for (const url of paths) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const res = await http(strapi)[method](url).set('Origin', ALLOWED).send(payload);
        expect({ method, url, status: res.status }).toEqual({ method, url, status: 405 });
        expect(res.headers.allow).toBe('HEAD, GET');
      }
    }
    expect(await snapshot()).toEqual(before);
    expect(await bodies()).toEqual(bodiesBefore);
  });

  it('does not reach the plugin’s types through Strapi’s core content-API routes', async () => {
    const named = ['support-programmes', 'risks', 'data-sources', 'monitoring-activities', 'plans', 'review-events'];
    const plurals = [...new Set([...named, ...pluginTypes().map((type) => type.plural)])];
    expect(plurals.length).toBeGreaterThan(named.length);
    // The app's own public routes share some of these names; the test above covers them.
    const publicNames = ['support-programmes', 'engagement-activities', 'municipalities', 'target-groups', 'plans'];
    const before = await snapshot();
    for (const plural of plurals) {
      const bases = [`/api/se-planning/${plural}`];
      if (!publicNames.includes(plural)) bases.push(`/api/${plural}`);
      // What Strapi's core router would offer: find and create on the collection, update on a document.
      for (const base of bases) {
        for (const [method, url] of [
          ['get', base],
          ['post', base],
          ['put', `${base}/1`],
        ] as const) {
          const res = await http(strapi)
            [method](url)
            .send({ data: { title: 'x' } });
          // Strapi answers writes to unknown /api paths with 405 (its router's allowedMethods), reads with 404.
          const refused = res.status === 404 || (method !== 'get' && res.status === 405) ? 'refused' : res.status;
          expect({ method, url, refused }).toEqual({ method, url, refused: 'refused' });
          expect(res.body?.data ?? null).toBeNull();
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers every other content-API route of every plugin with 401, 403 or 404 (sign-in routes aside)', async () => {
    const probes: Array<{ method: string; url: string }> = [];
    for (const [name, plugin] of Object.entries(strapi.plugins)) {
      const contentApi = (plugin as any).routes?.['content-api'];
      for (const route of contentApi?.routes ?? []) {
        const prefix = route.config?.prefix ?? `/${name}`;
        const url = `/api${prefix}${route.path === '/' ? '' : route.path}`
          .replace(/:[A-Za-z]+/g, '1')
          .replace('(.*)', 'github');
        // users-permissions' own sign-in routes are public by design; registration is checked below.
        if (name === 'users-permissions' && /^\/api\/(auth|connect)\//.test(url)) continue;
        probes.push({ method: route.method.toLowerCase(), url });
      }
    }
    expect(probes.map((p) => p.url)).toEqual(
      expect.arrayContaining(['/api/users', '/api/upload', '/api/i18n/locales']),
    );
    for (const { method, url } of probes) {
      const res = await (http(strapi) as any)[method](url).send({});
      const refused = [401, 403, 404].includes(res.status) ? 'refused' : res.status;
      expect({ method, url, refused }).toEqual({ method, url, refused: 'refused' });
      expect(res.body?.data ?? null).toBeNull();
    }
  });

  it('gives no user data from /api/users', async () => {
    await strapi.db.query('plugin::users-permissions.user').create({
      data: { username: 'edge-probe', email: 'edge-probe@tests.lv', password: 'Nav-Svarigi-123', provider: 'local' },
    });
    for (const url of ['/api/users', '/api/users/1', '/api/users/me', '/api/users/count', '/api/users?populate=*']) {
      const res = await http(strapi).get(url);
      expect([401, 403]).toContain(res.status);
      expect(res.text).not.toMatch(/edge-probe/);
    }
  });

  it('keeps public registration closed, every start', async () => {
    const users = await strapi.db.query('plugin::users-permissions.user').count();
    const res = await http(strapi)
      .post('/api/auth/local/register')
      .send({ username: 'iedzivotajs', email: 'iedzivotajs@tests.lv', password: 'Parole-123456' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      data: null,
      error: { status: 400, name: 'ApplicationError', message: 'Register action is currently disabled', details: {} },
    });
    expect(await strapi.db.query('plugin::users-permissions.user').count()).toBe(users);

    // An admin turning it on in the settings lasts until the next start; other settings are kept.
    const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
    const settings = (await store.get({})) as Record<string, unknown>;
    expect(settings.allow_register).toBe(false);
    await store.set({ value: { ...settings, allow_register: true } });
    await closePublicRegistration(strapi);
    await closePublicRegistration(strapi);
    expect(await store.get({})).toEqual({ ...settings, allow_register: false });
  });
});

// Last: it exhausts the budget of 127.0.0.1 for the rest of this file's Strapi.
describe('rate limit on /api/*', () => {
  it('counts every public API answer, refuses the request after the limit with 429, and spares the admin', async () => {
    const first = await http(strapi).get('/api/target-groups');
    expect(first.status).toBe(200);
    expect(first.headers['ratelimit-limit']).toBe(String(LIMIT));
    expect(first.headers['ratelimit-policy']).toBe(`${LIMIT};w=${WINDOW}`);
    const reset = Number(first.headers['ratelimit-reset']);
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(WINDOW);
    const left = Number(first.headers['ratelimit-remaining']);
    // The earlier tests used part of the budget, but not all of it.
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(LIMIT - 1);

    const etag = first.headers.etag;
    for (let i = left - 1; i >= 0; i--) {
      // Conditional requests count too: the limit sits before the cache.
      const res = await http(strapi).get('/api/target-groups').set('If-None-Match', etag);
      expect({ status: res.status, remaining: res.headers['ratelimit-remaining'] }).toEqual({
        status: 304,
        remaining: String(i),
      });
    }

    const over = await http(strapi).get('/api/target-groups').set('Origin', ALLOWED);
    expect(over.status).toBe(429);
    const retryAfter = over.headers['retry-after'];
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(WINDOW);
    expect(over.headers['ratelimit-remaining']).toBe('0');
    expect(over.headers['ratelimit-reset']).toBe(retryAfter);
    expect(over.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: `Pārāk daudz pieprasījumu; mēģiniet vēlreiz pēc ${retryAfter} s`,
        details: {},
      },
    });
    // The website can read the refusal (CORS headers stay), and the answer is not marked cacheable.
    expect(over.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(over.headers['cache-control']).toBeUndefined();
    expect(over.headers.etag).toBeUndefined();

    // Every public path, cached or not, and writes too.
    for (const res of [
      await http(strapi).get('/api/target-groups').set('If-None-Match', etag),
      await http(strapi).get('/api/support-programmes'),
      await http(strapi).get('/api/engagement-activities/calendar.ics'),
      await http(strapi).post('/api/auth/local').send({ identifier: 'a', password: 'b' }),
      // X-Forwarded-For is not trusted without TRUST_PROXY: it cannot buy a fresh budget.
      await http(strapi).get('/api/target-groups').set('X-Forwarded-For', '198.51.100.23'),
    ]) {
      expect(res.status).toBe(429);
    }

    // The admin panel and the health check are not limited.
    const admin = await http(strapi).get('/admin/init');
    expect(admin.status).toBe(200);
    expect(admin.headers['ratelimit-limit']).toBeUndefined();
    expect((await http(strapi).get('/_health')).status).toBe(204);
  });
});
