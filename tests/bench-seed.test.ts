/**
 * `npm run bench` writes its national data set straight into the tables
 * (scripts/bench/seed-national.js). This proves the benchmark measures real, correctly shaped
 * data: Strapi's own Document Service reads the seeded rows as documents with draft and published
 * versions, the public API lists exactly the seeded published programmes (and activities) of a
 * municipality and none of the drafts, and the bench's filter (kind, state=open) selects what the
 * seed says it should. The bench-only stock route is the bench's own (scripts/bench/stock-route.js):
 * the production plugin never registers it.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, startStrapi, stopStrapi, uid } from './helpers/strapi';
import { programmeState } from '../src/plugins/se-planning/common/programme-state';
import { api } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { seedNational, removeSeed } = require('../scripts/bench/seed-national');

type SeededProgramme = {
  documentId: string;
  municipality: string;
  kind: string;
  opensOn: string | null;
  closesOn: string | null;
  published: boolean;
  locales: string[];
};
type SeededActivity = { documentId: string; municipality: string; published: boolean; locales: string[] };
type Seed = {
  today: string;
  municipalities: { slug: string; programmes: number }[];
  programmes: SeededProgramme[];
  activities: SeededActivity[];
  measurements: { documentId: string; published: boolean }[];
  ranges: [string, number, number][];
};

let strapi: Core.Strapi;
let seed: Seed;
const ids = (list: { documentId: string }[]) => list.map((item) => item.documentId).sort();

beforeAll(async () => {
  strapi = await startStrapi();
  seed = await seedNational(strapi, { scale: 0.003, suffix: `t${Date.now().toString(36)}` });
  // written straight into the tables, as the bench does: the read model takes it in as the bench's start does
  await getService(strapi, 'read-model').rebuild({ reason: 'bench seed' });
});
afterAll(async () => {
  if (seed) {
    await removeSeed(strapi, seed);
    await getService(strapi, 'read-model').rebuild({ reason: 'bench seed removed' });
  }
  await stopStrapi();
});

describe('the bench seed', () => {
  it('writes documents as Strapi stores them: a draft and a published row, locales, relations', async () => {
    expect(seed.programmes).toHaveLength(30);
    expect(seed.activities).toHaveLength(60);
    const published = seed.programmes.find((p) => p.published && p.locales.includes('en'))!;
    const draftOnly = seed.programmes.find((p) => !p.published)!;
    expect(published).toBeDefined();
    expect(draftOnly).toBeDefined();

    const find = (documentId: string, status: string, locale = 'lv') =>
      docs(strapi, 'support-programme').findOne({
        documentId,
        status,
        locale,
        populate: { targetGroups: true, plan: { populate: ['municipality'] } },
      });
    const [draft, live, english] = await Promise.all([
      find(published.documentId, 'draft'),
      find(published.documentId, 'published'),
      find(published.documentId, 'published', 'en'),
    ]);
    expect(draft.id).not.toBe(live.id);
    expect(live.publishedAt).toBeTruthy();
    expect(draft.title).toBe(live.title);
    expect(english.title).not.toBe(live.title);
    expect(live.targetGroups.length).toBeGreaterThan(0);
    expect(live.plan.municipality.slug).toBe(published.municipality);
    expect(live.kind).toBe(published.kind);

    expect(await find(draftOnly.documentId, 'draft')).not.toBeNull();
    expect(await find(draftOnly.documentId, 'published')).toBeNull();

    const plan = await docs(strapi, 'plan').findOne({ documentId: live.plan.documentId });
    expect(plan.planStatus).toBe('adopted');

    // measurements: a draft row for each, a published row for the published ones
    const measurementRows = strapi.db.query(uid('measurement'));
    const measurementIds = seed.measurements.map((m) => m.documentId);
    expect(await measurementRows.count({ where: { documentId: { $in: measurementIds }, publishedAt: null } })).toBe(
      measurementIds.length,
    );
    expect(
      await measurementRows.count({ where: { documentId: { $in: measurementIds }, publishedAt: { $notNull: true } } }),
    ).toBe(seed.measurements.filter((m) => m.published).length);
  });

  it('lets the public API see exactly the published programmes of a seeded municipality, no drafts', async () => {
    for (const { slug } of seed.municipalities) {
      const seeded = seed.programmes.filter((p) => p.municipality === slug);
      const res = await api(`/support-programmes?municipality=${slug}&pageSize=100`);
      expect(res.status).toBe(200);
      expect(res.body.meta.pagination.total).toBe(seeded.filter((p) => p.published).length);
      expect(ids(res.body.data)).toEqual(ids(seeded.filter((p) => p.published)));
      const drafts = new Set(seeded.filter((p) => !p.published).map((p) => p.documentId));
      expect(res.body.data.some((p: { documentId: string }) => drafts.has(p.documentId))).toBe(false);
      expect(res.body.data.every((p: any) => p.municipality.slug === slug && p.targetGroups.length > 0)).toBe(true);

      const english = (await api(`/support-programmes?municipality=${slug}&locale=en&pageSize=100`)).body;
      expect(english.meta.pagination.total).toBe(res.body.meta.pagination.total);
      const translated = new Set(seeded.filter((p) => p.locales.includes('en')).map((p) => p.documentId));
      for (const p of english.data) expect(p.localeFallback).toBe(!translated.has(p.documentId));
    }
  });

  it('selects with the bench’s filter (municipality, kind, state=open) what the seed says is open', async () => {
    const [biggest] = [...seed.municipalities].sort((a, b) => b.programmes - a.programmes);
    for (const kind of ['grant', 'mentoring', 'premises']) {
      const expected = seed.programmes.filter(
        (p) =>
          p.published && p.municipality === biggest.slug && p.kind === kind && programmeState(p, seed.today) === 'open',
      );
      const res = await api(`/support-programmes?municipality=${biggest.slug}&kind=${kind}&state=open&pageSize=100`);
      expect(res.status).toBe(200);
      expect(ids(res.body.data)).toEqual(ids(expected));
    }
    // every state occurs in the seeded windows
    const states = new Set(seed.programmes.map((p) => programmeState(p, seed.today)));
    expect([...states].sort()).toEqual(['closed', 'ongoing', 'open', 'upcoming']);
  });

  it('lets the public API see exactly the published engagement activities, no drafts', async () => {
    for (const { slug } of seed.municipalities) {
      const seeded = seed.activities.filter((a) => a.municipality === slug && a.published);
      const res = await api(`/engagement-activities?municipality=${slug}&pageSize=100`);
      expect(res.status).toBe(200);
      expect(ids(res.body.data)).toEqual(ids(seeded));
    }
  });
});

describe('the bench-only stock route', () => {
  it('is not part of the production plugin: no service, controller or route, for anonymous and token requests', async () => {
    const plugin = strapi.plugin('se-planning');
    expect(Object.keys(plugin.services)).not.toContain('support-programme');
    expect(Object.keys(plugin.controllers)).not.toContain('support-programme');
    expect(Object.keys(plugin.routes)).toEqual(['admin']);
    const anonymous = await api('/se-planning/support-programmes');
    expect([403, 404]).toContain(anonymous.status);

    const tokens = strapi.service('admin::api-token');
    const token = await tokens.create({
      name: `bench-seed-test-${Date.now()}`,
      type: 'read-only',
      kind: 'content-api',
    });
    try {
      const withToken = await http(strapi)
        .get('/api/se-planning/support-programmes')
        .set('Authorization', `Bearer ${token.accessKey}`);
      expect(withToken.status).toBe(404);
    } finally {
      await tokens.revoke(token.id);
    }
  });
});
