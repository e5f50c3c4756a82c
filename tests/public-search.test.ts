/**
 * Full-text search (`q`) in the public read model — SQLite FTS5, PostgreSQL tsvector — on both databases alike:
 * case and Latvian diacritics folded, every word required, each word matching the words it begins, ranked by
 * relevance (a word in the title first) unless a sort is asked for.
 */
import type { Core } from '@strapi/strapi';
import { docs, makePlan, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { api } from './helpers/requests';
import { reviewAndPublish } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { newGeneration, readTables } from '../src/plugins/se-planning/server/src/publication/read-tables';

let strapi: Core.Strapi;
let slug: string;
const ids: Record<string, string> = {};

async function programme(key: string, plan: string, data: Record<string, unknown>) {
  const created = await docs(strapi, 'support-programme').create({
    locale: 'lv',
    data: { plan, kind: 'mentoring', slug: unique(key), ...data },
  });
  ids[key] = created.documentId;
  await reviewAndPublish(strapi, 'support-programme', created.documentId);
}

beforeAll(async () => {
  strapi = await startStrapi();
  const { plan, municipality } = await makePlan(strapi);
  slug = (await docs(strapi, 'municipality').findOne({ documentId: municipality })).slug;
  await programme('title', plan, {
    title: 'Zaļā mentoringa programma sociālajiem uzņēmumiem',
    description: 'Konsultācijas reizi mēnesī.',
  });
  await programme('body', plan, { title: 'Telpas bez maksas', summary: 'Iekļauts arī mentoringa atbalsts.' });
  await programme('prefix', plan, { title: 'Atbalsts kopienai', description: 'Sniedzam **grantiem** līdzīgu atbalstu.' });
  const event = await docs(strapi, 'engagement-activity').create({
    locale: 'lv',
    data: { plan, title: 'Informatīvā diena', slug: unique('diena'), audience: 'Jaunieši un skolotāji' },
  });
  ids.event = event.documentId;
  await reviewAndPublish(strapi, 'engagement-activity', event.documentId);
});
afterAll(stopStrapi);

const found = async (q: string, extra = '', list = 'support-programmes') => {
  const res = await api(`/${list}?municipality=${slug}&q=${encodeURIComponent(q)}${extra}`);
  expect({ q, status: res.status }).toEqual({ q, status: 200 });
  const key = (documentId: string) => Object.keys(ids).find((k) => ids[k] === documentId) ?? documentId;
  return res.body.data.map((item: { documentId: string }) => key(item.documentId));
};

describe('q', () => {
  it('ranks a word in the title before the same word in the other texts', async () => {
    expect(await found('mentoringa')).toEqual(['title', 'body']);
  });

  it('ignores case and Latvian diacritics, in the text and in the query', async () => {
    expect(await found('MENTORINGA')).toEqual(['title', 'body']);
    expect(await found('socialajiem uznemumiem')).toEqual(['title']);
    expect(await found('sociālajiem UZŅĒMUMIEM')).toEqual(['title']);
    expect(await found('zala')).toEqual(['title']);
  });

  it('matches the words a query word begins, and needs every word', async () => {
    expect(await found('grant')).toEqual(['prefix']);
    expect(await found('grantiem')).toEqual(['prefix']);
    expect(await found('mentoringa telpas')).toEqual(['body']);
    expect(await found('mentoringa kosmoss')).toEqual([]);
    // not inside a word: "toringa" is no word's beginning
    expect(await found('toringa')).toEqual([]);
  });

  it('orders by the asked sort instead of relevance when one is given', async () => {
    expect(await found('mentoringa', '&sort=title:asc')).toEqual(['body', 'title']);
    expect(await found('mentoringa', '&sort=title:desc')).toEqual(['title', 'body']);
  });

  it('counts the facets among what it finds', async () => {
    const res = await api(`/support-programmes?municipality=${slug}&q=mentoringa`);
    expect(res.body.meta.pagination.total).toBe(2);
    expect(res.body.meta.facets.kind).toEqual({ mentoring: 2 });
    expect(res.body.meta.facets.municipality[slug]).toBe(2);
  });

  it('finds Latvian content asked for in English (the fallback is searched as it is shown)', async () => {
    expect(await found('mentoringa', '&locale=en')).toEqual(['title', 'body']);
  });

  it('searches engagement activities in their title, description and audience', async () => {
    expect(await found('skolotaji', '', 'engagement-activities')).toEqual(['event']);
    expect(await found('informativa', '', 'engagement-activities')).toEqual(['event']);
    expect(await found('mentoringa', '', 'engagement-activities')).toEqual([]);
  });
});

/**
 * A search in an order of its own (`sort`) counts its facets and takes its page from the index in memory
 * (public-api/search-index.ts); ranked by relevance, it does both in SQL. The two must agree on every total
 * and facet count, and the index must follow every write at once.
 */
describe('a sorted search (the index in memory)', () => {
  const word = `kopdarbs${process.pid}`;
  const made: Record<string, string> = {};
  let slugs: { a: string; b: string };
  let groups: { x: string; y: string };
  const programmes = () => getService(strapi, 'public-programmes');

  beforeAll(async () => {
    const [first, second] = [await makePlan(strapi), await makePlan(strapi)];
    slugs = {
      a: (await docs(strapi, 'municipality').findOne({ documentId: first.municipality })).slug,
      b: (await docs(strapi, 'municipality').findOne({ documentId: second.municipality })).slug,
    };
    const group = async (name: string, slug: string) =>
      docs(strapi, 'target-group').create({ data: { name: unique(name), slug: unique(slug) } });
    const [x, y] = [await group('Seniori', 'seniori'), await group('Jaunieši', 'jaunies')];
    groups = { x: x.slug, y: y.slug };
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const rows: [string, string, string, string[], Record<string, string>][] = [
      ['p1', first.plan, 'grant', [x.documentId], { opensOn: day(-10), closesOn: day(10) }],
      ['p2', first.plan, 'grant', [x.documentId, y.documentId], { opensOn: day(5), closesOn: day(30) }],
      ['p3', first.plan, 'mentoring', [y.documentId], { opensOn: day(-40), closesOn: day(-5) }],
      ['p4', first.plan, 'premises', [], {}],
      ['p5', second.plan, 'grant', [y.documentId], { closesOn: day(3) }],
      ['p6', second.plan, 'mentoring', [x.documentId], { opensOn: day(-1) }],
      ['p7', second.plan, 'grant', [], { opensOn: day(-3), closesOn: day(-1) }],
    ];
    for (const [key, plan, kind, targetGroups, window] of rows) {
      const created = await docs(strapi, 'support-programme').create({
        locale: 'lv',
        data: { plan, kind, slug: unique(key), title: `${key.toUpperCase()} ${word} programma`, targetGroups, ...window },
      });
      made[key] = created.documentId;
      await reviewAndPublish(strapi, 'support-programme', created.documentId);
    }
  });

  const list = async (params: Record<string, string | string[]>) => JSON.parse(await programmes().list({ q: word, ...params }));
  const keyOf = (documentId: string) => Object.keys(made).find((key) => made[key] === documentId) ?? documentId;
  const all = async (params: Record<string, string | string[]>) => {
    const keys: string[] = [];
    for (let page = 1; ; page++) {
      const answer = await list({ ...params, page: String(page), pageSize: '2' });
      keys.push(...answer.data.map((item: { documentId: string }) => keyOf(item.documentId)));
      if (page >= answer.meta.pagination.pageCount) return keys;
    }
  };

  it('gives the totals and facet counts the relevance-ranked search counts in SQL, whatever facets are wanted', async () => {
    const wanted: Record<string, string | string[]>[] = [
      {},
      { kind: 'grant' },
      { targetGroup: groups.x },
      { targetGroup: [groups.x, groups.y] },
      { municipality: slugs.a, state: 'open' },
      { kind: 'grant', targetGroup: groups.y },
      { municipality: [slugs.a, slugs.b], kind: ['grant', 'mentoring'], state: ['closed', 'upcoming'] },
      { kind: 'equipment' },
    ];
    for (const facets of wanted) {
      const [sorted, ranked] = [await list({ ...facets, sort: 'title:asc' }), await list(facets)];
      expect({ facets, meta: sorted.meta.facets, total: sorted.meta.pagination.total }).toEqual({
        facets,
        meta: ranked.meta.facets,
        total: ranked.meta.pagination.total,
      });
      expect(new Set(await all({ ...facets, sort: 'title:asc' }))).toEqual(new Set(await all(facets)));
    }
    // and the counts are the right ones, not only the same
    const none = await list({ sort: 'title:asc' });
    expect(none.meta.pagination.total).toBe(7);
    expect(none.meta.facets.kind).toEqual({ grant: 4, mentoring: 2, premises: 1 });
    expect(none.meta.facets.targetGroup).toEqual({ [groups.x]: 3, [groups.y]: 3 });
    expect(none.meta.facets.state).toEqual({ closed: 2, ongoing: 1, open: 3, upcoming: 1 });
    const grantsOfY = await list({ sort: 'title:asc', kind: 'grant', targetGroup: groups.y });
    expect(grantsOfY.meta.pagination.total).toBe(2);
    expect(grantsOfY.meta.facets.kind).toEqual({ grant: 2, mentoring: 1 });
    expect(grantsOfY.meta.facets.targetGroup).toEqual({ [groups.x]: 2, [groups.y]: 2 });
  });

  it('pages in the asked order without overlaps, as the list without a search orders the same programmes', async () => {
    for (const sort of ['title:asc', 'title:desc', 'closesOn:asc', 'closesOn:desc', 'publishedAt:desc', 'amountMax:desc']) {
      const searched = await all({ sort });
      const listed = JSON.parse(
        await programmes().list({ municipality: [slugs.a, slugs.b], sort, pageSize: '100' }),
      ).data.map((item: { documentId: string }) => keyOf(item.documentId));
      expect({ sort, searched }).toEqual({ sort, searched: listed.filter((key: string) => searched.includes(key)) });
      expect(searched).toHaveLength(7);
    }
    expect(await all({ sort: 'title:asc' })).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('follows a publication and its withdrawal at once', async () => {
    const before = await list({ sort: 'title:asc', kind: 'grant' });
    const created = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { plan: (await makePlan(strapi)).plan, kind: 'grant', slug: unique('p8'), title: `P8 ${word}` },
    });
    await reviewAndPublish(strapi, 'support-programme', created.documentId);
    const after = await list({ sort: 'title:asc', kind: 'grant' });
    expect(after.meta.pagination.total).toBe(before.meta.pagination.total + 1);
    expect(after.meta.facets.kind.grant).toBe(before.meta.facets.kind.grant + 1);
    expect(after.data.map((item: { documentId: string }) => item.documentId)).toContain(created.documentId);
    await docs(strapi, 'support-programme').unpublish({ documentId: created.documentId, locale: '*' });
    expect(await list({ sort: 'title:asc', kind: 'grant' })).toEqual(before);
  });

  it("follows a write another instance made (the read model's generation), never a stale index", async () => {
    const knex = strapi.db.connection;
    const before = await list({ sort: 'title:asc' });
    const [row] = await knex(readTables.programmes.name).where({ document_id: made.p4, locale: 'lv' }).select('id');
    // as a write on another instance would: the read row and the generation, in one transaction
    await strapi.db.transaction(async ({ trx }) => {
      await trx(readTables.programmes.name).where({ id: row.id }).update({ kind: 'equipment' });
      await newGeneration(trx as never);
    });
    try {
      const after = await list({ sort: 'title:asc' });
      expect(after.meta.facets.kind).toEqual({ ...before.meta.facets.kind, premises: undefined, equipment: 1 });
      expect((await list({ sort: 'title:asc', kind: 'equipment' })).meta.pagination.total).toBe(1);
    } finally {
      await strapi.db.transaction(async ({ trx }) => {
        await trx(readTables.programmes.name).where({ id: row.id }).update({ kind: 'premises' });
        await newGeneration(trx as never);
      });
    }
    expect(await list({ sort: 'title:asc' })).toEqual(before);
  });
});
