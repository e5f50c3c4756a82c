/**
 * The public API's response cache: repeated reads come from memory, and every change that can
 * alter an answer (publish, unpublish, approval, a plan's adoption) empties it at once — on
 * PostgreSQL also when the change was made by another app instance (LISTEN/NOTIFY).
 */
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { adoptPlan, docs, http, makePlan, staffLogin, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { api, eventually } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
const cache = () => strapi.plugin('se-planning').service('public-cache');
const review = () => strapi.plugin('se-planning').service('review');
const onPostgres = () => strapi.db.dialect.client === 'postgres';

let municipality: string;
let plan: string;
let editor: unknown;
let approver: unknown;

const slugOf = async (documentId: string) =>
  (await docs(strapi, 'municipality').findOne({ documentId })).slug as string;

/** A programme taken through the workflow: drafted, submitted, approved by someone else, published. */
async function publishedProgramme(title: string) {
  const { documentId } = await docs(strapi, 'support-programme').create({
    locale: 'lv',
    data: { title, kind: 'grant', plan },
  });
  await review().transition('support-programme', documentId, 'submit', editor);
  await review().transition('support-programme', documentId, 'approve', approver);
  await docs(strapi, 'support-programme').publish({ documentId, locale: 'lv' });
  return documentId as string;
}

beforeAll(async () => {
  strapi = await startStrapi();
  const made = await makePlan(strapi);
  plan = made.plan;
  municipality = await slugOf(made.municipality);
  const user = async (firstname: string) => {
    const { user } = await staffLogin(strapi, { firstname });
    return strapi.db.query('admin::user').findOne({ where: { id: user.id } });
  };
  editor = await user('Sastādītājs');
  approver = await user('Apstiprinātājs');
});
afterAll(stopStrapi);

describe('public response cache', () => {
  it('answers a repeated read from memory, with the same body and ETag', async () => {
    const path = `/support-programmes?municipality=${municipality}&sort=title:asc`;
    const first = await api(path);
    const second = await api(path);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    const notModified = await api(path).set('If-None-Match', first.headers.etag);
    expect(notModified.status).toBe(304);
  });

  it('is emptied when a programme is published and when it is unpublished', async () => {
    const path = `/support-programmes?municipality=${municipality}`;
    const before = await api(path);
    await api(path);
    const title = unique('Kešatmiņas grants');
    const documentId = await publishedProgramme(title);

    const published = await api(path);
    expect(published.headers['x-cache']).toBe('miss');
    expect(published.body.data.map((p: { title: string }) => p.title)).toContain(title);
    expect(published.body.meta.pagination.total).toBe(before.body.meta.pagination.total + 1);
    expect((await api(path)).headers['x-cache']).toBe('hit');

    await docs(strapi, 'support-programme').unpublish({ documentId, locale: 'lv' });
    const unpublished = await api(path);
    expect(unpublished.headers['x-cache']).toBe('miss');
    expect(unpublished.body.data.map((p: { title: string }) => p.title)).not.toContain(title);
  });

  it('is emptied by an approval and by a plan’s adoption', async () => {
    const { documentId } = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { title: unique('Apstiprināmā programma'), kind: 'mentoring', plan },
    });
    await review().transition('support-programme', documentId, 'submit', editor);
    await api('/municipalities');
    expect((await api('/municipalities')).headers['x-cache']).toBe('hit');
    await review().transition('support-programme', documentId, 'approve', approver);
    expect((await api('/municipalities')).headers['x-cache']).toBe('miss');

    const results = `/results?plan=${plan}`;
    await api(results);
    expect((await api(results)).headers['x-cache']).toBe('hit');
    await adoptPlan(strapi, plan);
    expect((await api(results)).headers['x-cache']).toBe('miss');
  });

  it('keeps no answer computed while a real write committed (a programme published meanwhile)', async () => {
    const path = `/support-programmes?municipality=${municipality}&sort=title:asc&pageSize=100`;
    const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((item) => item.title);
    const title = unique('Publicēta lasīšanas laikā');
    const { documentId } = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { title, kind: 'grant', plan },
    });
    await review().transition('support-programme', documentId, 'submit', editor);
    await review().transition('support-programme', documentId, 'approve', approver);
    await api(path);

    const catalogue = getService(strapi, 'public-programmes');
    const list = catalogue.list;
    const during = jest.spyOn(catalogue, 'list').mockImplementationOnce(async (query) => {
      const answer = await list.call(catalogue, query);
      // the answer is computed; before it is sent and kept, the programme is published
      await docs(strapi, 'support-programme').publish({ documentId, locale: 'lv' });
      return answer;
    });
    try {
      cache().clear();
      const raced = await api(path);
      expect(raced.headers['x-cache']).toBe('miss');
      expect(titles(raced)).not.toContain(title); // true when it was computed
      const next = await api(path);
      expect(next.headers['x-cache']).toBe('miss'); // the raced answer was not kept
      expect(titles(next)).toContain(title);
      expect((await api(path)).headers['x-cache']).toBe('hit');
    } finally {
      during.mockRestore();
    }
  });

  it('stays bounded: the oldest answers go first', async () => {
    strapi.config.set('plugin::se-planning.publicCache.maxEntries', 3);
    try {
      cache().clear();
      for (const page of [1, 2, 3, 4]) await api(`/target-groups?page=${page}`);
      expect(cache().size()).toBe(3);
      expect((await api('/target-groups?page=4')).headers['x-cache']).toBe('hit');
      expect((await api('/target-groups?page=1')).headers['x-cache']).toBe('miss');
    } finally {
      strapi.config.set('plugin::se-planning.publicCache.maxEntries', 1000);
    }
  });

  it('marks errors no-store and keeps none of them', async () => {
    for (const path of ['/support-programmes?colour=red', '/support-programmes/nav-tadas-programmas']) {
      const first = await api(path);
      expect([400, 404]).toContain(first.status);
      expect(first.headers['cache-control']).toBe('no-store');
      expect(first.headers.etag).toBeUndefined();
      expect((await api(path)).headers['x-cache']).toBeUndefined();
    }
  });

  it('neither caches nor marks public an authenticated request', async () => {
    const res = await api('/municipalities').set('Authorization', 'Bearer not-a-real-token');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-cache']).toBeUndefined();
  });

  it('can be switched off', async () => {
    strapi.config.set('plugin::se-planning.publicCache.enabled', false);
    try {
      await api('/target-groups');
      expect((await api('/target-groups')).headers['x-cache']).toBe('miss');
    } finally {
      strapi.config.set('plugin::se-planning.publicCache.enabled', true);
    }
  });
});

