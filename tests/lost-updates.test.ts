/**
 * Two staff members edit the same row: the second save, made from the revision both loaded,
 * answers 409 naming who saved in between and when, and the first save is kept.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, makePlan, staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { cm, as } from './helpers/requests';

let strapi: Core.Strapi;
let anna: Staff;
let juris: Staff;

beforeAll(async () => {
  strapi = await startStrapi();
  anna = await staffLogin(strapi, { firstname: 'Anna' });
  juris = await staffLogin(strapi, { firstname: 'Juris' });
});
afterAll(stopStrapi);

describe('lost updates', () => {
  it('refuses the second of two saves made from the same revision, with who and when', async () => {
    const { plan } = await makePlan(strapi);
    const [risk] = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: plan } }, limit: 1 });
    const url = `${cm('risk')}/${risk.documentId}`;
    const loadedByAnna = (await http(strapi).get(url).set(as(anna))).body.data;
    const loadedByJuris = (await http(strapi).get(url).set(as(juris))).body.data;
    expect(loadedByAnna.revision).toBe(loadedByJuris.revision);

    const first = await http(strapi)
      .put(url)
      .set(as(anna))
      .send({ ...loadedByAnna, impact: 'Annas precizējums', level: 'low' });
    expect(first.status).toBe(200);
    expect(first.body.data.revision).toBe(loadedByAnna.revision + 1);

    const second = await http(strapi)
      .put(url)
      .set(as(juris))
      .send({ ...loadedByJuris, impact: 'Jura versija' });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toMatch(/Anna Darbinieks/);
    expect(second.body.error.details).toMatchObject({ savedBy: 'Anna Darbinieks', savedAt: expect.any(String) });

    const stored = await docs(strapi, 'risk').findOne({ documentId: risk.documentId });
    expect(stored.impact).toBe('Annas precizējums');

    // Juris reloads and saves again: accepted
    const reloaded = (await http(strapi).get(url).set(as(juris))).body.data;
    const retry = await http(strapi)
      .put(url)
      .set(as(juris))
      .send({ ...reloaded, impact: 'Jura versija' });
    expect(retry.status).toBe(200);
  });

  it('does the same for two concurrent saves of a localized support programme', async () => {
    const { plan } = await makePlan(strapi);
    const created = await http(strapi)
      .post(`${cm('support-programme')}?locale=lv`)
      .set(as(anna))
      .send({ plan, title: 'Konsultācijas', kind: 'mentoring' });
    const url = `${cm('support-programme')}/${created.body.data.documentId}?locale=lv`;
    const loaded = (await http(strapi).get(url).set(as(anna))).body.data;
    // both saves at the same moment: exactly one wins, the other is told
    const results = await Promise.all([
      http(strapi)
        .put(url)
        .set(as(anna))
        .send({ ...loaded, summary: 'A' }),
      http(strapi)
        .put(url)
        .set(as(juris))
        .send({ ...loaded, summary: 'B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
