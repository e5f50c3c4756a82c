/**
 * Full-text search (`q`) in the public read model — SQLite FTS5, PostgreSQL tsvector — on both databases alike:
 * case and Latvian diacritics folded, every word required, each word matching the words it begins, ranked by
 * relevance (a word in the title first) unless a sort is asked for.
 */
import type { Core } from '@strapi/strapi';
import { docs, makePlan, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { api } from './helpers/requests';
import { reviewAndPublish } from './helpers/public-plan';

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
