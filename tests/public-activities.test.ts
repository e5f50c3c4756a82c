/**
 * Contract of GET /api/engagement-activities, /:slugOrDocumentId and /calendar.ics: published
 * activities only, the period filter, facets, and an iCalendar feed honouring the same filters.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, startStrapi, stopStrapi } from './helpers/strapi';
import { searchable } from '../src/plugins/se-planning/common/rules/public-query';
import { api } from './helpers/requests';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';
import { demoCalendar } from '../src/plugins/se-planning/server/src/demo/calendar';

let strapi: Core.Strapi;
/** The demo's years, as it is loaded today (its dates follow the load date). */
const { today, year } = demoCalendar(rigaToday());

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

  /** The documented overlap, in whole UTC days: an activity with one end only is that moment. */
  const overlaps = (a: any, from?: string, to?: string) => {
    const start = (a.startsAt ?? a.endsAt)?.slice(0, 10);
    const end = (a.endsAt ?? a.startsAt)?.slice(0, 10);
    if (!start) return false;
    return (!from || end >= from) && (!to || start <= to);
  };
  const ids = (items: { documentId: string }[]) => items.map((a) => a.documentId).sort();

  it.each([
    [`${year.last}-01-01`, `${year.last}-12-31`],
    [today, undefined],
    [undefined, `${year.first}-12-31`],
    [`${year.first}-10-15`, `${year.first}-10-15`],
  ])('keeps exactly the activities overlapping from=%s to=%s', async (from, to) => {
    const all = (await api('/engagement-activities?pageSize=100')).body.data;
    const query = new URLSearchParams({ pageSize: '100', ...(from ? { from } : {}), ...(to ? { to } : {}) });
    const found = (await api(`/engagement-activities?${query}`)).body.data;
    expect(ids(found)).toEqual(ids(all.filter((a: any) => overlaps(a, from, to))));
    expect(found.length).toBeLessThan(all.length);
  });

  it('filters by municipality and target group, and counts both facets', async () => {
    const all = (await api('/engagement-activities?pageSize=100')).body;
    const [group] = Object.keys(all.meta.facets.targetGroup);
    const ofGroup = (await api(`/engagement-activities?targetGroup=${group}&pageSize=100`)).body;
    expect(ofGroup.meta.pagination.total).toBe(all.meta.facets.targetGroup[group]);
    expect(ids(ofGroup.data)).toEqual(
      ids(all.data.filter((a: any) => a.targetGroups.some((g: { slug: string }) => g.slug === group))),
    );
    expect(ofGroup.meta.facets.targetGroup).toEqual(all.meta.facets.targetGroup);

    const neighbour = (await api('/engagement-activities?municipality=kaiminu-novads&pageSize=100')).body;
    expect(neighbour.meta.pagination.total).toBe(all.meta.facets.municipality['kaiminu-novads']);
    expect(neighbour.data.every((a: any) => a.municipality.slug === 'kaiminu-novads')).toBe(true);
  });

  it('searches title, description and audience ignoring case and diacritics', async () => {
    const all = (await api('/engagement-activities?pageSize=100')).body.data;
    const word = all[0].title.split(/\s+/).find((w: string) => w.length > 4);
    const plain = word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    const found = (await api(`/engagement-activities?pageSize=100&q=${encodeURIComponent(plain)}`)).body.data;
    expect(ids(found)).toContain(all[0].documentId);
    expect((await api('/engagement-activities?q=zzzzqqq')).body.data).toEqual([]);
  });

  it.each([
    ['startsAt:asc', (a: any, b: any) => (a.startsAt ?? '9999') <= (b.startsAt ?? '9999')],
    ['startsAt:desc', (a: any, b: any) => (a.startsAt ?? '') >= (b.startsAt ?? '') || b.startsAt === null],
    ['title:asc', (a: any, b: any) => searchable(a.title) <= searchable(b.title)],
  ])('sorts by %s', async (sort, inOrder) => {
    const all = (await api(`/engagement-activities?pageSize=100&sort=${sort}`)).body.data;
    for (let i = 1; i < all.length; i++) {
      const pair = [sort, all[i - 1].title, all[i].title];
      expect([...pair, inOrder(all[i - 1], all[i])]).toEqual([...pair, true]);
    }
  });

  it('answers in English where translated and in Latvian elsewhere', async () => {
    const en = (await api('/engagement-activities?locale=en&pageSize=100')).body.data;
    const lv = (await api('/engagement-activities?pageSize=100')).body.data;
    expect(ids(en)).toEqual(ids(lv));
    expect(en.some((a: any) => a.locale === 'en' && !a.localeFallback)).toBe(true);
    for (const a of en.filter((a: any) => a.localeFallback)) expect(a.locale).toBe('lv');
  });

  it.each([
    ['a malformed date', '?from=2027-13-45', 'from'],
    ['a period ending before it starts', '?from=2027-05-01&to=2027-01-01', 'to'],
    ['a programme-only parameter', '?kind=grant', 'kind'],
    ['drafts', '?status=draft', 'status'],
    ['pageSize 10,000', '?pageSize=10000', 'pageSize'],
    ['a negative page', '?page=-1', 'page'],
    ['a bad sort', '?sort=createdAt:asc', 'sort'],
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
