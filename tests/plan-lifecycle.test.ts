/**
 * A new plan starts as the worksheets do (#9 checklist, #10 standard risks, #11 standard
 * monitoring); deleting a plan takes its rows with it; rows others depend on are not orphaned.
 */
import type { Core } from '@strapi/strapi';
import { adoptPlan, docs, makePlan, rejection, startStrapi, stopStrapi, uid } from './helpers/strapi';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { standardMonitoringActivities, standardRisks } from '../src/plugins/se-planning/common/standard-rows';
import { partnershipSteps } from '../src/plugins/se-planning/common/vocabulary';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const rowsOf = (name: string, plan: string) =>
  docs(strapi, name).findMany({ filters: { plan: { documentId: plan } }, sort: 'position:asc' });

describe('plan pre-fill', () => {
  it('starts every new plan with the five standard risks plus "other", unassessed', async () => {
    const { plan } = await makePlan(strapi);
    const risks = await rowsOf('risk', plan);
    expect(risks.map((r: { factor: string }) => r.factor)).toEqual(standardRisks.map((r) => r.factor));
    expect(risks.slice(0, 5).map((r: { factor: string }) => r.factor)).toEqual([
      'Finansējuma trūkums vai nestabilitāte',
      'Ierobežota sadarbība ar vietējiem uzņēmējiem un NVO',
      'Normatīvo aktu ierobežojumi',
      'Sabiedrības nepietiekama informētība un iesaiste',
      'Trūkst kapacitātes un ekspertīzes vietējā līmenī',
    ]);
    expect(risks.every((r: { level: string | null }) => r.level === null)).toBe(true);
  });

  it('starts every new plan with the six standard monitoring activities', async () => {
    const { plan } = await makePlan(strapi);
    const rows = await rowsOf('monitoring-activity', plan);
    expect(rows.map((r: { title: string }) => r.title)).toEqual(standardMonitoringActivities.map((m) => m.title));
    expect(rows).toHaveLength(6);
    expect(rows[5].title).toBe('Rīcības plāns ir pārskatīts un atjaunots');
  });

  it('starts every new plan with the three-step partnership checklist, not yet done', async () => {
    const { plan } = await makePlan(strapi);
    const steps = await rowsOf('partnership-step', plan);
    expect(steps.map((s: { step: string }) => s.step)).toEqual(Object.keys(partnershipSteps));
    expect(steps.every((s: { done: boolean }) => s.done === false)).toBe(true);
  });

  it('pre-fills only on creation, not when the plan is edited', async () => {
    const { plan } = await makePlan(strapi);
    await docs(strapi, 'plan').update({ documentId: plan, data: { summary: 'Precizēts kopsavilkums' } });
    expect(await rowsOf('risk', plan)).toHaveLength(6);
  });
});

describe('deleting', () => {
  it('deletes a draft plan together with all its worksheet rows', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis' } });
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums' } });
    await docs(strapi, 'plan').delete({ documentId: plan });
    for (const type of ['risk', 'monitoring-activity', 'partnership-step', 'goal', 'task']) {
      expect(await strapi.db.query(uid(type)).count({ where: { plan: { documentId: plan } } })).toBe(0);
    }
    expect(await strapi.db.query(uid('plan')).count({ where: { documentId: plan } })).toBe(0);
  });

  it('keeps an adopted plan (archive it instead)', async () => {
    const { plan } = await makePlan(strapi);
    await adoptPlan(strapi, plan);
    const error = await rejection(() => docs(strapi, 'plan').delete({ documentId: plan }));
    expect(error.name).toBe('ValidationError');
    expect(await rowsOf('risk', plan)).toHaveLength(6);
  });

  it('refuses to delete a goal that still has tasks, and keeps both', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis ar uzdevumu' } });
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums' } });
    const error = await rejection(() => docs(strapi, 'goal').delete({ documentId: goal.documentId }));
    expect(error.details.errors[0]).toMatchObject({
      path: ['tasks'],
      message: expect.stringMatching(/Uzdevumi \(#6\)/),
    });
    expect(await rowsOf('task', plan)).toHaveLength(1);
    expect(await rowsOf('goal', plan)).toHaveLength(1);
  });
});

