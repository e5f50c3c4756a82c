/**
 * The municipality boundary and the workflow hold on every write path, not only on the document being saved.
 * Each attack below succeeded on an earlier release; each is made here as the demo's staff would make it,
 * through the real admin HTTP API (the Content Manager, its clone and the plugin's own routes), and each must
 * leave the other municipality's data, the public API and the plan's lifecycle as they were.
 */
import type { Core } from '@strapi/strapi';
import {
  addStaff,
  adoptPlan,
  docs,
  http,
  makePlan,
  staffLogin,
  startStrapi,
  stopStrapi,
  uid,
  unique,
  type Staff,
} from './helpers/strapi';
import { api, as, cm, del, demoLogin, get, post, put, reviewPath, save } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
let kaiminu: Staff; // the neighbouring municipality's approver
let planner: Staff; // Parauga's planner
let approver: Staff; // Parauga's approver

type Row = { id: number; documentId: string; [key: string]: any };
const row = async (type: string, where: object, populate?: object): Promise<Row> => {
  const found = await strapi.db.query(uid(type)).findOne({ where, populate, orderBy: { id: 'asc' } });
  if (!found) throw new Error(`no ${type} matching ${JSON.stringify(where)}`);
  return found;
};
const ofParauga = { plan: { municipality: { slug: 'parauga-novads' } } };
const ofKaiminu = { plan: { municipality: { slug: 'kaiminu-novads' } } };

const d = {} as Record<
  | 'paraugaPlan'
  | 'kaiminuPlan'
  | 'paraugaGoal'
  | 'paraugaTask'
  | 'paraugaIndicator'
  | 'kaiminuGoal'
  | 'kaiminuTask'
  | 'publishedProgramme'
  | 'draftProgramme'
  | 'publishedActivity'
  | 'paraugaRisk'
  | 'paraugaOrganisation'
  | 'paraugaHistory'
  | 'targetGroup',
  Row
>;

beforeAll(async () => {
  strapi = await startStrapi();
  const demo = getService(strapi, 'demo-data');
  await demo.load();
  await demo.ensureDemoLogins();
  kaiminu = await demoLogin('apstiprinatajs@kaiminu-novads.lv');
  planner = await demoLogin('planotajs@parauga-novads.lv');
  approver = await demoLogin('apstiprinatajs@parauga-novads.lv');

  d.paraugaPlan = await row('plan', { municipality: { slug: 'parauga-novads' } });
  d.kaiminuPlan = await row('plan', { municipality: { slug: 'kaiminu-novads' } });
  d.paraugaGoal = await row('goal', ofParauga);
  d.paraugaTask = await row('task', ofParauga, { goal: true });
  d.paraugaIndicator = await row('indicator', { ...ofParauga, goal: { id: { $notNull: true } } }, { goal: true });
  d.kaiminuGoal = await row('goal', ofKaiminu);
  d.kaiminuTask = await row('task', ofKaiminu);
  d.publishedProgramme = await row('support-programme', {
    ...ofParauga,
    locale: 'lv',
    publishedAt: { $notNull: true },
  });
  const published = (
    await strapi.db.query(uid('support-programme')).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['documentId'],
    })
  ).map((p: Row) => p.documentId);
  d.draftProgramme = await row('support-programme', { ...ofParauga, documentId: { $notIn: published } });
  d.publishedActivity = await row('engagement-activity', {
    ...ofParauga,
    locale: 'lv',
    publishedAt: { $notNull: true },
  });
  d.paraugaRisk = await row('risk', ofParauga);
  d.paraugaOrganisation = await row('organisation', { municipality: { slug: 'parauga-novads' } });
  d.paraugaHistory = await row('review-event', { plan: { id: d.paraugaPlan.id } });
  d.targetGroup = await row('target-group', {});
}, 300_000);
afterAll(stopStrapi);

/** The public programme as a resident sees it. */
const publicProgramme = async () => (await api(`/support-programmes/${d.publishedProgramme.documentId}`)).body.data;

