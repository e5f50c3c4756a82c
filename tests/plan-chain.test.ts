/**
 * GET /se-planning/plans/:documentId/chain: need/strategy → goal → tasks → activities → indicators → latest
 * measurement, in the rows' order, with each goal's SMART check; scoped like the plan.
 */
import type { Core } from '@strapi/strapi';
import { addStaff, docs, makePlan, staffLogin, startStrapi, stopStrapi, unique, type Staff } from './helpers/strapi';
import { get } from './helpers/requests';

let strapi: Core.Strapi;
let editor: Staff;
let outsider: Staff;
let home: Awaited<ReturnType<typeof makePlan>>;
const ids: Record<string, string> = {};

const create = async (key: string, type: string, data: Record<string, unknown>) => {
  ids[key] = (await docs(strapi, type).create({ data: { plan: home.plan, ...data } })).documentId;
  return ids[key];
};

beforeAll(async () => {
  strapi = await startStrapi();
  home = await makePlan(strapi);
  const other = await makePlan(strapi);
  editor = await staffLogin(strapi, { roles: ['se-planning-editor'] });
  outsider = await staffLogin(strapi, { roles: ['se-planning-editor'] });
  await addStaff(strapi, home.municipality, editor.user.id);
  await addStaff(strapi, other.municipality, outsider.user.id);
  const group = await docs(strapi, 'target-group').create({
    data: { name: unique('Seniori'), slug: unique('seniori') },
  });
  await create('strategy', 'policy-document', { kind: 'development_strategy', title: 'Attīstības stratēģija' });
  await create('need', 'need', { targetGroup: group.documentId, unmetNeeds: 'Darba iespējas' });
  await create('goal', 'goal', {
    title: 'Vairāk sociālo uzņēmumu',
    deadline: '2027-12-31',
    strategy: ids.strategy,
    needs: [ids.need],
  });
  await create('later', 'task', { goal: ids.goal, title: 'Otrais uzdevums', position: 1 });
  await create('first', 'task', { goal: ids.goal, title: 'Pirmais uzdevums', position: 0, deadline: '2026-12-31' });
  await create('seminar', 'activity', { task: ids.first, title: 'Seminārs', endsOn: '2026-06-30' });
  await create('goalIndicator', 'indicator', {
    goal: ids.goal,
    title: 'Uzņēmumu skaits',
    kind: 'quantitative',
    baseline: 5,
    target: 10,
  });
  await create('activityIndicator', 'indicator', {
    activity: ids.seminar,
    title: 'Dalībnieki',
    kind: 'quantitative',
    target: 30,
  });
  await create('older', 'measurement', { indicator: ids.activityIndicator, measuredOn: '2026-03-01', value: 10 });
  await create('newer', 'measurement', { indicator: ids.activityIndicator, measuredOn: '2026-05-01', value: 22 });
});
afterAll(stopStrapi);

describe('the plan chain', () => {
  it('walks need/strategy → goal → tasks → activities → indicators → latest measurement', async () => {
    const res = await get(editor, `/se-planning/plans/${home.plan}/chain`);
    expect(res.status).toBe(200);
    const [goal] = res.body.data.goals;
    expect(goal).toMatchObject({
      documentId: ids.goal,
      strategy: { documentId: ids.strategy, name: 'Attīstības stratēģija' },
      needs: [{ documentId: ids.need }],
      indicators: [{ documentId: ids.goalIndicator, baseline: 5, target: 10, latest: null }],
    });
    expect(goal.needs[0].name).toMatch(/^Seniori/);
    expect(goal.tasks.map((t: { documentId: string }) => t.documentId)).toEqual([ids.first, ids.later]);
    const [seminar] = goal.tasks[0].activities;
    expect(seminar).toMatchObject({ documentId: ids.seminar, title: 'Seminārs' });
    expect(seminar.indicators).toEqual([
      expect.objectContaining({
        documentId: ids.activityIndicator,
        latest: { measuredOn: '2026-05-01', value: 22, qualitativeValue: null },
      }),
    ]);
    expect(seminar.indicators[0].measurements).toEqual([
      { measuredOn: '2026-03-01', value: 10 },
      { measuredOn: '2026-05-01', value: 22 },
    ]);
    expect(goal.tasks[1].activities).toEqual([]);
    // the goal's SMART card: measurable through the indicators of its chain
    expect(goal.smart.criteria.find((c: { key: string }) => c.key === 'measurable')).toMatchObject({ met: true });
  });

  it("is not there for another municipality's staff", async () => {
    expect((await get(outsider, `/se-planning/plans/${home.plan}/chain`)).status).toBe(404);
  });
});
