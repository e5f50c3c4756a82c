/**
 * A new plan starts as the worksheets do (#9 checklist, #10 standard risks, #11 standard
 * monitoring); deleting a plan takes its rows with it; rows others depend on are not orphaned.
 */
import type { Core } from '@strapi/strapi';
import { adoptPlan, docs, makePlan, rejection, startStrapi, stopStrapi, uid } from './helpers/strapi';
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
