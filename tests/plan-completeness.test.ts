/**
 * What the plan checks read from a plan's rows: the SMART check of a goal over its whole chain (indicators and
 * resources of its tasks' activities, deadlines of its tasks and activities), and the completeness of the 11
 * worksheets (every gap of every row, figures per sheet), on a real instance and database.
 */
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, makePlan, rejection, startStrapi, stopStrapi, uid, unique } from './helpers/strapi';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import type { Gap } from '../src/plugins/se-planning/common/completeness';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const create = async (type: string, data: Record<string, unknown>) =>
  (await docs(strapi, type).create({ data })).documentId as string;
const criterion = async (plan: string, goal: string, key: string) => {
  const checks = await getService(strapi, 'plan-checks').forPlan(plan);
  return checks.smart.find((g) => g.documentId === goal)!.criteria.find((c) => c.key === key)!;
};

describe('SMART check over the goal chain (plan checks)', () => {
  it('is measurable through an indicator on an activity only, and achievable through an activity budget only', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await create('goal', { plan, title: 'Vairāk sociālo uzņēmumu', deadline: '2027-06-30' });
    const task = await create('task', { plan, goal, title: 'Grantu programma', deadline: '2026-12-31' });
    const activity = await create('activity', { plan, task, title: 'Informatīvs seminārs', endsOn: '2026-10-31' });
    expect(await criterion(plan, goal, 'measurable')).toMatchObject({ met: false });
    expect(await criterion(plan, goal, 'achievable')).toMatchObject({ met: false });

    await create('indicator', { plan, activity, title: 'Dalībnieku skaits', kind: 'quantitative', target: 40 });
    await docs(strapi, 'activity').update({ documentId: activity, data: { budgetEur: 1200 } });
    expect(await criterion(plan, goal, 'measurable')).toMatchObject({ met: true });
    expect(await criterion(plan, goal, 'achievable')).toMatchObject({ met: true, reason: expect.stringMatching(/#7/) });
    expect(await criterion(plan, goal, 'timeBound')).toMatchObject({ met: true });
  });

  it('counts a resource linked to an activity of the goal', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await create('goal', { plan, title: 'Telpas sociālajiem uzņēmumiem', deadline: '2027-06-30' });
    const task = await create('task', { plan, goal, title: 'Telpu nodošana' });
    const resource = await create('resource', {
      plan,
      group: 'infrastructure',
      subtype: 'free_premises',
      title: 'Bezmaksas telpas',
    });
    await create('activity', { plan, task, title: 'Nomas līgums', resources: [resource] });
    expect(await criterion(plan, goal, 'achievable')).toMatchObject({ met: true, reason: expect.stringMatching(/#5/) });
  });

  it('is not time-bound while a task is due after its goal or an activity ends after its task, naming the row', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await create('goal', { plan, title: 'Mērķis ar termiņu', deadline: '2026-12-31' });
    const task = await create('task', { plan, goal, title: 'Vēlais uzdevums', deadline: '2027-03-31' });
    const late = await criterion(plan, goal, 'timeBound');
    expect(late.met).toBe(false);
    expect(late.reason).toMatch(/„Vēlais uzdevums” termiņš 2027-03-31 ir pēc mērķa termiņa 2026-12-31/);

    await docs(strapi, 'task').update({ documentId: task, data: { deadline: '2026-09-30' } });
    const activity = await create('activity', { plan, task, title: 'Vēlā aktivitāte', endsOn: '2026-11-15' });
    const lateActivity = await criterion(plan, goal, 'timeBound');
    expect(lateActivity.met).toBe(false);
    expect(lateActivity.reason).toMatch(
      /„Vēlā aktivitāte” beigas 2026-11-15 ir pēc uzdevuma „Vēlais uzdevums” termiņa/,
    );
    expect(lateActivity.reason).toMatch(/#7/);

    await docs(strapi, 'activity').update({ documentId: activity, data: { endsOn: '2026-09-30' } });
    expect(await criterion(plan, goal, 'timeBound')).toMatchObject({ met: true });
  });
});

describe('completeness of the worksheets', () => {
  const TODAY = '2026-12-03';
  const completeness = (plan: string) => getService(strapi, 'plan-completeness').of(plan, { today: TODAY });
  const gapsOf = (gaps: Gap[], documentId: string) =>
    gaps.filter((g) => g.documentId === documentId).map(({ worksheet, field }) => [worksheet, field]);

  it('lists every gap of every row with its worksheet and field, and counts rows and complete rows per sheet', async () => {
    const { plan, unit } = await makePlan(strapi);
    const group = await create('target-group', { name: unique('Mērķa grupa'), slug: unique('grupa') });

    // #3: unknown source and frequency; an uncertain source; a known one
    const unknownSource = await create('data-source', { plan, dataType: 'Sabiedrības vajadzību analīze' });
    const uncertain = await create('data-source', {
      plan,
      dataType: 'Iedzīvotāju aptaujas',
      source: 'SA nodaļa',
      sourceUncertain: true,
      updateFrequency: 'yearly',
    });
    await create('data-source', { plan, dataType: 'Statistika', sourceUnit: unit, updateFrequency: 'monthly' });
    // #4: a need no goal answers, and one a goal answers
    const loneNeed = await create('need', { plan, targetGroup: group, unmetNeeds: 'Prakses vietas' });
    const answered = await create('need', { plan, targetGroup: group, unmetNeeds: 'Darba vietas' });
    // #6/#7: a goal without tasks; a task without activities; an activity without unit and funding; a complete one
    const bareGoal = await create('goal', { plan, title: 'Mērķis bez uzdevumiem' });
    const goal = await create('goal', { plan, title: 'Mērķis', needs: [answered] });
    const bareTask = await create('task', { plan, goal, title: 'Uzdevums bez aktivitātēm' });
    const task = await create('task', { plan, goal, title: 'Uzdevums' });
    const bareActivity = await create('activity', { plan, task, title: 'Aktivitāte bez atbildīgā' });
    const activity = await create('activity', {
      plan,
      task,
      title: 'Aktivitāte',
      responsibleUnit: unit,
      fundingSource: 'Pašvaldības budžets',
    });
    // #8: an indicator without method and measurement; a measured one (its measurement published: one row)
    const bareIndicator = await create('indicator', { plan, activity, title: 'Bez metodes', kind: 'quantitative' });
    const indicator = await create('indicator', {
      plan,
      goal,
      title: 'Sociālo uzņēmumu skaits',
      kind: 'quantitative',
      dataMethod: 'quantitative_analysis',
    });
    const measurement = await create('measurement', { plan, indicator, measuredOn: '2026-06-30', value: 3 });
    const review = getService(strapi, 'review');
    await review.transition('measurement', measurement, 'submit', { id: 1001 } as never);
    await review.transition('measurement', measurement, 'approve', { id: 1002 } as never);
    await docs(strapi, 'measurement').publish({ documentId: measurement });
    // #9: one step ticked; an engagement activity in two languages (one row)
    const steps = await strapi.db.query(uid('partnership-step')).findMany({ where: { plan: { documentId: plan } } });
    await docs(strapi, 'partnership-step').update({
      documentId: steps[0].documentId,
      data: { done: true, doneOn: '2026-02-01' },
    });
    const engagement = (
      await docs(strapi, 'engagement-activity').create({ locale: 'lv', data: { plan, title: 'Ideju konkurss' } })
    ).documentId;
    await docs(strapi, 'engagement-activity').update({
      documentId: engagement,
      locale: 'en',
      data: { plan, title: 'Idea competition' },
    });
    // #10: a high risk with measures but nobody responsible; a low one; the other four not assessed
    const risks = await strapi.db
      .query(uid('risk'))
      .findMany({ where: { plan: { documentId: plan } }, orderBy: { position: 'asc' } });
    await docs(strapi, 'risk').update({
      documentId: risks[0].documentId,
      data: { level: 'high', preventiveMeasures: 'Rezerves fonds', reactiveAction: 'Pārplānot' },
    });
    await docs(strapi, 'risk').update({ documentId: risks[1].documentId, data: { level: 'low' } });
    // #11: past its deadline and not done; past and done; due later
    const monitoring = await strapi.db
      .query(uid('monitoring-activity'))
      .findMany({ where: { plan: { documentId: plan } }, orderBy: { position: 'asc' } });
    const setMonitoring = (index: number, data: Record<string, unknown>) =>
      docs(strapi, 'monitoring-activity').update({ documentId: monitoring[index].documentId, data });
    await setMonitoring(0, { deadline: '2026-06-30' });
    await setMonitoring(1, { deadline: '2026-06-30', done: true });
    await setMonitoring(2, { deadline: '2027-06-30' });

    const { sheets, gaps } = await completeness(plan);

    // every gap of a row, not only the first
    expect(gapsOf(gaps, unknownSource)).toEqual([
      [3, 'source'],
      [3, 'updateFrequency'],
    ]);
    expect(gapsOf(gaps, uncertain)).toEqual([[3, 'sourceUncertain']]);
    expect(gapsOf(gaps, loneNeed)).toEqual([[4, 'goals']]);
    expect(gapsOf(gaps, answered)).toEqual([]);
    expect(gapsOf(gaps, bareGoal)).toEqual([[6, 'tasks']]);
    expect(gapsOf(gaps, goal)).toEqual([]);
    expect(gapsOf(gaps, bareTask)).toEqual([[6, 'activities']]);
    expect(gapsOf(gaps, task)).toEqual([]);
    expect(gapsOf(gaps, bareActivity)).toEqual([
      [7, 'responsibleUnit'],
      [7, 'fundingSource'],
    ]);
    expect(gapsOf(gaps, activity)).toEqual([]);
    expect(gapsOf(gaps, bareIndicator)).toEqual([
      [8, 'dataMethod'],
      [8, 'measurements'],
    ]);
    expect(gapsOf(gaps, indicator)).toEqual([]);
    expect(gapsOf(gaps, steps[0].documentId)).toEqual([]);
    expect(gaps.filter((g) => g.type === 'partnership-step').map((g) => g.field)).toEqual(['done', 'done']);
    expect(gapsOf(gaps, risks[0].documentId)).toEqual([[10, 'responsible']]);
    expect(gapsOf(gaps, risks[1].documentId)).toEqual([]);
    expect(gaps.filter((g) => g.type === 'risk' && g.field === 'level')).toHaveLength(4);
    expect(gapsOf(gaps, monitoring[0].documentId)).toEqual([[11, 'done']]);
    expect(gapsOf(gaps, monitoring[1].documentId)).toEqual([]);
    expect(gapsOf(gaps, monitoring[2].documentId)).toEqual([]);

    // each gap names its row and says, in Latvian, what to fill and on which worksheet
    expect(gaps.find((g) => g.documentId === bareActivity && g.field === 'fundingSource')).toEqual({
      worksheet: 7,
      type: 'activity',
      documentId: bareActivity,
      title: 'Aktivitāte bez atbildīgā',
      field: 'fundingSource',
      message: 'Aktivitātei nav norādīts finansējuma avots (#7)',
    });
    expect(gaps.find((g) => g.documentId === risks[0].documentId)!.title).toBe(risks[0].factor);
    expect(gaps.find((g) => g.documentId === monitoring[0].documentId)!.message).toMatch(/2026-06-30.*#11/);
    for (const gap of gaps) expect(gap.message).toMatch(/\(#\d+\)$/);

    const policyDocuments = await strapi.db
      .query(uid('policy-document'))
      .count({ where: { plan: { documentId: plan } } });
    expect(sheets).toEqual([
      { worksheet: 1, rows: policyDocuments, complete: policyDocuments },
      { worksheet: 2, rows: 0, complete: 0 },
      { worksheet: 3, rows: 3, complete: 1 },
      { worksheet: 4, rows: 2, complete: 1 },
      { worksheet: 5, rows: 0, complete: 0 },
      { worksheet: 6, rows: 4, complete: 2 },
      { worksheet: 7, rows: 2, complete: 1 },
      // two indicators and one measurement (its draft and published rows are one document)
      { worksheet: 8, rows: 3, complete: 2 },
      // three checklist steps and one engagement activity (its lv and en drafts are one document)
      { worksheet: 9, rows: 4, complete: 2 },
      { worksheet: 10, rows: 6, complete: 1 },
      { worksheet: 11, rows: 6, complete: 5 },
    ]);
  });

  it('flags a medium risk without preventive measures and reactive action as two more gaps', async () => {
    const { plan } = await makePlan(strapi);
    // as an older release may have left it (the write guard refuses it now)
    const [risk] = await strapi.db
      .query(uid('risk'))
      .findMany({ where: { plan: { documentId: plan } }, orderBy: { position: 'asc' } });
    await strapi.db
      .query(uid('risk'))
      .updateMany({ where: { documentId: risk.documentId }, data: { level: 'medium' } });
    const { gaps } = await completeness(plan);
    expect(gapsOf(gaps, risk.documentId)).toEqual([
      [10, 'responsible'],
      [10, 'preventiveMeasures'],
      [10, 'reactiveAction'],
    ]);
  });

  it('is part of the plan checks the admin reads, and refuses an unknown plan', async () => {
    const { plan } = await makePlan(strapi);
    const res = await http(strapi)
      .get(`/se-planning/plans/${plan}/checks`)
      .set('Authorization', `Bearer ${await adminToken(strapi)}`);
    expect(res.status).toBe(200);
    expect(res.body.data.completeness.sheets.map((s: { worksheet: number }) => s.worksheet)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(res.body.data.completeness.gaps).toContainEqual(
      expect.objectContaining({ worksheet: 9, type: 'partnership-step', field: 'done' }),
    );
    const refused = await rejection(() => completeness('nav-tada-plana'));
    expect(refused.name).toBe('NotFoundError');
  });
});
