/**
 * A save whose body is not JSON (text/plain, XML) is refused with 415 and Strapi's error shape, on the Content
 * Manager, the plugin's own routes and the public API; malformed JSON is a 400; nothing is written either way.
 */
import type { Core } from '@strapi/strapi';
import { http, makePlan, staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { as, cm, post } from './helpers/requests';

let strapi: Core.Strapi;
let admin: Staff;
let documentId: string;
beforeAll(async () => {
  strapi = await startStrapi();
  admin = await staffLogin(strapi);
  const { plan } = await makePlan(strapi);
  const created = await post(admin, `${cm('support-programme')}?locale=lv`, { plan, title: 'Granti', kind: 'grant' });
  documentId = created.body.data.documentId;
});
afterAll(stopStrapi);

const stored = () =>
  strapi.db.query(uid('support-programme')).findOne({ where: { documentId, locale: 'lv', publishedAt: null } });

describe('request bodies', () => {
  it.each([
    ['text/plain', 'title=Uzlauzts'],
    ['application/xml', '<title>Uzlauzts</title>'],
  ])('refuses a Content Manager save sent as %s with 415', async (type, body) => {
    const res = await http(strapi)
      .put(`${cm('support-programme')}/${documentId}?locale=lv`)
      .set(as(admin))
      .set('Content-Type', type)
      .send(body);
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ status: 415, name: 'UnsupportedMediaTypeError' });
    expect(res.body.error.message).toMatch(/JSON/);
    expect((await stored()).title).toBe('Granti');
  });

  it('refuses a text body on the plugin’s own routes and on a create', async () => {
    const submit = await http(strapi)
      .post(`/se-planning/review/support-programme/${documentId}/submit`)
      .set(as(admin))
      .set('Content-Type', 'text/plain')
      .send('comment');
    expect(submit.status).toBe(415);
    const create = await http(strapi)
      .post(`${cm('support-programme')}?locale=lv`)
      .set(as(admin))
      .set('Content-Type', 'text/plain')
      .send('{"title":"x"}');
    expect(create.status).toBe(415);
    expect((await stored()).reviewState).toBe('draft');
  });

  it('answers malformed JSON with 400, and still takes a JSON save', async () => {
    const bad = await http(strapi)
      .put(`${cm('support-programme')}/${documentId}?locale=lv`)
      .set(as(admin))
      .set('Content-Type', 'application/json')
      .send('{"title": ');
    expect(bad.status).toBe(400);
    const good = await http(strapi)
      .put(`${cm('support-programme')}/${documentId}?locale=lv`)
      .set(as(admin))
      .send({ title: 'Granti 2027', revision: (await stored()).revision });
    expect(good.status).toBe(200);
    expect((await stored()).title).toBe('Granti 2027');
  });

  it('refuses a text with a NUL character with 400 naming the field, on every database', async () => {
    const res = await http(strapi)
      .put(`${cm('support-programme')}/${documentId}?locale=lv`)
      .set(as(admin))
      .send({ title: 'Granti\u0000 2028', revision: (await stored()).revision });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['title']);
    expect((await stored()).title).not.toContain('\u0000');
  });
});
