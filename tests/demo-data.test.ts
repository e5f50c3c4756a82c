/**
 * The demo data set, loaded today into a real instance: it fills all 11 worksheets of the demo
 * plan through the same guarded Document Service and review workflow as staff would, loading it
 * again (even on another day) adds nothing, and the public API shows it true today: an open, an
 * upcoming, a closed and an ongoing programme, past and future activities, results measured in
 * the past. (The dates themselves, for many load dates, are tested in demo-calendar.test.ts.)
 */
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, startStrapi, stopStrapi, uid } from './helpers/strapi';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';
import { addDays, demoCalendar, type DemoCalendar } from '../src/plugins/se-planning/server/src/demo/calendar';

let strapi: Core.Strapi;
let today: string;
let cal: DemoCalendar;
const demo = () => strapi.plugin('se-planning').service('demo-data');
const review = () => strapi.plugin('se-planning').service('review');
const api = (path: string) => http(strapi).get(`/api${path}`);
const everyType = () => Object.keys(strapi.plugin('se-planning').contentTypes);
const snapshot = async () =>
  Object.fromEntries(await Promise.all(everyType().map(async (t) => [t, await strapi.db.query(uid(t)).count()])));
const paraugaPlan = () =>
  docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } }) as Promise<{
    documentId: string;
    periodStartYear: number;
    periodEndYear: number;
  }>;

type PublicProgramme = { slug: string; state: { key: string }; opensOn: string | null; closesOn: string | null };
type PublicActivity = { slug: string; startsAt: string | null; endsAt: string | null };
type PublicResult = {
  title: string;
  plan: { periodStartYear: number };
  measurements: { measuredOn: string }[];
  latest: { measuredOn: string } | null;
};

beforeAll(async () => {
  strapi = await startStrapi();
  today = rigaToday();
  cal = demoCalendar(today);
});
afterAll(stopStrapi);