// One instance on SQLite: these run on PostgreSQL only, and show as skipped elsewhere.
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('public response cache across app instances (PostgreSQL)', () => {
  const pgClient = async () => {
    const client = new Client(strapi.config.get('database.connection.connection') as never);
    await client.connect();
    return client;
  };

  it('tells the other instances about a change', async () => {
    const client = await pgClient();
    try {
      const payloads: string[] = [];
      client.on('notification', (message) => payloads.push(String(message.payload)));
      await client.query('LISTEN se_planning_public_changed');
      await publishedProgramme(unique('Paziņotā programma'));
      await eventually(async () => payloads.includes(cache().instance));
    } finally {
      await client.end();
    }
  });

  it('tells them once for a transaction of many writes (an import), and not at all for one rolled back', async () => {
    const { plan } = await makePlan(strapi);
    const client = await pgClient();
    try {
      const payloads: string[] = [];
      client.on('notification', (message) => payloads.push(String(message.payload)));
      await client.query('LISTEN se_planning_public_changed');
      const ours = () => payloads.filter((payload) => payload === cache().instance).length;
      await expect(
        strapi.db.transaction(async () => {
          await docs(strapi, 'risk').create({ data: { plan, factor: unique('Atsauktais risks') } });
          throw new Error('atsaukts');
        }),
      ).rejects.toThrow('atsaukts');
      await strapi.db.transaction(async () => {
        for (let n = 0; n < 25; n++) await docs(strapi, 'risk').create({ data: { plan, factor: `Risks ${n}` } });
      });
      await eventually(async () => ours() > 0);
      await new Promise((resolve) => setTimeout(resolve, 500)); // any further NOTIFY would have arrived by now
      expect(ours()).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('empties its cache when another instance made a change', async () => {
    const title = unique('Citas instances programma');
    const documentId = await publishedProgramme(title);
    const path = `/support-programmes/${documentId}`;
    expect((await api(path)).body.data.title).toBe(title);
    // another instance's write of the public read model: straight to its table, so this instance's hooks never see it
    const rows = await strapi.db
      .connection({ t: 'se_public_programmes' })
      .join({ a: 'se_public_programmes_answers' }, 'a.id', 't.id')
      .where({ 't.document_id': documentId })
      .select('a.id', 'a.rendered');
    for (const row of rows) {
      const rendered = JSON.stringify({ ...JSON.parse(row.rendered), title: 'Mainīts' });
      await strapi.db.connection('se_public_programmes_answers').where({ id: row.id }).update({ rendered });
    }
    const stale = await api(path);
    expect(stale.headers['x-cache']).toBe('hit');
    expect(stale.body.data.title).toBe(title);

    const client = await pgClient();
    try {
      await client.query(`select pg_notify('se_planning_public_changed', 'another-instance')`);
    } finally {
      await client.end();
    }
    await eventually(async () => (await api(path)).body.data.title === 'Mainīts');
  });

  it('reconnects after losing its connection, logging every failed attempt, and empties its cache once it listens again', async () => {
    const warn = jest.spyOn(strapi.log, 'warn');
    const warnings = () => warn.mock.calls.map(([line]) => String(line));
    const connection = strapi.config.get('database.connection.connection') as { connectionString: string };
    const lost = cache().listenerProcessId();
    expect(cache().listening()).toBe(true);
    expect(lost).toEqual(expect.any(Number));
    await api('/target-groups');
    expect(cache().size()).toBeGreaterThan(0);
    try {
      // the database refuses the next connections (a wrong port), then the listener's connection ends
      const client = await pgClient();
      const refused = new URL(connection.connectionString);
      refused.port = '1';
      strapi.config.set('database.connection.connection', { ...connection, connectionString: refused.toString() });
      try {
        await client.query('select pg_terminate_backend($1)', [lost]);
      } finally {
        await client.end();
      }
      await eventually(async () => warnings().some((line) => /lost its connection/.test(line)), 10_000);
      expect(cache().size()).toBeGreaterThan(0); // kept answers are still served while it reconnects
      await eventually(async () => warnings().some((line) => /reconnection attempt 1 failed/.test(line)), 10_000);
      expect(cache().listening()).toBe(false);
    } finally {
      strapi.config.set('database.connection.connection', connection);
      warn.mockRestore();
    }
    // retried with backoff until the database answers again
    await eventually(async () => cache().listening(), 20_000);
    expect(cache().size()).toBe(0); // emptied once it listens again: notifications may have been missed meanwhile
    expect(cache().listenerProcessId()).not.toBe(lost);
    await api('/target-groups');
    expect(cache().size()).toBeGreaterThan(0);
    const client = await pgClient();
    try {
      await client.query(`select pg_notify('se_planning_public_changed', 'another-instance')`);
    } finally {
      await client.end();
    }
    await eventually(async () => cache().size() === 0);
  });
});
