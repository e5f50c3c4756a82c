/**
 * The database goes away under a running instance (its own process) and comes back: meanwhile a request that needs
 * the database is answered 503 with Retry-After within seconds (no hang, no 500, no crash), a public answer the
 * cache keeps is still served; once the database is back the same requests are answered again within seconds, with
 * no restart, and the cache's listener says it reconnected. The outage is made without stopping the shared server:
 * the run's database refuses new connections (ALLOW_CONNECTIONS false) and every connection to it is ended.
 * PostgreSQL only: skipped, visibly, elsewhere.
 */
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { startStrapi, stopStrapi, unique, type Staff } from './helpers/strapi';
import { startInstance, stopInstances, type Instance } from './helpers/instances';
import { loginAt, superAdmin } from './helpers/instance-staff';
import { as, eventually } from './helpers/requests';

const url = process.env.DATABASE_URL;
const describeOnPostgres = url ? describe : describe.skip;

/** Runs statements about the run's database from a connection to the server's `postgres` database. */
async function onServer(run: (client: Client, database: { name: string; quoted: string }) => Promise<unknown>) {
  const server = new URL(url!);
  const name = decodeURIComponent(server.pathname.slice(1));
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await run(client, { name, quoted: `"${name.replace(/"/g, '""')}"` });
  } finally {
    await client.end();
  }
}

/** The run's database refuses new connections, and every connection it has is ended. */
const databaseAway = () =>
  onServer(async (client, database) => {
    await client.query(`ALTER DATABASE ${database.quoted} ALLOW_CONNECTIONS false`);
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database.name],
    );
  });
const databaseBack = () =>
  onServer((client, database) => client.query(`ALTER DATABASE ${database.quoted} ALLOW_CONNECTIONS true`));

/** How long a request took, with its answer. */
async function timed(request: () => PromiseLike<Response>) {
  const started = Date.now();
  const res = await request();
  return { res, ms: Date.now() - started };
}

/** Repeats a request until it answers `status`, giving the time from the first try. */
async function until(status: number, request: () => PromiseLike<Response>, timeoutMs: number) {
  const started = Date.now();
  let last: Response | undefined;
  while (Date.now() - started < timeoutMs) {
    last = await request();
    if (last.status === status) return { res: last, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`still ${last?.status} after ${timeoutMs} ms: ${JSON.stringify(last?.body)}`);
}

describeOnPostgres('a database outage under a running instance (PostgreSQL)', () => {
  let strapi: Core.Strapi;
  let x: Instance;
  let staff: Staff;
  const kept = '/api/municipalities';
  const admin = () => x.http().get('/admin/users/me').set(as(staff));
  const search = () => x.http().get(`/api/support-programmes?q=${encodeURIComponent(unique('meklēt'))}`);

  beforeAll(async () => {
    strapi = await startStrapi();
    x = await startInstance('outage', { LOG_LEVEL: 'info' });
    staff = await loginAt(x, await superAdmin(strapi, 'Dežurants'));
  }, 300_000);

  afterAll(async () => {
    await databaseBack(); // whatever happened, the run's database takes connections again
    await stopInstances();
    await stopStrapi();
  });

  it('answers 503 with Retry-After while the database is away, and again as before once it is back', async () => {
    // before: answered, and the public answer kept (the second through the edge, before Koa)
    expect((await admin()).status).toBe(200);
    expect((await search()).status).toBe(200);
    expect((await search()).status).toBe(200);
    await x.http().get(kept);
    expect((await x.http().get(kept)).headers['x-cache']).toBe('hit');

    await databaseAway();
    try {
      const refusals = [await timed(admin), await timed(search)];
      for (const { res, ms } of refusals) {
        expect(res.status).toBe(503);
        expect(ms).toBeLessThan(10_000);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError' });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        // the driver's words and stack stay in the log
        expect(JSON.stringify(res.body)).not.toMatch(/knex|pg_|terminat|ECONN|\bat \w+ \(/i);
      }
      // what the cache keeps needs no database: still served
      // the public one answered before Koa (the edge), with the route's headers but not its content's
      expect(refusals[1].res.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(refusals[1].res.headers['content-disposition']).toBeUndefined();
      const fromCache = await x.http().get(kept);
      expect(fromCache.status).toBe(200);
      expect(fromCache.headers['x-cache']).toBe('hit');
      expect(x.log()).toMatch(/\[database\] unavailable: \d+ request\(s\) answered 503/);
      // an outage of some seconds: the listener tries again meanwhile, the instance keeps answering 503
      await eventually(async () => /cache listener: reconnection attempt 2 failed/.test(x.log()), 10_000);
      expect(x.log()).toMatch(/cache listener lost its connection/);
      const later = await timed(admin);
      expect(later.res.status).toBe(503);
      expect(later.ms).toBeLessThan(10_000);
      expect((await x.http().get(kept)).headers['x-cache']).toBe('hit');
      console.log(
        `database outage: 503 after ${refusals.map(({ ms }) => `${ms} ms`).join(' (admin), ')} (public search)`,
      );
    } finally {
      await databaseBack();
    }
    const back = Date.now();
    const recovered = await until(200, admin, 15_000);
    const searched = await until(200, search, 15_000);
    expect(x.child.exitCode).toBeNull();
    expect(x.child.signalCode).toBeNull();
    await eventually(async () => /cache listener connected again \(attempt \d+\); cache emptied/.test(x.log()), 15_000);
    const listening = Date.now() - back;
    // emptied once on reconnecting (a change may have been missed meanwhile), kept again after
    expect((await x.http().get(kept)).headers['x-cache']).toBe('miss');
    expect((await x.http().get(kept)).headers['x-cache']).toBe('hit');
    console.log(
      `database back: admin 200 after ${recovered.ms} ms, search after ${searched.ms} ms more, listener after ${listening} ms`,
    );
  });

  it('leaves the test process’s own Strapi working too', async () => {
    await eventually(async () => {
      try {
        await strapi.db.connection.raw('select 1');
        return true;
      } catch {
        return false;
      }
    }, 15_000);
  });
});
