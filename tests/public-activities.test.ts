/**
 * Contract of GET /api/engagement-activities, /:slugOrDocumentId and /calendar.ics: published
 * activities only, the period filter, facets, and an iCalendar feed honouring the same filters.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, startStrapi, stopStrapi } from './helpers/strapi';

let strapi: Core.Strapi;
const api = (path: string) => http(strapi).get(`/api${path}`);

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
});
afterAll(stopStrapi);

describe('GET /api/engagement-activities', () => {
  it('lists only published activities, public fields only', async () => {
    const res = await api('/engagement-activities?pageSize=100');
    expect(res.status).toBe(200);
    const published = await docs(strapi, 'engagement-activity').findMany({
      status: 'published',
      locale: 'lv',
      limit: 1000,
    });
    expect(res.body.data.map((a: any) => a.documentId).sort()).toEqual(published.map((a: any) => a.documentId).sort());
    const keys = new Set(res.body.data.flatMap((a: object) => Object.keys(a)));
    for (const secret of ['reviewState', 'municipalityId', 'revision', 'plan', 'createdBy', 'id'])
      expect(keys.has(secret)).toBe(false);
    expect(res.body.meta.facets).toHaveProperty('municipality');
  });

  it('keeps activities overlapping the asked period', async () => {
    const all = (await api('/engagement-activities?pageSize=100')).body.data;
    const inTwentySeven = (await api('/engagement-activities?from=2027-01-01&to=2027-12-31&pageSize=100')).body.data;
    expect(inTwentySeven.length).toBeGreaterThan(0);
    expect(inTwentySeven.length).toBeLessThan(all.length);
    for (const a of inTwentySeven) {
      expect((a.endsAt ?? a.startsAt).slice(0, 10) >= '2027-01-01').toBe(true);
      expect(a.startsAt.slice(0, 10) <= '2027-12-31').toBe(true);
    }
  });

  it.each([
    ['a malformed date', '?from=2027-13-45', 'from'],
    ['a period ending before it starts', '?from=2027-05-01&to=2027-01-01', 'to'],
    ['a programme-only parameter', '?kind=grant', 'kind'],
    ['drafts', '?status=draft', 'status'],
  ])('refuses %s with a 400 naming the parameter', async (_, query, param) => {
    const res = await api(`/engagement-activities${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(param);
  });

  it('finds a published activity by slug, and not a draft', async () => {
    const [listed] = (await api('/engagement-activities')).body.data;
    expect((await api(`/engagement-activities/${listed.slug}`)).body.data.documentId).toBe(listed.documentId);
    const published = (await api('/engagement-activities?pageSize=100')).body.data.map((a: any) => a.documentId);
    const drafts = await docs(strapi, 'engagement-activity').findMany({ status: 'draft', locale: 'lv', limit: 1000 });
    const draft = drafts.find((d: { documentId: string }) => !published.includes(d.documentId));
    expect((await api(`/engagement-activities/${draft.documentId}`)).status).toBe(404);
  });
});

describe('GET /api/engagement-activities/calendar.ics', () => {
  it('is an iCalendar feed of the same selection', async () => {
    const res = await api('/engagement-activities/calendar.ics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const text = res.text;
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const listed = (await api('/engagement-activities?pageSize=100')).body.data.filter((a: any) => a.startsAt);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(listed.length);
    expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('honours the filters and refuses paging parameters', async () => {
    const neighbour = (await api('/engagement-activities/calendar.ics?municipality=kaiminu-novads')).text;
    const listed = (await api('/engagement-activities?municipality=kaiminu-novads')).body.data.filter(
      (a: any) => a.startsAt,
    );
    expect((neighbour.match(/BEGIN:VEVENT/g) ?? []).length).toBe(listed.length);
    expect((await api('/engagement-activities/calendar.ics?page=2')).status).toBe(400);
  });
});