describe('adoption checks', () => {
  it('refuses to adopt, listing every reason, while a goal is unmeasured, an activity has nobody responsible or a risk has no measures', async () => {
    const { plan, unit } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Nemērīts mērķis' } });
    const task = await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums' } });
    const activity = await docs(strapi, 'activity').create({
      data: { plan, task: task.documentId, title: 'Aktivitāte bez atbildīgā' },
    });
    // a medium risk stored without its measures (as an older release may have left it)
    const risk = (await rowsOf('risk', plan))[0] as { documentId: string; factor: string };
    await strapi.db
      .query(uid('risk'))
      .updateMany({ where: { documentId: risk.documentId }, data: { level: 'medium' } });

    const checks = await getService(strapi, 'plan-checks').forPlan(plan);
    expect(checks.blocking.map((b: { type: string; documentId: string }) => [b.type, b.documentId])).toEqual([
      ['goal', goal.documentId],
      ['activity', activity.documentId],
      ['risk', risk.documentId],
    ]);
    const refused = await rejection(() => adoptPlan(strapi, plan));
    expect(refused.name).toBe('ValidationError');
    expect(refused.details.errors.map((e: { path: string[] }) => e.path)).toEqual([
      ['goal', goal.documentId],
      ['activity', activity.documentId],
      ['risk', risk.documentId],
    ]);
    expect((await docs(strapi, 'plan').findOne({ documentId: plan })).planStatus).toBe('drafting');

    // measured through its task's activity, someone responsible, the risk's measures written: adopted
    await docs(strapi, 'indicator').create({
      data: { plan, activity: activity.documentId, title: 'Dalībnieku skaits', kind: 'quantitative' },
    });
    await docs(strapi, 'activity').update({ documentId: activity.documentId, data: { responsibleUnit: unit } });
    await docs(strapi, 'risk').update({
      documentId: risk.documentId,
      data: { preventiveMeasures: 'Rezerves finansējums', reactiveAction: 'Pārplānošana' },
    });
    // (the fixes changed the plan after its approval: it is reviewed again, then adopted)
    await adoptPlan(strapi, plan);
    expect((await docs(strapi, 'plan').findOne({ documentId: plan })).planStatus).toBe('adopted');
  });
});

describe('approving a plan approves its worksheets', () => {
  const stateOf = async (plan: string) =>
    (await getService(strapi, 'review').state('plan', plan)) as { reviewState: string; planStatus?: string };

  it('sends a submitted or approved plan back to draft when one of its worksheet rows changes, not when it is saved unchanged', async () => {
    const { plan } = await makePlan(strapi);
    const review = getService(strapi, 'review');
    await review.transition('plan', plan, 'submit', null);
    const risk = (await rowsOf('risk', plan))[0] as { documentId: string; factor: string };
    await docs(strapi, 'risk').update({ documentId: risk.documentId, data: { factor: risk.factor } });
    expect((await stateOf(plan)).reviewState).toBe('submitted');
    await docs(strapi, 'risk').update({ documentId: risk.documentId, data: { impact: 'Aktivitātes tiek atceltas' } });
    expect((await stateOf(plan)).reviewState).toBe('draft');
    const history = await review.history('plan', plan);
    expect(history.at(-1)).toMatchObject({ action: 'edited', fromState: 'submitted', toState: 'draft' });

    // approved, then a goal added: what was approved is no longer the plan, so it cannot be adopted
    await review.transition('plan', plan, 'submit', null);
    await review.transition('plan', plan, 'approve', null);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Vēlāk pievienots mērķis' } });
    expect((await stateOf(plan)).reviewState).toBe('draft');
    const refused = await rejection(() => review.adopt(plan, { number: '9/9', date: '2025-03-01' }, null));
    expect(refused.details.errors[0].path).toEqual(['reviewState']);
    // and deleting it changes the plan again
    await review.transition('plan', plan, 'submit', null);
    await docs(strapi, 'goal').delete({ documentId: goal.documentId });
    expect((await stateOf(plan)).reviewState).toBe('draft');
  });

  it('leaves the plan’s approval alone when content with its own review changes (a programme)', async () => {
    const { plan } = await makePlan(strapi);
    const review = getService(strapi, 'review');
    await review.transition('plan', plan, 'submit', null);
    await review.transition('plan', plan, 'approve', null);
    await docs(strapi, 'support-programme').create({ locale: 'lv', data: { plan, title: 'Grants', kind: 'grant' } });
    expect((await stateOf(plan)).reviewState).toBe('approved');
  });

  it('begins an amendment when an adopted plan’s worksheet changes: the adoption stands', async () => {
    const { plan } = await makePlan(strapi);
    await adoptPlan(strapi, plan);
    await docs(strapi, 'goal').create({ data: { plan, title: 'Grozījumu mērķis' } });
    expect(await stateOf(plan)).toMatchObject({ reviewState: 'draft', planStatus: 'adopted' });
  });
});
