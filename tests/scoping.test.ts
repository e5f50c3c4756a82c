/**
 * Roles and municipality scoping through the admin HTTP API: the planner and approver roles
 * created on first start, staff limited to their municipalities' plans and rows in the Content
 * Manager and in the plugin's routes (403/404, nothing changed), and the demo scenario: an editor
 * submits a programme, an approver of the same municipality approves and publishes it, an
 * approver of another municipality cannot see it.
 */
import type { Core } from '@strapi/strapi';
import { addStaff, docs, http, makePlan, staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { cm, as, get, post, put } from './helpers/requests';

let strapi: Core.Strapi;
let home: { municipality: string; plan: string; unit: string };
let other: { municipality: string; plan: string; unit: string };
let editor: Staff;
let approver: Staff;
let otherApprover: Staff;

beforeAll(async () => {
  strapi = await startStrapi();
  home = await makePlan(strapi);
  other = await makePlan(strapi);
  editor = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Pēteris' });
  approver = await staffLogin(strapi, { roles: ['se-planning-approver'], firstname: 'Inese' });
  otherApprover = await staffLogin(strapi, { roles: ['se-planning-approver'], firstname: 'Jānis' });
  await addStaff(strapi, home.municipality, editor.user.id);
  await addStaff(strapi, home.municipality, approver.user.id);
  await addStaff(strapi, other.municipality, otherApprover.user.id);
});
afterAll(stopStrapi);

describe('staff roles', () => {
  it('creates the planner, approver and vocabulary keeper roles with Latvian names', async () => {
    const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $startsWith: 'se-planning-' } } });
    expect(roles.map((r: { name: string }) => r.name).sort()).toEqual([
      'SU apstiprinātājs',
      'SU plānotājs',
      'SU vārdnīcas uzturētājs',
    ]);
  });
});

