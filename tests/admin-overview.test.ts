/** The plugin's admin routes: the plans list with row counts and the plan checks, staff only. */
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, makePlan, startStrapi, stopStrapi } from './helpers/strapi';

let strapi: Core.Strapi;
let token: string;
beforeAll(async () => {
  strapi = await startStrapi();
  token = await adminToken(strapi);
});
afterAll(stopStrapi);

describe('GET /se-planning/plans', () => {
  it('is closed to anonymous requests', async () => {
    expect((await http(strapi).get('/se-planning/plans')).status).toBe(401);
  });

  it('lists each plan with the row count of every worksheet', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis' } });
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums 1' } });
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums 2' } });
    const programme = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { plan, title: 'Grants', kind: 'grant' },
    });
    await docs(strapi, 'support-programme').update({
      documentId: programme.documentId,
      locale: 'en',
      data: { plan, title: 'Grant', kind: 'grant' },
    });
    const review = strapi.plugin('se-planning').service('review');
    await review.transition('support-programme', programme.documentId, 'submit', { id: 1001 });
    await review.transition('support-programme', programme.documentId, 'approve', { id: 1002 });
    await docs(strapi, 'support-programme').publish({ documentId: programme.documentId, locale: '*' });

    const res = await http(strapi).get('/se-planning/plans').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const summary = res.body.data.find((p: { documentId: string }) => p.documentId === plan);
    expect(summary.rowCounts).toMatchObject({
      risk: 6,
      'monitoring-activity': 6,
      'partnership-step': 3,
      goal: 1,
      task: 2,
      activity: 0,
      // one document, whatever its locales and published copy
      'support-programme': 1,
    });
    expect(res.body.meta.columns).toContainEqual(
      expect.objectContaining({ type: 'risk', displayName: 'Riski (#10)', worksheet: 10 }),
    );
  });
});

describe('GET /se-planning/plans/:documentId/checks', () => {
  it('returns the SMART check of each goal, gaps and period warnings', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis', deadline: '2029-06-30' } });
    await docs(strapi, 'data-source').create({
      data: { plan, dataType: 'Kopienas vajadzību analīze', updateFrequency: 'unknown' },
    });
    const res = await http(strapi).get(`/se-planning/plans/${plan}/checks`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    const smart = res.body.data.smart.find((g: { documentId: string }) => g.documentId === goal.documentId);
    expect(smart.met).toBe(false);
    expect(smart.criteria.find((c: { key: string }) => c.key === 'timeBound')).toMatchObject({ met: false });
    expect(res.body.data.warnings).toContainEqual(
      expect.objectContaining({
        type: 'goal',
        path: ['deadline'],
        message: expect.stringMatching(/^Termiņš: Datums ir ārpus/),
      }),
    );
    expect(res.body.data.gaps).toContainEqual(
      expect.objectContaining({ type: 'data-source', title: 'Kopienas vajadzību analīze' }),
    );
    expect(res.body.data.gaps.filter((g: { type: string }) => g.type === 'risk')).toHaveLength(6);
  });

  it('answers 404 for an unknown plan', async () => {
    const res = await http(strapi)
      .get('/se-planning/plans/nav-tada-plana/checks')
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(404);
  });
});
