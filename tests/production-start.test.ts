/**
 * The production start, as `NODE_ENV=production npm start` runs it (tests/helpers/instances.ts: Strapi from dist/ in
 * its own process, autoReload off): it refuses to start without PUBLIC_URL, with development secrets or with the
 * demo flag; a proper start serves the public API, loads no demo data or logins, refuses Content-Type Builder writes,
 * answers the probes (/_health, /_ready) and logs one JSON line per request. The production instance has a database
 * of its own (a SQLite file, or a PostgreSQL database this file creates and drops), never the run's, which the other
 * test files fill with demo content.
 */
import fs from 'fs';
import path from 'path';
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { runInstanceToExit, startInstance, stopInstances, type Instance } from './helpers/instances';
import { eventually } from './helpers/requests';

const ROOT = path.resolve(__dirname, '..');
const onPostgres = Boolean(process.env.DATABASE_URL);
const secret = () => randomBytes(32).toString('base64');

/** The production instance's own database, created for this file. */
const databaseName = `prod_start_${process.pid}_${Date.now().toString(36)}`;
const sqliteFile = path.join(ROOT, '.tmp', `${databaseName}.db`);
const databaseUrl = () => {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${databaseName}`;
  return url.toString();
};
/** A client on the run's database, for CREATE/ALTER/DROP DATABASE of the instance's. */
async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const production = (extra: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
  NODE_ENV: 'production',
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  PUBLIC_URL: 'https://portals.parauga-novads.lv',
  SE_PLANNING_DEMO: undefined,
  LOG_FORMAT: undefined,
  // Strapi's own request line is at the http level: shown here, so a second line per request would be seen
  LOG_LEVEL: 'http',
  ...(onPostgres ? { DATABASE_URL: databaseUrl() } : { DATABASE_URL: undefined, DATABASE_FILENAME: sqliteFile }),
  ...extra,
});

type LogLine = Record<string, unknown>;
const jsonLines = (log: string): LogLine[] =>
  log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
const requestLines = (instance: Instance) => jsonLines(instance.log()).filter((line) => line.msg === 'request');
const linesOf = (instance: Instance, requestId: string) =>
  requestLines(instance).filter((line) => line.requestId === requestId);
/** The one line of a request, once it is written. */
async function lineOf(instance: Instance, requestId: string): Promise<LogLine> {
  await eventually(async () => linesOf(instance, requestId).length > 0);
  const lines = linesOf(instance, requestId);
  expect(lines).toHaveLength(1);
  return lines[0];
}

beforeAll(async () => {
  if (onPostgres) await onServer((client) => client.query(`CREATE DATABASE ${databaseName}`));
  else fs.rmSync(sqliteFile, { force: true });
});

afterAll(async () => {
  await stopInstances();
  if (onPostgres) await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  else for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(sqliteFile + suffix, { force: true });
});

describe('a production start refuses', () => {
  it('without PUBLIC_URL', async () => {
    const run = await runInstanceToExit('prod-no-url', production({ PUBLIC_URL: undefined }));
    expect(run.ready).toBe(false);
    expect(run.log).toMatch(/PUBLIC_URL must be set in production/);
  });

  it('with a development secret', async () => {
    const run = await runInstanceToExit('prod-dev-secret', production({ ADMIN_JWT_SECRET: 'dev-only-change-me' }));
    expect(run.ready).toBe(false);
    expect(run.log).toMatch(/ADMIN_JWT_SECRET must be set to a real secret in production/);
  });

  it('with SE_PLANNING_DEMO=true, before it touches the database', async () => {
    const run = await runInstanceToExit('prod-demo', production({ SE_PLANNING_DEMO: 'true' }));
    expect(run.ready).toBe(false);
    expect(run.log).toMatch(/SE_PLANNING_DEMO=true is refused with NODE_ENV=production/);
    if (!onPostgres) expect(fs.existsSync(sqliteFile)).toBe(false);
  });

  it('with a LOG_FORMAT it does not know', async () => {
    const run = await runInstanceToExit('prod-log-format', production({ LOG_FORMAT: 'xml' }));
    expect(run.ready).toBe(false);
    expect(run.log).toMatch(/LOG_FORMAT must be json or text/);
  });
});

describe('a production instance', () => {
  let instance: Instance;
  beforeAll(async () => {
    instance = await startInstance('prod', production());
  });

  it('answers the liveness probe, /_health, with 204', async () => {
    const res = await instance.http().get('/_health').set('X-Request-Id', 'probe-health-1');
    expect(res.status).toBe(204);
    expect(res.headers['x-request-id']).toBe('probe-health-1');
    expect(res.headers.strapi).toBeUndefined();
    expect(await lineOf(instance, 'probe-health-1')).toMatchObject({ method: 'GET', path: '/_health', status: 204 });
  });

  it('answers the readiness probe, /_ready, with 200 and the database state, never cached', async () => {
    const res = await instance.http().get('/_ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await instance.http().head('/_ready')).status).toBe(200);
    const post = await instance.http().post('/_ready');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('serves the public API, with no demo data in it', async () => {
    for (const path of ['/api/support-programmes', '/api/municipalities', '/api/engagement-activities']) {
      const res = await instance.http().get(path);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual([]);
    }
  });

  it('has no demo staff login', async () => {
    const res = await instance
      .http()
      .post('/admin/login')
      .send({ email: 'admin@parauga-novads.lv', password: 'Demo-Parole-2025' });
    expect(res.status).toBe(400);
    expect(res.body.data?.token).toBeUndefined();
  });

  it('refuses a Content-Type Builder write through the admin API and changes nothing', async () => {
    // the first administrator, as the first visit to /admin registers one (there is none: no demo logins)
    const registered = await instance
      .http()
      .post('/admin/register-admin')
      .send({ email: 'it@parauga-novads.lv', firstname: 'IT', lastname: 'Nodaļa', password: `Pr0d-${secret()}` });
    expect(registered.status).toBe(200);
    const auth = { Authorization: `Bearer ${registered.body.data.token}` };
    const before = await instance.http().get('/content-type-builder/content-types').set(auth);
    expect(before.status).toBe(200);

    const res = await instance
      .http()
      .post('/content-type-builder/content-types')
      .set(auth)
      .send({
        contentType: {
          kind: 'collectionType',
          displayName: 'Proba',
          singularName: 'proba',
          pluralName: 'probas',
          draftAndPublish: false,
          attributes: { title: { type: 'string' } },
        },
        components: [],
      });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Content-Type Builder modifications are disabled in production mode/);

    const after = await instance.http().get('/content-type-builder/content-types').set(auth);
    expect(after.body.data.map((type: { uid: string }) => type.uid)).toEqual(
      before.body.data.map((type: { uid: string }) => type.uid),
    );
    expect(after.body.data.some((type: { uid: string }) => type.uid === 'api::proba.proba')).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'src', 'api', 'proba'))).toBe(false);
    expect((await instance.http().get('/_health')).status).toBe(204);
  });

  it('logs one JSON line per request, without the query string, an address or a user, and echoes X-Request-Id', async () => {
    const search = 'meklejamais-vards-zx81';
    const first = await instance.http().get(`/api/support-programmes?q=${search}`).set('X-Request-Id', 'api-read-1');
    expect(first.status).toBe(200);
    expect(first.headers['x-request-id']).toBe('api-read-1');
    // the same read again: answered at the HTTP server before Koa, from the response cache
    const second = await instance.http().get(`/api/support-programmes?q=${search}`).set('X-Request-Id', 'api-read-2');
    expect(second.status).toBe(200);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.headers['x-request-id']).toBe('api-read-2');

    const notFound = await instance.http().get('/api/nav-tadas-adreses').set('X-Request-Id', 'missing-1');
    expect(notFound.status).toBe(404);
    expect(notFound.headers['x-request-id']).toBe('missing-1');

    // an id that is not a short token is replaced by a new one
    const odd = await instance.http().get('/_ready').set('X-Request-Id', 'ne der "pedinas" un atstarpes');
    const generated = odd.headers['x-request-id'];
    expect(generated).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const long = await instance.http().get('/_ready').set('X-Request-Id', 'a'.repeat(65));
    expect(long.headers['x-request-id']).not.toBe('a'.repeat(65));

    for (const [id, status] of [
      ['api-read-1', 200],
      ['api-read-2', 200],
      ['missing-1', 404],
      [generated, 200],
    ] as const) {
      const line = await lineOf(instance, id);
      expect(Object.keys(line).sort()).toEqual(
        ['durationMs', 'level', 'method', 'msg', 'path', 'requestId', 'status', 'time'].sort(),
      );
      expect(line).toMatchObject({ level: 'info', msg: 'request', method: 'GET', status, requestId: id });
      expect(new Date(line.time as string).toISOString()).toBe(line.time);
      expect(typeof line.durationMs).toBe('number');
    }
    expect((await lineOf(instance, 'api-read-1')).path).toBe('/api/support-programmes');
    expect((await lineOf(instance, 'api-read-2')).path).toBe('/api/support-programmes');

    const log = instance.log();
    expect(log).not.toContain(search);
    expect(log).not.toContain('pedinas');
    // neither Strapi's own request line nor the edge's: one line per request
    expect(log).not.toMatch(/GET \/api\/support-programmes.* ms\)/);
    for (const line of requestLines(instance)) {
      expect(JSON.stringify(line)).not.toMatch(/127\.0\.0\.1|::1|ffff/);
    }
  });

  it("writes Strapi's own log lines as JSON too, and no start-up banner", async () => {
    const lines = jsonLines(instance.log());
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'Strapi started successfully', time: expect.any(String) }),
    );
    expect(instance.log()).not.toMatch(/^\[\d{4}-\d\d-\d\d [\d:.]+\]/m);
    expect(instance.log()).not.toContain('Project information');
  });

  (onPostgres ? it : it.skip)(
    'answers /_ready with 503 while its PostgreSQL database is unreachable, 200 again once it is back',
    async () => {
      await onServer(async (client) => {
        await client.query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS false`);
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [databaseName]);
      });
      try {
        const started = Date.now();
        const res = await instance.http().get('/_ready');
        expect(Date.now() - started).toBeLessThan(5000);
        expect(res.status).toBe(503);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.body.status).toBe('unavailable');
        expect(res.body.database).toMatch(/^(error( [A-Z0-9_]+)?|timeout after 2000 ms)$/);
        expect(JSON.stringify(res.body)).not.toContain(databaseName);
        // the liveness probe does not depend on the database
        expect((await instance.http().get('/_health')).status).toBe(204);
      } finally {
        await onServer((client) => client.query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`));
      }
      await eventually(async () => (await instance.http().get('/_ready')).status === 200, 15000);
    },
  );
});