describe('the demo scenario, role by role', () => {
  let programme: string;

  it('lets the editor draft a programme in their municipality and submit it, but not approve or publish it', async () => {
    const created = await post(editor, `${cm('support-programme')}?locale=lv`, {
      plan: home.plan,
      title: 'Sociālās uzņēmējdarbības grants',
      kind: 'grant',
      amountMax: 5000,
    });
    expect(created.status).toBe(201);
    programme = created.body.data.documentId;
    expect((await post(editor, `/se-planning/review/support-programme/${programme}/submit`)).status).toBe(200);
    expect((await post(editor, `/se-planning/review/support-programme/${programme}/approve`)).status).toBe(403);
    expect((await post(editor, `${cm('support-programme')}/${programme}/actions/publish?locale=lv`)).status).toBe(403);
  });

  it('hides it from an approver of another municipality', async () => {
    expect((await get(otherApprover, `/se-planning/review/support-programme/${programme}`)).status).toBe(404);
    expect((await post(otherApprover, `/se-planning/review/support-programme/${programme}/approve`)).status).toBe(404);
    const queue = await get(otherApprover, '/se-planning/review/queue');
    expect(queue.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(programme);
    expect((await get(otherApprover, `${cm('support-programme')}/${programme}?locale=lv`)).status).toBe(403);
    const list = await get(otherApprover, `${cm('support-programme')}?locale=lv&pageSize=100`);
    expect(list.body.results.map((r: { documentId: string }) => r.documentId)).not.toContain(programme);
  });

  it('lets the approver of the same municipality approve and publish it, and the history shows every step', async () => {
    const queue = await get(approver, '/se-planning/review/queue');
    expect(queue.body.data.map((item: { documentId: string }) => item.documentId)).toContain(programme);
    expect((await post(approver, `/se-planning/review/support-programme/${programme}/approve`)).status).toBe(200);
    expect((await post(approver, `${cm('support-programme')}/${programme}/actions/publish?locale=lv`)).status).toBe(
      200,
    );
    const history = (await get(editor, `/se-planning/review/support-programme/${programme}`)).body.data.history;
    expect(history.map((e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`)).toEqual([
      'submit:Pēteris Darbinieks',
      'approve:Inese Darbinieks',
      'publish:Inese Darbinieks',
    ]);
  });
});

describe('the plugin’s publish permission', () => {
  it('is needed besides the Content Manager’s own publish permission', async () => {
    // a role an administrator might make: Content Manager publishing, but not the plugin's
    const roles = strapi.service('admin::role');
    const role = await roles.create({ name: 'Tikai CM publicētājs', code: 'cm-only-publisher', description: 'tests' });
    const CM = 'plugin::content-manager.explorer';
    const fields = Object.keys(strapi.contentType(uid('support-programme')).attributes);
    await roles.assignPermissions(
      role.id,
      ['read', 'update', 'publish'].map((action) => ({
        action: `${CM}.${action}`,
        subject: uid('support-programme'),
        properties: action === 'publish' ? { locales: ['lv', 'en'] } : { fields, locales: ['lv', 'en'] },
        conditions: [],
      })),
    );
    const publisher = await staffLogin(strapi, { roles: ['cm-only-publisher'] });
    await addStaff(strapi, home.municipality, publisher.user.id);
    const created = await post(editor, `${cm('support-programme')}?locale=lv`, {
      plan: home.plan,
      title: 'Apmācības',
      kind: 'training',
    });
    const documentId = created.body.data.documentId;
    await post(editor, `/se-planning/review/support-programme/${documentId}/submit`);
    await post(approver, `/se-planning/review/support-programme/${documentId}/approve`);
    const refused = await post(publisher, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Publicēt apstiprināto/);
    expect(
      await strapi.db.query(uid('support-programme')).count({ where: { documentId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
    expect((await post(approver, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`)).status).toBe(
      200,
    );
  });
});

describe('staff of one municipality and another’s rows', () => {
  it('lists only their own plans in the plugin and in the Content Manager', async () => {
    const plans = (await get(editor, '/se-planning/plans')).body.data.map((p: { documentId: string }) => p.documentId);
    expect(plans).toContain(home.plan);
    expect(plans).not.toContain(other.plan);
    const risks = await get(editor, `${cm('risk')}?pageSize=100`);
    expect(risks.status).toBe(200);
    const ids = (plan: string) =>
      docs(strapi, 'risk')
        .findMany({ filters: { plan: { documentId: plan } } })
        .then((rows: { documentId: string }[]) => rows.map((r) => r.documentId).sort());
    expect(risks.body.results.map((r: { documentId: string }) => r.documentId).sort()).toEqual(await ids(home.plan));
  });

  it('cannot read or edit another municipality’s rows, and nothing changes', async () => {
    const [risk] = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: other.plan } }, limit: 1 });
    expect((await get(editor, `${cm('risk')}/${risk.documentId}`)).status).toBe(403);
    const edit = await put(editor, `${cm('risk')}/${risk.documentId}`, { factor: 'Pārrakstīts' });
    expect([403, 404]).toContain(edit.status);
    const remove = await http(strapi)
      .delete(`${cm('risk')}/${risk.documentId}`)
      .set(as(editor));
    expect([403, 404]).toContain(remove.status);
    const stored = await docs(strapi, 'risk').findOne({ documentId: risk.documentId });
    expect(stored.factor).toBe(risk.factor);
    expect((await get(editor, `/se-planning/plans/${other.plan}/checks`)).status).toBe(404);
  });

  it('cannot create rows in another municipality’s plan', async () => {
    const res = await post(editor, cm('data-source'), { plan: other.plan, dataType: 'Iedzīvotāju aptauja' });
    expect(res.status).toBe(403);
    expect(await strapi.db.query(uid('data-source')).count({ where: { plan: { documentId: other.plan } } })).toBe(0);
  });

  it('cannot change municipalities or their staff', async () => {
    const res = await put(editor, `${cm('municipality')}/${other.municipality}`, {
      staff: { connect: [{ id: editor.user.id }] },
    });
    expect(res.status).toBe(403);
    const own = await put(editor, `${cm('municipality')}/${home.municipality}`, { website: 'https://example.lv' });
    expect(own.status).toBe(403);
    const members = await docs(strapi, 'municipality').findOne({ documentId: other.municipality, populate: ['staff'] });
    expect(members.staff.map((u: { id: number }) => u.id)).not.toContain(editor.user.id);
  });

  it('keeps a plan in its municipality', async () => {
    const moved = await put(approver, `${cm('plan')}/${home.plan}`, { municipality: other.municipality });
    expect([400, 403]).toContain(moved.status);
    const stored = await docs(strapi, 'plan').findOne({ documentId: home.plan, populate: ['municipality'] });
    expect(stored.municipality.documentId).toBe(home.municipality);
  });
});

describe('a new row in the Content Manager', () => {
  it('comes back to the planner who created it with its content (its municipality known from the start)', async () => {
    const created = await post(editor, `${cm('support-programme')}?locale=lv`, {
      plan: home.plan,
      title: 'Jauna programma plānotājam',
      kind: 'grant',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ title: 'Jauna programma plānotājam', kind: 'grant', revision: 0 });
  });
});
