/**
 * Adopted plan versions, through the admin HTTP API as the municipality's staff and the public API as residents:
 * adoption freezes a numbered version with its council decision; an amendment is a working copy that stays
 * private until it is approved and adopted again (and a refused adoption says every reason); each version says
 * exactly what changed against the previous one; only the public parts of the plan appear.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { api, cm, del, errorPaths, get, post, reviewPath, save } from './helpers/requests';
import { publicPlan, type PublicPlan } from './helpers/public-plan';

let strapi: Core.Strapi;
let fixture: PublicPlan;

beforeAll(async () => {
  strapi = await startStrapi();
  fixture = await publicPlan(strapi);
});
afterAll(stopStrapi);

const json = async (url: string, status = 200) => {
  const res = await api(url);
  expect({ url, status: res.status }).toEqual({ url, status });
  return res;
};

const goalRef = () => ({ documentId: fixture.goal, title: 'Palielināt sociālo uzņēmumu skaitu par 20%' });

describe('adoption', () => {
  it('freezes version 1 with its council decision; /api/plans lists it', async () => {
    const list = JSON.parse((await json(`/plans?municipality=${fixture.slug}`)).text);
    expect(list.meta.pagination.total).toBe(1);
    // the facet counts what the other filters leave: every municipality with an adopted plan, this one once
    expect(list.meta.facets.municipality[fixture.slug]).toBe(1);
    expect(list.data[0]).toEqual({
      documentId: fixture.plan,
      title: expect.stringMatching(/^Plāns /),
      summary: null,
      periodStartYear: 2025,
      periodEndYear: 2027,
      municipality: { slug: fixture.slug, name: expect.any(String) },
      status: { key: 'adopted', label: 'Pieņemts' },
      version: 1,
      councilDecision: { number: '7/1', date: '2026-01-29' },
      versions: [{ number: 1, councilDecision: { number: '7/1', date: '2026-01-29' } }],
    });
    const english = JSON.parse((await json(`/plans/${fixture.plan}?locale=en`)).text).data;
    expect(english.status).toEqual({ key: 'adopted', label: 'Adopted' });
  });

  it('shows the version’s goals, tasks and indicators, and nothing internal', async () => {
    const res = await json(`/plans/${fixture.plan}/versions/1`);
    const version = JSON.parse(res.text).data;
    expect(Object.keys(version)).toEqual(['plan', 'version', 'previousVersion', 'goals', 'indicators', 'changes']);
    expect(version.previousVersion).toBeNull();
    expect(version.changes).toBeNull();
    expect(version.goals).toEqual([
      {
        ...goalRef(),
        description: null,
        deadline: '2027-12-31',
        tasks: [{ documentId: fixture.task, title: 'Izstrādāt grantu programmu', deadline: null, goal: goalRef() }],
      },
    ]);
    expect(version.indicators.map((i: any) => [i.documentId, i.target, i.goal])).toEqual([
      [fixture.indicator, 12, goalRef()],
      // measured through its activity's task: the goal of that task
      [fixture.seminarIndicator, 30, goalRef()],
    ]);
    // the prefilled risks (#10), monitoring (#11), the partnership checklist and the activity's unit are internal
    for (const internal of ['Finansējuma trūkums', 'Risku analīzes veikšana', 'Attīstības nodaļa', '@tests.lv'])
      expect(res.text).not.toContain(internal);
  });

  it('answers 400 for a malformed version number, 404 for a missing version or an unknown plan', async () => {
    const malformed = await api(`/plans/${fixture.plan}/versions/first`);
    expect(malformed.status).toBe(400);
    expect(errorPaths(malformed)).toEqual(['number']);
    await json(`/plans/${fixture.plan}/versions/2`, 404);
    await json(`/plans/${'x'.repeat(24)}`, 404);
    expect((await api(`/plans?status=draft`)).status).toBe(400);
  });
});

describe('an amendment', () => {
  let before: Record<string, string>;
  const watched = () => [
    `/plans/${fixture.plan}`,
    `/plans/${fixture.plan}/versions/1`,
    `/results?municipality=${fixture.slug}`,
    `/results?municipality=${fixture.slug}&locale=en`,
  ];
  const answers = async () => Object.fromEntries(await Promise.all(watched().map(async (u) => [u, (await json(u)).text])));
  let newGoal: string;
  let newIndicator: string;

  beforeAll(async () => {
    before = await answers();
    const { planner, approver, plan } = fixture;
    expect((await post(approver, `/se-planning/plans/${plan}/amend`, { comment: 'Jauns mērķis' })).status).toBe(200);
    const edits = [
      await save(planner, 'goal', fixture.goal, { title: 'Palielināt sociālo uzņēmumu skaitu par 30%' }),
      await save(planner, 'task', fixture.task, { deadline: '2027-06-30' }),
      await save(planner, 'indicator', fixture.indicator, { target: 15 }),
    ];
    expect(edits.map((r) => r.status)).toEqual([200, 200, 200]);
    const goal = await post(planner, cm('goal'), { plan, title: 'Iesaistīt jauniešus', position: 1 });
    expect(goal.status).toBe(201);
    newGoal = goal.body.data.documentId;
    const indicator = await post(planner, cm('indicator'), {
      plan,
      goal: newGoal,
      title: 'Iesaistīto jauniešu skaits',
      kind: 'quantitative',
      target: 50,
      position: 2,
    });
    expect(indicator.status).toBe(201);
    newIndicator = indicator.body.data.documentId;
    expect((await del(planner, `${cm('indicator')}/${fixture.seminarIndicator}`)).status).toBe(200);
  });

  it('stays private: the adopted version, the plan and the results are answered as before', async () => {
    expect(await answers()).toEqual(before);
    await json(`/plans/${fixture.plan}/versions/2`, 404);
  });

  it('is refused adoption with every blocking reason, and nothing is frozen', async () => {
    const { planner, approver, plan } = fixture;
    const unmeasured = await post(planner, cm('goal'), { plan, title: 'Mērķis bez rādītāja', position: 5 });
    expect(unmeasured.status).toBe(201);
    const loose = await post(planner, cm('activity'), { plan, task: fixture.task, title: 'Bez atbildīgā' });
    expect(loose.status).toBe(201);
    expect((await post(planner, reviewPath('plan', plan, 'submit'))).status).toBe(200);
    expect((await post(approver, reviewPath('plan', plan, 'approve'))).status).toBe(200);

    const adopt = { councilDecisionNumber: '15/2', councilDecisionDate: '2026-11-26' };
    const refused = await post(approver, `/se-planning/plans/${plan}/adopt`, adopt);
    expect(refused.status).toBe(400);
    expect(errorPaths(refused).sort()).toEqual(
      [`activity.${loose.body.data.documentId}`, `goal.${unmeasured.body.data.documentId}`].sort(),
    );
    expect(refused.body.error.message).toMatch(/Mērķis bez rādītāja: .*nav neviena rādītāja/);
    expect(refused.body.error.message).toMatch(/Bez atbildīgā: .*atbildīgā struktūrvienība/);
    expect(await answers()).toEqual(before);
    await json(`/plans/${fixture.plan}/versions/2`, 404);
    const panel = (await get(approver, reviewPath('plan', plan))).body.data;
    expect(panel.versions.map((v: { number: number }) => v.number)).toEqual([1]);

    // fixed (the goal given up, the activity given its unit), approved again and adopted
    expect((await del(planner, `${cm('goal')}/${unmeasured.body.data.documentId}`)).status).toBe(200);
    expect((await save(planner, 'activity', loose.body.data.documentId, { responsibleUnit: fixture.unit })).status).toBe(200);
    expect((await post(planner, reviewPath('plan', plan, 'submit'))).status).toBe(200);
    expect((await post(approver, reviewPath('plan', plan, 'approve'))).status).toBe(200);
    const adopted = await post(approver, `/se-planning/plans/${plan}/adopt`, adopt);
    expect(adopted.status).toBe(200);
    expect(adopted.body.data).toMatchObject({ planStatus: 'adopted', version: 2 });
  });

  it('once adopted is version 2, which says exactly what changed against version 1', async () => {
    const version = JSON.parse((await json(`/plans/${fixture.plan}/versions/2`)).text).data;
    const renamed = { documentId: fixture.goal, title: 'Palielināt sociālo uzņēmumu skaitu par 30%' };
    expect(version.version).toEqual({ number: 2, councilDecision: { number: '15/2', date: '2026-11-26' } });
    expect(version.previousVersion).toBe(1);
    expect(version.changes).toEqual({
      goals: {
        added: [{ documentId: newGoal, title: 'Iesaistīt jauniešus' }],
        removed: [],
        changed: [
          {
            ...renamed,
            fields: [
              {
                field: 'title',
                from: 'Palielināt sociālo uzņēmumu skaitu par 20%',
                to: 'Palielināt sociālo uzņēmumu skaitu par 30%',
              },
            ],
          },
        ],
      },
      tasks: {
        added: [],
        removed: [],
        changed: [
          {
            documentId: fixture.task,
            title: 'Izstrādāt grantu programmu',
            fields: [{ field: 'deadline', from: null, to: '2027-06-30' }],
          },
        ],
      },
      indicators: {
        added: [{ documentId: newIndicator, title: 'Iesaistīto jauniešu skaits' }],
        removed: [{ documentId: fixture.seminarIndicator, title: 'Semināra dalībnieki' }],
        changed: [
          { documentId: fixture.indicator, title: 'Sociālo uzņēmumu skaits', fields: [{ field: 'target', from: 12, to: 15 }] },
        ],
      },
      targets: [
        {
          documentId: fixture.indicator,
          title: 'Sociālo uzņēmumu skaits',
          from: { baseline: 10, target: 12, targetText: null, targetDate: null },
          to: { baseline: 10, target: 15, targetText: null, targetDate: null },
        },
      ],
    });
    // version 1 is kept as it was adopted
    expect((await json(`/plans/${fixture.plan}/versions/1`)).text).toBe(before[`/plans/${fixture.plan}/versions/1`]);
  });

  it('then is what the public sees: the plan’s latest version and its results', async () => {
    const plan = JSON.parse((await json(`/plans/${fixture.plan}`)).text).data;
    expect(plan.version).toBe(2);
    expect(plan.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    const results = JSON.parse((await json(`/results?municipality=${fixture.slug}`)).text).data;
    expect(results.map((r: any) => [r.documentId, r.target, r.goal.documentId])).toEqual([
      [fixture.indicator, 15, fixture.goal],
      [newIndicator, 50, newGoal],
    ]);
    // the published measurement of the indicator that stayed is still its latest
    expect(results[0].latest).toEqual({ measuredOn: '2026-06-30', value: 11, qualitativeValue: null });
  });
});
