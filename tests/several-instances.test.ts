/**
 * Two portal instances, each in its own process, on one PostgreSQL database (as behind a load balancer):
 * a publication made through one is answered by the other on its next request (the other's response cache is
 * emptied by NOTIFY/LISTEN), a staff login made at one is good at the other (no sticky sessions), and two saves
 * of one row from the same revision, one through each instance at the same moment, give one 200 and one 409.
 * PostgreSQL only (SQLite is one process's file): skipped, visibly, elsewhere.
 */
import type { Core } from '@strapi/strapi';
import type { Response } from 'supertest';
import { makePlan, startStrapi, stopStrapi, docs, unique, type Staff } from './helpers/strapi';
import { startInstance, stopInstances, type Instance } from './helpers/instances';
import { loginAt, superAdmin } from './helpers/instance-staff';
import { as, cm, eventually, reviewPath } from './helpers/requests';

const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;

describeOnPostgres('several instances on one PostgreSQL database', () => {
  let strapi: Core.Strapi;
  let a: Instance;
  let b: Instance;
  let plannerAtA: Staff;
  let approverAtA: Staff;
  let editorAtB: Staff;
  let home: { municipality: string; plan: string };
  let municipalitySlug: string;

  beforeAll(async () => {
    // the test's own Strapi makes the schema and the staff; the instances start on what it made
    strapi = await startStrapi();
    [a, b] = await Promise.all([startInstance('a', { LOG_LEVEL: 'info' }), startInstance('b', { LOG_LEVEL: 'info' })]);
    const [planner, approver] = [await superAdmin(strapi, 'Plānotāja'), await superAdmin(strapi, 'Apstiprinātājs')];
    plannerAtA = await loginAt(a, planner);
    approverAtA = await loginAt(a, approver);
    editorAtB = await loginAt(b, planner);
    const made = await makePlan(strapi);
    home = made;
    municipalitySlug = (await docs(strapi, 'municipality').findOne({ documentId: made.municipality })).slug;
  }, 300_000);

  afterAll(async () => {
    await stopInstances();
    await stopStrapi();
  });

  it('both listen for the others’ changes', () => {
    for (const instance of [a, b])
      expect(instance.log()).toMatch(/public cache listens on "se_planning_public_changed"/);
  });

  it('answers through B, at once, a programme published through A', async () => {
    const title = unique('Divu instanču grants');
    const created = await a
      .http()
      .post(`${cm('support-programme')}?locale=lv`)
      .set(as(plannerAtA))
      .send({ plan: home.plan, title, kind: 'grant' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect(
      (
        await a
          .http()
          .post(reviewPath('support-programme', documentId, 'submit'))
          .set(as(plannerAtA))
          .send({})
      ).status,
    ).toBe(200);
    expect(
      (
        await a
          .http()
          .post(reviewPath('support-programme', documentId, 'approve'))
          .set(as(approverAtA))
          .send({})
      ).status,
    ).toBe(200);

    // B keeps the answer without the programme
    const path = `/api/support-programmes?municipality=${municipalitySlug}&pageSize=100`;
    const titles = (res: Response) => res.body.data.map((item: { title: string }) => item.title);
    const before = await b.http().get(path);
    expect(before.status).toBe(200);
    expect(titles(before)).not.toContain(title);
    const kept = await b.http().get(path);
    expect(kept.headers['x-cache']).toBe('hit');

    const published = await a
      .http()
      .post(`${cm('support-programme')}/${documentId}/actions/publish?locale=lv`)
      .set(as(approverAtA))
      .send({});
    expect(published.status).toBe(200);
    const publishedAt = Date.now();

    // A's NOTIFY reaches B within moments of A's answer; B's next answer after it has the programme
    let after: Response | undefined;
    await eventually(async () => {
      after = await b.http().get(path);
      return after.headers['x-cache'] === 'miss';
    }, 2000);
    const lag = Date.now() - publishedAt;
    expect(titles(after!)).toContain(title);
    // the programme's own page too, never kept at B before
    expect((await b.http().get(`/api/support-programmes/${documentId}`)).body.data.title).toBe(title);
    console.log(`several instances: B answered the publication made through A after ${lag} ms`);
  });

  it('takes at B a staff login made at A (no sticky sessions needed)', async () => {
    const me = await b.http().get('/admin/users/me').set(as(approverAtA));
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(approverAtA.user.email);
  });

  it('refuses the second of two saves from one revision made at the same moment through A and through B', async () => {
    const risks = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: home.plan } }, limit: 3 });
    expect(risks.length).toBeGreaterThan(1);
    for (const risk of risks) {
      const url = `${cm('risk')}/${risk.documentId}`;
      const atA = (await a.http().get(url).set(as(plannerAtA))).body.data;
      const atB = (await b.http().get(url).set(as(editorAtB))).body.data;
      expect(atB.revision).toBe(atA.revision);
      const results = await Promise.all([
        a
          .http()
          .put(url)
          .set(as(plannerAtA))
          .send({ ...atA, impact: 'Caur A' }),
        b
          .http()
          .put(url)
          .set(as(editorAtB))
          .send({ ...atB, impact: 'Caur B' }),
      ]);
      expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
      const [won, lost] = results[0].status === 200 ? ['Caur A', results[1]] : ['Caur B', results[0]];
      expect(lost.body.error.details).toMatchObject({ revision: atA.revision + 1, sentRevision: atA.revision });
      const stored = await docs(strapi, 'risk').findOne({ documentId: risk.documentId });
      expect(stored.impact).toBe(won);
      expect(stored.revision).toBe(atA.revision + 1);
    }
  });
});
