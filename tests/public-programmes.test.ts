/**
 * Contract of GET /api/support-programmes and /api/support-programmes/:slugOrDocumentId:
 * only approved and published programmes, the documented parameters and nothing else, facet
 * counts, Latvian fallback for missing translations, and no private field in any answer.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, startStrapi, stopStrapi } from './helpers/strapi';
import { searchable } from '../src/plugins/se-planning/common/rules/public-query';
import { api } from './helpers/requests';

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
});
afterAll(stopStrapi);

const publishedIds = async () =>
  (await docs(strapi, 'support-programme').findMany({ status: 'published', locale: 'lv', limit: 1000 })).map(
    (p: { documentId: string }) => p.documentId,
  );

describe('GET /api/support-programmes', () => {
  it('lists only published programmes, with Strapi’s list shape', async () => {
    const res = await api('/support-programmes?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 100, total: res.body.data.length });
    expect(res.body.data.map((p: { documentId: string }) => p.documentId).sort()).toEqual(
      (await publishedIds()).sort(),
    );
    const drafts = await docs(strapi, 'support-programme').findMany({ status: 'draft', locale: 'lv', limit: 1000 });
    const draftOnly = drafts.filter(
      (d: { documentId: string }) => !res.body.data.some((p: any) => p.documentId === d.documentId),
    );
    expect(draftOnly.length).toBeGreaterThan(0);
  });

  it('answers with public fields only', async () => {
    const res = await api('/support-programmes');
    const keys = new Set(res.body.data.flatMap((p: object) => Object.keys(p)));
    for (const secret of [
      'reviewState',
      'reviewFingerprint',
      'submittedById',
      'municipalityId',
      'revision',
      'createdBy',
      'updatedBy',
      'plan',
      'id',
    ]) {
      expect(keys.has(secret)).toBe(false);
    }
    expect(JSON.stringify(res.body)).not.toMatch(/@parauga-novads\.lv.*Plānotājs|Demo-Parole/);
  });

  it.each([
    ['unknown parameter', '?colour=red', 'colour'],
    ['client populate', '?populate=*', 'populate'],
    ['client filters', '?filters[reviewState][$eq]=draft', 'filters'],
    ['drafts', '?status=draft', 'status'],
    ['bad enum', '?kind=lottery', 'kind'],
    ['bad state', '?state=soon', 'state'],
    ['huge page size', '?pageSize=10000', 'pageSize'],
    ['negative page', '?page=-1', 'page'],
    ['bad amount', '?amountMin=daudz', 'amountMin'],
    ['bad locale', '?locale=ru', 'locale'],
    ['bad sort', '?sort=reviewState:asc', 'sort'],
  ])('refuses %s with a 400 naming the parameter', async (_, query, param) => {
    const res = await api(`/support-programmes${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(param);
  });

  it('filters by municipality, kind, state and amount, and counts facets', async () => {
    const all = (await api('/support-programmes?pageSize=100')).body;
    const closed = (await api('/support-programmes?state=closed&pageSize=100')).body;
    expect(closed.data.length).toBeGreaterThan(0);
    expect(closed.data.every((p: { state: { key: string } }) => p.state.key === 'closed')).toBe(true);
    expect(closed.meta.facets.state).toEqual(all.meta.facets.state);
    expect(closed.meta.pagination.total).toBe(all.meta.facets.state.closed);

    const neighbour = (await api('/support-programmes?municipality=kaiminu-novads')).body;
    expect(neighbour.data.length).toBeGreaterThan(0);
    expect(neighbour.data.every((p: any) => p.municipality.slug === 'kaiminu-novads')).toBe(true);

    const two = (await api('/support-programmes?municipality=kaiminu-novads&municipality=parauga-novads&pageSize=100'))
      .body;
    // other test files add programmes of their own municipalities: compare with the facet counts
    const { municipality: perMunicipality } = all.meta.facets;
    expect(two.meta.pagination.total).toBe(perMunicipality['kaiminu-novads'] + perMunicipality['parauga-novads']);

    const kind = all.data[0].kind.key;
    const ofKind = (await api(`/support-programmes?kind=${kind}`)).body;
    expect(ofKind.meta.pagination.total).toBe(all.meta.facets.kind[kind]);

    const rich = (await api('/support-programmes?amountMin=3000&pageSize=100')).body;
    const offers = (p: any) => (p.amountMax ?? p.amountMin ?? 0) >= 3000;
    expect(rich.data.map((p: any) => p.documentId).sort()).toEqual(
      all.data
        .filter(offers)
        .map((p: any) => p.documentId)
        .sort(),
    );
    expect(rich.data.length).toBeGreaterThan(0);
    expect((await api('/support-programmes?amountMin=0&pageSize=100')).body.meta.pagination.total).toBe(
      all.meta.pagination.total,
    );
  });

  it.each([
    '',
    '?municipality=parauga-novads',
    '?kind=grant&kind=training',
    '?state=open&municipality=kaiminu-novads&municipality=parauga-novads',
    '?targetGroup=seniori',
    '?targetGroup=seniori&state=open&locale=en',
    '?targetGroup=seniori&targetGroup=ilgstosie-bezdarbnieki',
  ])('counts the same facets from the catalogue’s counts as from the items (%s)', async (query) => {
    // amountMin=0 keeps every programme but makes the list count its facets from the items themselves
    const counted = (await api(`/support-programmes${query}`)).body.meta;
    const fromItems = (await api(`/support-programmes${query}${query ? '&' : '?'}amountMin=0`)).body.meta;
    expect(counted.facets).toEqual(fromItems.facets);
    expect(counted.pagination).toEqual(fromItems.pagination);
    expect(Object.keys(counted.facets.targetGroup).length).toBeGreaterThan(0);
  });

  it('filters by target group (repeatable) and counts what the other filters leave', async () => {
    const all = (await api('/support-programmes?pageSize=100')).body;
    const groups = Object.keys(all.meta.facets.targetGroup).slice(0, 2);
    expect(groups).toHaveLength(2);
    const has = (p: any, slugs: string[]) => p.targetGroups.some((g: { slug: string }) => slugs.includes(g.slug));
    const ids = (items: any[]) => items.map((p) => p.documentId).sort();
    const one = (await api(`/support-programmes?targetGroup=${groups[0]}&pageSize=100`)).body;
    expect(one.meta.pagination.total).toBe(all.meta.facets.targetGroup[groups[0]]);
    expect(ids(one.data)).toEqual(ids(all.data.filter((p: any) => has(p, [groups[0]]))));
    const both = (await api(`/support-programmes?targetGroup=${groups[0]}&targetGroup=${groups[1]}&pageSize=100`)).body;
    expect(ids(both.data)).toEqual(ids(all.data.filter((p: any) => has(p, groups))));
    // the kind facet under a target group counts only that group's programmes
    const kinds = Object.values(one.meta.facets.kind as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(kinds).toBe(one.meta.pagination.total);
  });

  it('searches title, summary and description ignoring case and Latvian diacritics', async () => {
    const listed = (await api('/support-programmes?pageSize=100')).body.data;
    const withDiacritics = listed.find((p: any) => /[āēīūčšžģķļņ]/.test(p.title));
    const word = withDiacritics.title.split(/\s+/).find((w: string) => /[āēīūčšžģķļņ]/.test(w));
    const plainWord = word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase(); // "sociālā" → "SOCIALA"
    const plain = (await api(`/support-programmes?q=${encodeURIComponent(plainWord)}&pageSize=100`)).body;
    const exact = (await api(`/support-programmes?q=${encodeURIComponent(word)}&pageSize=100`)).body;
    expect(plain.data.map((p: any) => p.documentId)).toContain(withDiacritics.documentId);
    expect(plain.data.map((p: any) => p.documentId)).toEqual(exact.data.map((p: any) => p.documentId));
    expect((await api('/support-programmes?q=zzzzqqq')).body.data).toEqual([]);
  });

  it('answers in English where translated and falls back to Latvian elsewhere', async () => {
    const en = (await api('/support-programmes?locale=en&pageSize=100')).body;
    const lv = (await api('/support-programmes?pageSize=100')).body;
    expect(en.data.length).toBe(lv.data.length);
    expect(en.data.some((p: any) => p.locale === 'en' && !p.localeFallback)).toBe(true);
    for (const p of en.data.filter((p: any) => p.localeFallback)) expect(p.locale).toBe('lv');
    expect(en.data.find((p: any) => p.locale === 'en').kind.label).toBe(
      en.data.find((p: any) => p.locale === 'en').kind.label.replace(/[āēīūčšžģķļņ]/g, ''),
    );
  });

  it.each([
    ['closesOn:asc', (a: any, b: any) => (a.closesOn ?? '9999') <= (b.closesOn ?? '9999')],
    ['closesOn:desc', (a: any, b: any) => (a.closesOn ?? '') >= (b.closesOn ?? '') || b.closesOn === null],
    ['title:asc', (a: any, b: any) => searchable(a.title) <= searchable(b.title)],
    ['title:desc', (a: any, b: any) => searchable(a.title) >= searchable(b.title)],
    ['amountMax:desc', (a: any, b: any) => (a.amountMax ?? -1) >= (b.amountMax ?? -1)],
    ['publishedAt:desc', (a: any, b: any) => a.publishedAt >= b.publishedAt],
  ])('sorts by %s, missing values last, the same on every page', async (sort, inOrder) => {
    const all = (await api(`/support-programmes?pageSize=100&sort=${sort}`)).body.data;
    expect(all.length).toBeGreaterThan(3);
    for (let i = 1; i < all.length; i++) {
      const pair = [sort, all[i - 1].title, all[i].title];
      expect([...pair, inOrder(all[i - 1], all[i])]).toEqual([...pair, true]);
    }
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.length / 3); page++)
      paged.push(...(await api(`/support-programmes?pageSize=3&page=${page}&sort=${sort}`)).body.data);
    expect(paged.map((p: any) => p.documentId)).toEqual(all.map((p: any) => p.documentId));
  });

  it('paginates', async () => {
    const first = (await api('/support-programmes?pageSize=2&page=1&sort=title:asc')).body;
    const second = (await api('/support-programmes?pageSize=2&page=2&sort=title:asc')).body;
    expect(first.meta.pagination.pageCount).toBe(Math.ceil(first.meta.pagination.total / 2));
    expect(first.data).toHaveLength(2);
    expect(second.data[0].documentId).not.toBe(first.data[0].documentId);
  });
});

describe('GET /api/support-programmes/:slugOrDocumentId', () => {
  it('finds a published programme by slug or documentId', async () => {
    const [listed] = (await api('/support-programmes')).body.data;
    const bySlug = await api(`/support-programmes/${listed.slug}`);
    const byId = await api(`/support-programmes/${listed.documentId}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.data).toEqual(byId.body.data);
    expect(bySlug.body.data.documentId).toBe(listed.documentId);
  });

  it('answers 404 for a draft’s documentId or slug, and 400 for unknown parameters', async () => {
    const published = await publishedIds();
    const drafts = await docs(strapi, 'support-programme').findMany({ status: 'draft', locale: 'lv', limit: 1000 });
    const draft = drafts.find((d: { documentId: string }) => !published.includes(d.documentId));
    expect((await api(`/support-programmes/${draft.documentId}`)).status).toBe(404);
    expect((await api(`/support-programmes/${draft.slug}`)).status).toBe(404);
    expect((await api(`/support-programmes/${draft.documentId}?status=draft`)).status).toBe(400);
  });
});

describe('caching', () => {
  it('answers with an ETag and Cache-Control, and 304 when the client has that version', async () => {
    const first = await api('/support-programmes?kind=grant');
    expect(first.headers.etag).toMatch(/^W\/".+"$/);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await http(strapi).get('/api/support-programmes?kind=grant').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
    const other = await http(strapi)
      .get('/api/support-programmes?kind=premises')
      .set('If-None-Match', first.headers.etag);
    expect(other.status).toBe(200);
  });
});

describe('municipalities and target groups', () => {
  it('lists municipalities with their planning region, public fields only', async () => {
    const res = await api('/municipalities');
    expect(res.status).toBe(200);
    const parauga = res.body.data.find((m: { slug: string }) => m.slug === 'parauga-novads');
    expect(parauga).toEqual({
      slug: 'parauga-novads',
      name: 'Parauga novads',
      region: { key: 'zemgale', label: 'Zemgales plānošanas reģions' },
      website: expect.any(String),
    });
    const { total, pageSize } = res.body.meta.pagination;
    expect(res.body.data.length).toBe(Math.min(total, pageSize));
    expect((await api('/municipalities?populate=staff')).status).toBe(400);
  });

  it('lists target groups in Latvian, or in English when asked', async () => {
    const lv = (await api('/target-groups')).body.data;
    const en = (await api('/target-groups?locale=en')).body.data;
    expect(lv.map((g: { name: string }) => g.name)).toContain('Seniori');
    expect(en.map((g: { name: string }) => g.name)).toContain('Seniors');
    expect((await api('/target-groups?pageSize=0')).status).toBe(400);
  });
});

describe('what stays private', () => {
  it.each([
    '/se-planning/risks',
    '/se-planning/plans',
    '/risks',
    '/data-sources',
    '/monitoring-activities',
    '/review-events',
  ])('has no public route %s', async (path) => {
    expect([403, 404]).toContain((await api(path)).status);
  });
});