describe('relations written from the other side (1, 2, 3, 4, 7)', () => {
  it.each([
    ['connect', { connect: [{ documentId: 'TASK' }] }],
    ['connect with locale and status', { connect: [{ documentId: 'TASK', locale: 'lv', status: 'draft' }] }],
    ['set', { set: ['TASK'] }],
    ['a plain list', ['TASK']],
    ['numeric ids', { connect: [{ id: 'ID' }] }],
  ])('1. refuses hanging another municipality’s task under an own goal (%s)', async (_, tasks) => {
    const value = JSON.parse(
      JSON.stringify(tasks)
        .replace('"TASK"', JSON.stringify(d.paraugaTask.documentId))
        .replace('"ID"', String(d.paraugaTask.id)),
    );
    const res = await save(kaiminu, 'goal', d.kaiminuGoal.documentId, { tasks: value });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['tasks']);
    const task = await row('task', { id: d.paraugaTask.id }, { goal: true });
    expect(task.goal.documentId).toBe(d.paraugaTask.goal.documentId);
  });

  it('1. refuses the same through indicators, and from the declaring side (an own task under their goal)', async () => {
    const indicators = await save(kaiminu, 'goal', d.kaiminuGoal.documentId, {
      indicators: { connect: [{ documentId: d.paraugaIndicator.documentId }] },
    });
    expect(indicators.status).toBe(400);
    const owning = await save(kaiminu, 'task', d.kaiminuTask.documentId, {
      goal: { connect: [{ documentId: d.paraugaGoal.documentId }] },
    });
    expect(owning.status).toBe(403);
    const created = await post(kaiminu, cm('indicator'), {
      plan: d.kaiminuPlan.documentId,
      title: 'Svešs rādītājs',
      kind: 'quantitative',
      goal: d.paraugaGoal.documentId,
    });
    expect(created.status).toBe(403);
    const results = (await api(`/results?plan=${d.paraugaPlan.documentId}&pageSize=100`)).body.data;
    expect(
      results.every((r: { goal: { documentId: string } | null }) => r.goal?.documentId !== d.kaiminuGoal.documentId),
    ).toBe(true);
    expect((await row('indicator', { id: d.paraugaIndicator.id }, { goal: true })).goal.documentId).toBe(
      d.paraugaIndicator.goal.documentId,
    );
  });

  it('2. refuses moving another municipality’s goal into an own plan', async () => {
    const res = await save(kaiminu, 'plan', d.kaiminuPlan.documentId, {
      goals: { connect: [{ documentId: d.paraugaGoal.documentId }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['goals']);
    expect((await row('goal', { id: d.paraugaGoal.id }, { plan: true })).plan.documentId).toBe(
      d.paraugaPlan.documentId,
    );
  });

  it('3. refuses taking a published programme into an own new plan, so deleting that plan cannot take it down', async () => {
    const before = await publicProgramme();
    const created = await post(kaiminu, cm('plan'), {
      title: unique('Kaimiņu otrais plāns'),
      periodStartYear: 2026,
      periodEndYear: 2028,
      municipality: (await row('municipality', { slug: 'kaiminu-novads' })).documentId,
    });
    expect(created.status).toBe(201);
    const own = created.body.data.documentId as string;
    for (const item of [
      { documentId: d.publishedProgramme.documentId },
      { documentId: d.publishedProgramme.documentId, locale: 'lv', status: 'published' },
      { documentId: d.publishedProgramme.documentId, locale: 'en', status: 'draft' },
    ]) {
      const res = await save(kaiminu, 'plan', own, { supportProgrammes: { connect: [item] } });
      expect(res.status).toBe(400);
    }
    expect((await del(kaiminu, `${cm('plan')}/${own}`)).status).toBe(200);
    expect(await publicProgramme()).toEqual(before);
  });

  it('4. keeps target groups to their keepers: nobody else links a programme from the target group’s side', async () => {
    const before = await publicProgramme();
    const res = await save(kaiminu, 'target-group', d.targetGroup.documentId, {
      supportProgrammes: {
        connect: [{ documentId: d.publishedProgramme.documentId, locale: 'lv', status: 'published' }],
      },
    });
    expect([400, 403]).toContain(res.status);
    const renamed = await save(approver, 'target-group', d.targetGroup.documentId, { name: 'Pārdēvēta grupa' });
    expect(renamed.status).toBe(403);
    expect((await row('target-group', { id: d.targetGroup.id })).name).toBe(d.targetGroup.name);
    expect(await publicProgramme()).toEqual(before);
  });

  it('4. lets the vocabulary keepers change target groups (and nobody re-link programmes from there)', async () => {
    const keeper = await staffLogin(strapi, { roles: ['se-planning-vocabulary'], firstname: 'Vārdnīca' });
    const renamed = await save(keeper, 'target-group', d.targetGroup.documentId, { description: 'Precizēts apraksts' });
    expect(renamed.status).toBe(200);
    const linked = await save(keeper, 'target-group', d.targetGroup.documentId, {
      supportProgrammes: { connect: [{ documentId: d.publishedProgramme.documentId }] },
    });
    expect(linked.status).toBe(400);
    await save(keeper, 'target-group', d.targetGroup.documentId, { description: d.targetGroup.description });
  });

  it('shows every inverse relation read-only in the Content Manager', async () => {
    const admin = await staffLogin(strapi);
    for (const [type, field] of [
      ['goal', 'tasks'],
      ['plan', 'goals'],
      ['plan', 'reviewEvents'],
      ['target-group', 'supportProgrammes'],
    ]) {
      const res = await get(admin, `/content-manager/content-types/${uid(type)}/configuration`);
      expect({ type, field, editable: res.body.data.contentType.metadatas[field].edit.editable }).toEqual({
        type,
        field,
        editable: false,
      });
    }
  });

  it('7. refuses re-linking another plan’s history entry', async () => {
    const res = await save(kaiminu, 'plan', d.kaiminuPlan.documentId, {
      reviewEvents: { connect: [{ documentId: d.paraugaHistory.documentId }] },
    });
    expect(res.status).toBe(400);
    expect((await row('review-event', { id: d.paraugaHistory.id }, { plan: true })).plan.documentId).toBe(
      d.paraugaPlan.documentId,
    );
  });
});

describe('clone and organisations (5, 6)', () => {
  it.each([['support-programme'], ['risk']])(
    '5. refuses cloning another municipality’s %s into an own plan',
    async (type) => {
      const source = type === 'risk' ? d.paraugaRisk : d.draftProgramme;
      const before = await strapi.db.query(uid(type)).count({ where: { plan: { id: d.kaiminuPlan.id } } });
      const res = await post(kaiminu, `${cm(type)}/clone/${source.documentId}${type === 'risk' ? '' : '?locale=lv'}`, {
        plan: d.kaiminuPlan.documentId,
      });
      expect([403, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain(source.title ?? source.factor);
      expect(await strapi.db.query(uid(type)).count({ where: { plan: { id: d.kaiminuPlan.id } } })).toBe(before);
    },
  );

  it('6. keeps organisations to their municipality: no rename, no delete, no list from outside', async () => {
    const renamed = await put(kaiminu, `${cm('organisation')}/${d.paraugaOrganisation.documentId}`, {
      name: 'Pārdēvēta',
      revision: d.paraugaOrganisation.revision,
    });
    expect([403, 404]).toContain(renamed.status);
    expect([403, 404]).toContain(
      (await del(kaiminu, `${cm('organisation')}/${d.paraugaOrganisation.documentId}`)).status,
    );
    const stored = await row('organisation', { id: d.paraugaOrganisation.id });
    expect(stored.name).toBe(d.paraugaOrganisation.name);
    const listed = await get(kaiminu, `${cm('organisation')}?page=1&pageSize=100`);
    expect(listed.status).toBe(200);
    expect(listed.body.results.map((o: Row) => o.documentId)).not.toContain(d.paraugaOrganisation.documentId);
    // and an own row cannot name another municipality's organisation
    const activity = await row('activity', ofKaiminu);
    const linked = await save(kaiminu, 'activity', activity.documentId, {
      organisations: { connect: [{ documentId: d.paraugaOrganisation.documentId }] },
    });
    expect([400, 403]).toContain(linked.status);
  });
});

describe('the plan’s lifecycle and published content (8, 9)', () => {
  it('8. refuses un-adopting, archiving or deleting the adopted plan by a save', async () => {
    for (const planStatus of ['drafting', 'archived']) {
      const res = await save(planner, 'plan', d.paraugaPlan.documentId, { planStatus });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['planStatus']);
    }
    const decision = await save(planner, 'plan', d.paraugaPlan.documentId, { councilDecisionNumber: '1/1' });
    expect(decision.status).toBe(400);
    expect((await del(planner, `${cm('plan')}/${d.paraugaPlan.documentId}`)).status).toBe(400);
    expect((await del(approver, `${cm('plan')}/${d.paraugaPlan.documentId}`)).status).toBe(400);
    const plan = await row('plan', { id: d.paraugaPlan.id });
    expect(plan.planStatus).toBe('adopted');
    expect(plan.councilDecisionNumber).toBe(d.paraugaPlan.councilDecisionNumber);
    expect((await publicProgramme()).documentId).toBe(d.publishedProgramme.documentId);
    // a save that sends the lifecycle fields back unchanged (as the form does) is a save
    const same = await save(planner, 'plan', d.paraugaPlan.documentId, {
      planStatus: 'adopted',
      councilDecisionNumber: d.paraugaPlan.councilDecisionNumber,
      summary: d.paraugaPlan.summary,
    });
    expect(same.status).toBe(200);
  });

  it('8. moves the lifecycle only by the commands: amend and archive need a plan manager and are recorded', async () => {
    // a plan of its own municipality, where the Parauga staff also work (the demo plan stays as it is)
    const { plan, municipality } = await makePlan(strapi);
    await addStaff(strapi, municipality, planner.user.id, approver.user.id);
    await adoptPlan(strapi, plan);
    expect((await post(planner, `/se-planning/plans/${plan}/archive`)).status).toBe(403);
    expect((await post(planner, `/se-planning/plans/${plan}/amend`, { comment: 'Jauni mērķi' })).status).toBe(403);
    const noReason = await post(approver, `/se-planning/plans/${plan}/amend`, {});
    expect(noReason.status).toBe(400);
    const amended = await post(approver, `/se-planning/plans/${plan}/amend`, { comment: 'Jauni mērķi' });
    expect(amended.status).toBe(200);
    const stored = await docs(strapi, 'plan').findOne({ documentId: plan });
    expect([stored.planStatus]).toEqual(['adopted']); // the adoption stands until the amendment is adopted
    const history = (await get(approver, reviewPath('plan', plan))).body.data.history;
    expect(history.at(-1)).toMatchObject({ action: 'amend', toState: 'draft', comment: 'Jauni mērķi' });
    expect((await post(approver, `/se-planning/plans/${plan}/archive`)).status).toBe(200);
    expect((await del(approver, `${cm('plan')}/${plan}`)).status).toBe(400);
  });

  it('9. lets only an approver delete published content, and records it', async () => {
    const refused = await del(planner, `${cm('engagement-activity')}/${d.publishedActivity.documentId}?locale=lv`);
    expect(refused.status).toBe(403);
    expect((await api(`/engagement-activities/${d.publishedActivity.documentId}`)).status).toBe(200);

    // an approver may: on an activity of its own, taken through the workflow
    const { documentId } = await docs(strapi, 'engagement-activity').create({
      locale: 'lv',
      data: { title: unique('Dzēšamā tikšanās'), plan: d.paraugaPlan.documentId },
    });
    const review = getService(strapi, 'review');
    await review.transition('engagement-activity', documentId, 'submit', planner.user as never);
    await review.transition('engagement-activity', documentId, 'approve', approver.user as never);
    await docs(strapi, 'engagement-activity').publish({ documentId, locale: 'lv' });
    expect((await api(`/engagement-activities/${documentId}`)).status).toBe(200);
    expect((await del(planner, `${cm('engagement-activity')}/${documentId}?locale=lv`)).status).toBe(403);
    expect((await del(approver, `${cm('engagement-activity')}/${documentId}?locale=lv`)).status).toBe(200);
    expect((await api(`/engagement-activities/${documentId}`)).status).toBe(404);
    const history = await strapi.db.query(uid('review-event')).findMany({
      where: { targetDocumentId: documentId },
      orderBy: { id: 'asc' },
    });
    expect(history.at(-1)).toMatchObject({ action: 'delete', actorName: expect.stringContaining('Inese') });
  });

  it('9. refuses the same through the Content Manager’s bulk actions', async () => {
    const url = (action: string) => `${cm('engagement-activity')}/actions/${action}?locale=lv`;
    const ids = { documentIds: [d.publishedActivity.documentId] };
    expect((await post(planner, url('bulkDelete'), ids)).status).toBe(403);
    expect([403, 400]).toContain((await post(planner, url('bulkUnpublish'), ids)).status);
    expect([403, 404]).toContain((await post(kaiminu, url('bulkDelete'), ids)).status);
    expect((await api(`/engagement-activities/${d.publishedActivity.documentId}`)).status).toBe(200);
  });

  it('refuses discarding the draft of another municipality’s published programme', async () => {
    const before = await row('support-programme', { id: d.publishedProgramme.id });
    const res = await post(
      kaiminu,
      `${cm('support-programme')}/${d.publishedProgramme.documentId}/actions/discard?locale=lv`,
    );
    expect([403, 404]).toContain(res.status);
    const drafts = await strapi.db.query(uid('support-programme')).findMany({
      where: { documentId: d.publishedProgramme.documentId, publishedAt: null },
    });
    expect(drafts.length).toBeGreaterThan(0);
    expect((await row('support-programme', { id: d.publishedProgramme.id })).updatedAt).toEqual(before.updatedAt);
  });

  it('9. lets only an approver unpublish, and records it', async () => {
    const unpublish = await post(
      planner,
      `${cm('engagement-activity')}/${d.publishedActivity.documentId}/actions/unpublish?locale=lv`,
    );
    expect(unpublish.status).toBe(403);
    expect((await api(`/engagement-activities/${d.publishedActivity.documentId}`)).status).toBe(200);
  });
});

describe('every save states its revision (10)', () => {
  it.each([['missing'], ['null'], ['empty']])('refuses a save whose revision is %s with 428', async (how) => {
    const body: Record<string, unknown> = { factor: 'Pārrakstīts bez versijas' };
    if (how === 'null') body.revision = null;
    if (how === 'empty') body.revision = '';
    const res = await put(planner, `${cm('risk')}/${d.paraugaRisk.documentId}`, body);
    expect(res.status).toBe(428);
    expect(res.body.error.message).toMatch(/versija/);
    expect((await row('risk', { id: d.paraugaRisk.id })).factor).toBe(d.paraugaRisk.factor);
  });

  it('takes a save with its revision, and a script needs none', async () => {
    const res = await save(planner, 'risk', d.paraugaRisk.documentId, { factor: d.paraugaRisk.factor });
    expect(res.status).toBe(200);
    const scripted = await docs(strapi, 'risk').update({
      documentId: d.paraugaRisk.documentId,
      data: { factor: d.paraugaRisk.factor },
    });
    expect(scripted.factor).toBe(d.paraugaRisk.factor);
  });
});

describe('the same attacks through the plugin’s own routes', () => {
  it('answers another municipality’s plan and items as if they did not exist', async () => {
    const plan = d.paraugaPlan.documentId;
    for (const [method, url, body] of [
      ['post', `/se-planning/plans/${plan}/archive`, {}],
      ['post', `/se-planning/plans/${plan}/amend`, { comment: 'Svešs' }],
      ['post', `/se-planning/plans/${plan}/adopt`, { councilDecisionNumber: '1', councilDecisionDate: '2026-01-01' }],
      ['get', `/se-planning/plans/${plan}/checks`, {}],
      ['get', `/se-planning/plans/${plan}/workspace`, {}],
      ['get', `/se-planning/plans/${plan}/chain`, {}],
      ['post', reviewPath('support-programme', d.draftProgramme.documentId, 'submit'), {}],
      ['get', reviewPath('plan', plan), {}],
    ] as const) {
      const res = method === 'get' ? await get(kaiminu, url) : await http(strapi).post(url).set(as(kaiminu)).send(body);
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    expect((await row('plan', { id: d.paraugaPlan.id })).planStatus).toBe('adopted');
  });
});

describe('relations named by id inside one transaction (a script’s, an import’s)', () => {
  it('links a plan named by its row id, and gives each row the plan’s municipality', async () => {
    const { plan } = await makePlan(strapi);
    const planRow = await row('plan', { documentId: plan }, { municipality: true });
    const created = await strapi.db.transaction(async () => [
      await docs(strapi, 'risk').create({ data: { plan: { set: [{ id: planRow.id }] }, factor: 'Pēc id (set)' } }),
      await docs(strapi, 'risk').create({ data: { plan: planRow.id, factor: 'Pēc id' } }),
    ]);
    for (const risk of created) {
      const stored = await row('risk', { documentId: risk.documentId }, { plan: true });
      expect(stored.plan.documentId).toBe(plan);
      expect(stored.municipalityId).toBe(planRow.municipality.id);
    }
  });

  it('checks each row against its plan as the transaction knows it: a unit of another municipality is refused', async () => {
    const own = await makePlan(strapi);
    const other = await makePlan(strapi);
    const planRow = await row('plan', { documentId: own.plan });
    const risks = () => strapi.db.query(uid('risk')).count({ where: { plan: { documentId: own.plan } } });
    const before = await risks();
    const written: string[] = [];
    const refused = await strapi.db
      .transaction(async () => {
        for (const [factor, responsibleUnit] of [
          ['Savs risks', undefined],
          ['Ar savu nodaļu', own.unit],
          ['Ar svešu nodaļu', other.unit],
        ]) {
          await docs(strapi, 'risk').create({ data: { plan: planRow.id, factor, responsibleUnit } });
          written.push(factor!);
        }
      })
      .catch((error: { details?: { errors?: { path: string[]; message: string }[] } }) => error);
    // the own unit passes (the plan's municipality is known), the other municipality's is refused
    expect(written).toEqual(['Savs risks', 'Ar savu nodaļu']);
    expect((refused as any).details.errors).toEqual([
      expect.objectContaining({ path: ['responsibleUnit'], message: 'Struktūrvienība pieder citai pašvaldībai' }),
    ]);
    expect(await risks()).toBe(before);
  });

  it('refuses a row id that does not exist, and writes nothing of the transaction', async () => {
    const { plan } = await makePlan(strapi);
    const before = await strapi.db.query(uid('risk')).count({ where: { plan: { documentId: plan } } });
    await expect(
      strapi.db.transaction(async () => {
        await docs(strapi, 'risk').create({ data: { plan, factor: 'Pirms kļūdas' } });
        await docs(strapi, 'risk').create({ data: { plan: { set: [{ id: 99_999_999 }] }, factor: 'Nav plāna' } });
      }),
    ).rejects.toThrow(/nav atrasts/);
    expect(await strapi.db.query(uid('risk')).count({ where: { plan: { documentId: plan } } })).toBe(before);
  });
});
