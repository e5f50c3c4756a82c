/**
 * Leak attempts against the public API, in the shapes Strapi's own security advisories describe:
 * filter, sort, populate, fields and where parameters aimed at private and relation fields (used
 * as oracles even when the field itself is not returned), status and publication tricks, SQL
 * wildcards in the search, and content that exists but is not public: a draft, an approved
 * programme not yet published, a published programme's unpublished edit.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, makePlan, staffLogin, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { api } from './helpers/requests';

let strapi: Core.Strapi;
const review = () => strapi.plugin('se-planning').service('review');

const SECRET = 'Slepenais';
let draftOnly: { documentId: string; slug: string; title: string };
let approvedOnly: { documentId: string; title: string };
let editedTitle: string;
let publishedOne: { documentId: string; title: string };

const lists = [
  '/support-programmes',
  '/engagement-activities',
  '/engagement-activities/calendar.ics',
  '/results',
  '/municipalities',
  '/target-groups',
];

const tricks: [string, string][] = [
  ['filters[createdBy][email][$startsWith]=a', 'filters'],
  ['filters[plan][municipality][staff][email][$eq]=x', 'filters'],
  ['filters[$or][0][reviewState][$eq]=draft', 'filters'],
  ['where[reviewState]=draft', 'where'],
  ['fields[0]=reviewFingerprint', 'fields'],
  ['populate[createdBy]=*', 'populate'],
  ['populate=*', 'populate'],
  ['sort=createdBy.email:asc', 'sort'],
  ['sort[0]=reviewState', 'sort'],
  ['status=draft', 'status'],
  ['publicationState=preview', 'publicationState'],
  ['locale=*', 'locale'],
  ['locale=all', 'locale'],
  ['_q=x', '_q'],
  ['pagination[pageSize]=1000', 'pagination'],
  ['hasPublishedVersion=false', 'hasPublishedVersion'],
];

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  const { plan } = await makePlan(strapi);
  const actor = async (firstname: string) =>
    strapi.db.query('admin::user').findOne({ where: { id: (await staffLogin(strapi, { firstname })).user.id } });
  const [editor, approver] = [await actor('Sastādītājs'), await actor('Apstiprinātājs')];
  const programmes = docs(strapi, 'support-programme');
  const create = async (title: string, summary = `${SECRET} kopsavilkums`) =>
    programmes.create({ locale: 'lv', data: { title, kind: 'grant', plan, summary } });
  const approve = async (documentId: string) => {
    await review().transition('support-programme', documentId, 'submit', editor);
    await review().transition('support-programme', documentId, 'approve', approver);
  };

  const draft = await create(unique(`${SECRET} melnraksts`));
  draftOnly = { documentId: draft.documentId, slug: draft.slug, title: draft.title };

  const approved = await create(unique(`${SECRET} apstiprināts`));
  await approve(approved.documentId);
  approvedOnly = { documentId: approved.documentId, title: approved.title };

  const published = await create(unique('Publiska programma'), 'Publisks kopsavilkums');
  await approve(published.documentId);
  await programmes.publish({ documentId: published.documentId, locale: 'lv' });
  editedTitle = unique(`${SECRET} labojums`);
  await programmes.update({ documentId: published.documentId, locale: 'lv', data: { title: editedTitle } });
  publishedOne = { documentId: published.documentId, title: published.title };
});
afterAll(stopStrapi);

describe.each(lists)('GET /api%s refuses Strapi query parameters', (path) => {
  it.each(tricks)('?%s → 400 naming "%s"', async (query, parameter) => {
    const res = await api(`${path}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(parameter);
  });
});

describe('content that is not public stays invisible', () => {
  const everyAnswer = async () => {
    const texts: string[] = [];
    for (const locale of ['lv', 'en']) {
      for (const path of lists) texts.push((await api(`${path}?locale=${locale}`)).text);
      texts.push((await api(`/support-programmes?pageSize=100&q=${SECRET}&locale=${locale}`)).text);
      texts.push((await api(`/support-programmes?pageSize=100&locale=${locale}&sort=publishedAt:desc`)).text);
    }
    return texts.join('\n');
  };

  it('shows no draft, no approved-but-unpublished programme and no unpublished edit anywhere', async () => {
    const all = await everyAnswer();
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(draftOnly.documentId);
    expect(all).not.toContain(approvedOnly.documentId);
    expect(all).not.toContain(editedTitle);
    // the published version itself is public, under its published title
    const item = await api(`/support-programmes/${publishedOne.documentId}`);
    expect(item.status).toBe(200);
    expect(item.body.data.title).toBe(publishedOne.title);
  });

  it.each([
    ['a draft by documentId', () => `/support-programmes/${draftOnly.documentId}`],
    ['a draft by slug', () => `/support-programmes/${draftOnly.slug}`],
    ['an approved, unpublished programme', () => `/support-programmes/${approvedOnly.documentId}`],
    ['a draft asked for in English', () => `/support-programmes/${draftOnly.documentId}?locale=en`],
    ['a programme as an activity', () => `/engagement-activities/${publishedOne.documentId}`],
  ])('answers 404 for %s', async (_case, path) => {
    const res = await api(path());
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
  });

  it('gives SQL wildcards and full-text operators in the search no meaning: only its words count', async () => {
    for (const q of ['%%', '__', '**', '""', '&|!']) {
      const res = await api(`/support-programmes?q=${encodeURIComponent(q)}`);
      expect({ q, status: res.status, data: res.body.data }).toEqual({ q, status: 200, data: [] });
    }
    const ids = async (q: string) =>
      (await api(`/support-programmes?q=${encodeURIComponent(q)}&pageSize=100`)).body.data.map(
        (p: { documentId: string }) => p.documentId,
      );
    for (const [hostile, words] of [
      ["' or 1=1 --", 'or 1 1'],
      ['%granti%', 'granti'],
      ['"granti" OR NEAR(uz* pa:*)', 'granti or near uz pa'],
      ['granti & !sociālie | (x)', 'granti sociālie x'],
    ]) {
      const res = await api(`/support-programmes?q=${encodeURIComponent(hostile)}`);
      expect({ hostile, status: res.status }).toEqual({ hostile, status: 200 });
      expect(await ids(hostile)).toEqual(await ids(words));
    }
  });
});
