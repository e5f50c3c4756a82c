/**
 * The demo data set fills all 11 worksheets of the demo plan, passes every rule (it is written
 * through the same guarded Document Service), and loading it twice adds nothing.
 */
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, startStrapi, stopStrapi, uid } from './helpers/strapi';
import { demoData } from '../src/plugins/se-planning/server/src/demo/parauga-novads';

let strapi: Core.Strapi;
const demo = () => strapi.plugin('se-planning').service('demo-data');
const everyType = () => Object.keys(strapi.plugin('se-planning').contentTypes);
const snapshot = async () =>
  Object.fromEntries(await Promise.all(everyType().map(async (t) => [t, await strapi.db.query(uid(t)).count()])));

beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

describe('demo data', () => {
  let first: Record<string, number>;

  it('loads, then loads again without duplicates', async () => {
    await demo().load();
    first = await snapshot();
    const again = await demo().load();
    expect(again.plansCreated).toBe(0);
    expect(await snapshot()).toEqual(first);
  });

  it('fills every worksheet of the Parauga novads plan', async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    expect(plan).toBeTruthy();
    const res = await http(strapi)
      .get('/se-planning/plans')
      .set('Authorization', `Bearer ${await adminToken(strapi)}`);
    const summary = res.body.data.find((p: { documentId: string }) => p.documentId === plan.documentId);
    const empty = res.body.meta.columns.filter((c: { type: string }) => !(summary.rowCounts[c.type] > 0));
    expect(empty).toEqual([]);
    expect(summary.rowCounts).toMatchObject({ risk: 6, 'monitoring-activity': 6, 'partnership-step': 3 });
    const worksheets = new Set(res.body.meta.columns.map((c: { worksheet: number | null }) => c.worksheet));
    expect([...worksheets].filter(Boolean).sort((a: any, b: any) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it('completes the pre-filled risks instead of adding new ones', async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    const risks = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: plan.documentId } } });
    expect(risks).toHaveLength(6);
    expect(risks.filter((r: { level: string }) => r.level === 'medium' || r.level === 'high').length).toBeGreaterThan(
      0,
    );
  });

  it('has support programmes and engagement activities in each state', async () => {
    for (const type of ['support-programme', 'engagement-activity']) {
      const drafts = await docs(strapi, type).findMany({ status: 'draft', locale: 'lv' });
      const published = await docs(strapi, type).findMany({ status: 'published', locale: 'lv' });
      const draftOnly = drafts.filter(
        (d: { documentId: string }) => !published.some((p: any) => p.documentId === d.documentId),
      );
      expect(draftOnly.length).toBeGreaterThan(0);
      expect(published.length).toBeGreaterThan(1);
    }
    const today = new Date().toISOString().slice(0, 10);
    const published = await docs(strapi, 'support-programme').findMany({ status: 'published', locale: 'lv' });
    expect(published.some((p: { closesOn: string | null }) => p.closesOn && p.closesOn < today)).toBe(true);
    const english = await docs(strapi, 'support-programme').findMany({ status: 'published', locale: 'en' });
    expect(english.length).toBeGreaterThan(0);
    // each language keeps its own text
    for (const translated of english) {
      const latvian = published.find((p: { documentId: string }) => p.documentId === translated.documentId);
      expect(latvian.title).not.toBe(translated.title);
      expect(latvian.kind).toBe(translated.kind);
    }
  });

  it('reports SMART checks for every demo goal', async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    const checks = await strapi.plugin('se-planning').service('plan-checks').forPlan(plan.documentId);
    const demoPlan = demoData.plans.find((p) => p.municipality === 'parauga-novads')!;
    expect(checks.smart).toHaveLength(demoPlan.goals.length);
    for (const goal of checks.smart) expect(goal.criteria).toHaveLength(5);
  });
});