describe('demo data', () => {
  it('is never loaded in production, whoever asks: no rows, no demo logins', async () => {
    const before = await snapshot();
    const users = await strapi.db.query('admin::user').count();
    const { NODE_ENV, SE_PLANNING_DEMO } = process.env;
    process.env.NODE_ENV = 'production';
    process.env.SE_PLANNING_DEMO = 'true';
    try {
      await expect(demo().load()).rejects.toThrow(/SE_PLANNING_DEMO=true is refused with NODE_ENV=production/);
      await expect(demo().ensureDemoLogins()).rejects.toThrow(/never loaded in production/);
      await expect(demo().loadIfRequested()).rejects.toThrow(/never loaded in production/);
    } finally {
      process.env.NODE_ENV = NODE_ENV;
      if (SE_PLANNING_DEMO === undefined) delete process.env.SE_PLANNING_DEMO;
      else process.env.SE_PLANNING_DEMO = SE_PLANNING_DEMO;
    }
    expect(await snapshot()).toEqual(before);
    expect(await strapi.db.query('admin::user').count()).toBe(users);
  });

  it('loads, then loads again — today or on another day — without adding anything', async () => {
    await demo().load();
    expect(await paraugaPlan()).toBeTruthy();
    const loaded = await snapshot();
    expect((await demo().load()).plansCreated).toBe(0);
    expect((await demo().load({ today: '2028-12-31' })).plansCreated).toBe(0);
    expect(await snapshot()).toEqual(loaded);
  });

  it('fills every worksheet of the Parauga novads plan', async () => {
    const plan = await paraugaPlan();
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
    const plan = await paraugaPlan();
    const risks = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: plan.documentId } } });
    expect(risks).toHaveLength(6);
    expect(risks.filter((r: { level: string }) => r.level === 'medium' || r.level === 'high').length).toBeGreaterThan(
      0,
    );
  });

  it('completes the pre-filled national acts (#1) instead of adding them again', async () => {
    const plan = await paraugaPlan();
    const acts = await strapi.db.query(uid('policy-document')).findMany({
      where: { plan: { documentId: plan.documentId }, kind: 'national_act' },
      orderBy: { position: 'asc' },
    });
    expect(acts.map((a: { standardKey: string }) => a.standardKey)).toEqual([
      'social_enterprise_law',
      'mk_173',
      'mk_101',
      'mk_197',
    ]);
    expect(acts.every((a: { url: string | null }) => a.url?.startsWith('https://likumi.lv/'))).toBe(true);
    const strategies = await strapi.db.query(uid('policy-document')).count({
      where: { plan: { documentId: plan.documentId }, kind: { $ne: 'national_act' } },
    });
    expect(strategies).toBeGreaterThan(0);
  });

  it('is a plan mid-period, adopted by the council after the partnership and risk steps', async () => {
    const plan = await paraugaPlan();
    const year = Number(today.slice(0, 4));
    expect(plan.periodStartYear).toBeLessThan(year);
    expect(plan.periodEndYear).toBeGreaterThan(year);
    const stored = await strapi.db.query(uid('plan')).findOne({ where: { documentId: plan.documentId } });
    expect(stored.planStatus).toBe('adopted');
    const decision = String(stored.councilDecisionDate).slice(0, 10);
    expect(decision < `${plan.periodStartYear}-01-01`).toBe(true);

    const inPlan = { plan: { documentId: plan.documentId } };
    const steps = await docs(strapi, 'partnership-step').findMany({ filters: inPlan });
    expect(steps.length).toBe(3);
    for (const step of steps) expect([step.done, String(step.doneOn) < decision]).toEqual([true, true]);
    const [riskAnalysis] = await docs(strapi, 'monitoring-activity').findMany({
      filters: { ...inPlan, standardKey: 'risk_analysis' },
    });
    expect([riskAnalysis.done, String(riskAnalysis.deadline) < decision]).toEqual([true, true]);

    const adoption = (await review().history('plan', plan.documentId)).find((e: any) => e.action === 'adopt');
    expect(adoption.comment).toContain(decision);
  });

  it('shows an open, an upcoming, a closed and an ongoing programme in the public catalogue today', async () => {
    const listed: Record<string, PublicProgramme[]> = {};
    for (const state of ['open', 'upcoming', 'closed', 'ongoing']) {
      const res = await api(`/support-programmes?state=${state}&municipality=parauga-novads&pageSize=100`);
      expect(res.status).toBe(200);
      listed[state] = res.body.data;
      expect(listed[state].length).toBeGreaterThan(0);
      expect(listed[state].every((p) => p.state.key === state)).toBe(true);
    }
    const round = listed.open.find((p) => p.slug === `grantu-programma-${cal.grantRounds.current.year}`)!;
    expect(round).toBeDefined();
    // opened weeks ago, closes in weeks
    expect(round.opensOn! <= addDays(today, -14) && round.closesOn! >= addDays(today, 14)).toBe(true);
    for (const upcoming of listed.upcoming) expect(upcoming.opensOn! > today).toBe(true);
    for (const closed of listed.closed) expect(closed.closesOn! < today).toBe(true);
    expect(listed.closed.map((p) => p.slug)).toContain(`grantu-programma-${cal.year.first}`);
    for (const ongoing of listed.ongoing) expect([ongoing.opensOn, ongoing.closesOn]).toEqual([null, null]);
  });

  it('lists engagement activities that have taken place and others still ahead', async () => {
    const query = (period: string) => api(`/engagement-activities?municipality=parauga-novads&pageSize=100&${period}`);
    const past: PublicActivity[] = (await query(`to=${addDays(today, -2)}`)).body.data;
    const ahead: PublicActivity[] = (await query(`from=${addDays(today, 2)}`)).body.data;
    expect(past.length).toBeGreaterThan(0);
    expect(ahead.length).toBeGreaterThan(0);
    for (const activity of past) expect(new Date(activity.endsAt!).getTime()).toBeLessThan(Date.now());
    for (const activity of ahead) expect(new Date(activity.startsAt!).getTime()).toBeGreaterThan(Date.now());
    // the grant round's information day is over: it took place after the round opened
    const infoDay = past.find((a) => a.slug.startsWith('informacijas-diena'))!;
    expect(infoDay.startsAt!.slice(0, 10) >= cal.grantRounds.current.opensOn).toBe(true);
  });

  it('publishes results measured in the past within the plan period, and no draft measurement', async () => {
    const res = await api('/results?municipality=parauga-novads&pageSize=100');
    expect(res.status).toBe(200);
    const results: PublicResult[] = res.body.data;
    const measurements = results.flatMap((r) => r.measurements.map((m) => ({ ...m, plan: r.plan })));
    expect(measurements.length).toBeGreaterThan(0);
    for (const m of measurements) {
      expect(m.measuredOn <= today).toBe(true);
      expect(m.measuredOn >= `${m.plan.periodStartYear}-01-01`).toBe(true);
    }
    // the grant round under way has only an unpublished mid-round figure: the latest public one is the first round's
    const projects = results.find((r) => r.title === 'Atbalstīto jauno projektu skaits')!;
    expect(projects.latest!.measuredOn < cal.grantRounds.current.opensOn).toBe(true);
    const stored = await docs(strapi, 'measurement').findMany({
      filters: { indicator: { title: 'Atbalstīto jauno projektu skaits' } },
      status: 'draft',
    });
    const midRound = stored.filter((m: { measuredOn: string }) => m.measuredOn >= cal.grantRounds.current.opensOn);
    expect(midRound).toHaveLength(1);
    expect(projects.measurements.map((m) => m.measuredOn)).not.toContain(midRound[0].measuredOn);
  });

  it('published only what was submitted and approved by someone else, as it still is', async () => {
    const plan = await paraugaPlan();
    for (const type of ['support-programme', 'engagement-activity', 'measurement']) {
      const published = await docs(strapi, type).findMany({
        status: 'published',
        filters: { plan: { documentId: plan.documentId } },
      });
      expect(published.length).toBeGreaterThan(0);
      for (const { documentId } of published) {
        await expect(review().assertApproved(type, documentId)).resolves.toBeUndefined();
        const history = await review().history(type, documentId);
        const actions = history.map((e: { action: string }) => e.action);
        expect(actions).toEqual(expect.arrayContaining(['submit', 'approve', 'publish']));
        const by = (action: string) => history.find((e: { action: string }) => e.action === action).actorId;
        expect(by('approve')).not.toBe(by('submit'));
      }
    }
  });

  it('meets every SMART criterion and raises no date warning in the plan checks', async () => {
    const plan = await paraugaPlan();
    const checks = await strapi.plugin('se-planning').service('plan-checks').forPlan(plan.documentId);
    const goals = await docs(strapi, 'goal').count({ filters: { plan: { documentId: plan.documentId } } });
    expect(checks.smart).toHaveLength(goals);
    for (const goal of checks.smart) expect(goal.criteria.filter((c: { met: boolean }) => !c.met)).toEqual([]);
    expect(checks.warnings).toEqual([]);
  });

  it('keeps each language’s own text for the published programmes', async () => {
    const latvian = await docs(strapi, 'support-programme').findMany({ status: 'published', locale: 'lv' });
    const english = await docs(strapi, 'support-programme').findMany({ status: 'published', locale: 'en' });
    expect(english.length).toBeGreaterThan(0);
    for (const translated of english) {
      const original = latvian.find((p: { documentId: string }) => p.documentId === translated.documentId);
      expect(original.title).not.toBe(translated.title);
      expect(original.kind).toBe(translated.kind);
    }
  });
});
