/**
 * Contract of GET /api/results: the indicators of adopted plans with baseline, target and date,
 * the goal they measure, their published measurements and the latest one — and nothing of a plan
 * still being drafted, no unpublished measurement, no internal note.
 */
import type { Core } from '@strapi/strapi';
import { adoptPlan, docs, http, makePlan, startStrapi, stopStrapi } from './helpers/strapi';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { api } from './helpers/requests';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';
import { demoCalendar } from '../src/plugins/se-planning/server/src/demo/calendar';

let strapi: Core.Strapi;
/** The demo's years, as it is loaded today (its dates follow the load date). */
const { today, year } = demoCalendar(rigaToday());

type Result = {
  documentId: string;
  title: string;
  goal: { title: string } | null;
  municipality: { slug: string };
  plan: { documentId: string };
  measurements: { measuredOn: string; value: number | null }[];
  latest: { measuredOn: string; value: number | null } | null;
};

let parauga: { plan: string; slug: string };
let drafting: { plan: string; indicator: string };

/** Every result page of a query. */
async function allResults(query = '') {
  const found: Result[] = [];
  for (let page = 1; ; page++) {
    const res = await api(`/results?pageSize=100&page=${page}${query}`);
    expect(res.status).toBe(200);
    found.push(...res.body.data);
    if (page >= res.body.meta.pagination.pageCount) return found;
  }
}

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  const municipality = await docs(strapi, 'municipality').findFirst({ filters: { slug: 'parauga-novads' } });
  const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
  parauga = { plan: plan.documentId, slug: municipality.slug };

  const fresh = await makePlan(strapi);
  const goal = await docs(strapi, 'goal').create({ data: { title: 'Melnraksta mērķis', plan: fresh.plan } });
  const indicator = await docs(strapi, 'indicator').create({
    data: { title: 'Melnraksta rādītājs', kind: 'quantitative', goal: goal.documentId, plan: fresh.plan },
  });
  drafting = { plan: fresh.plan, indicator: indicator.documentId };
});
afterAll(stopStrapi);

describe('GET /api/results', () => {
  it('lists the indicators of adopted plans with their goal, targets and published measurements', async () => {
    const results = await allResults(`&municipality=${parauga.slug}`);
    const stored = await docs(strapi, 'indicator').findMany({ filters: { plan: { documentId: parauga.plan } } });
    expect(results.map((r) => r.documentId).sort()).toEqual(stored.map((i: any) => i.documentId).sort());

    const count = results.find((r) => r.title === 'Sociālo uzņēmumu skaits pašvaldības teritorijā')!;
    expect(count).toMatchObject({
      kind: { key: 'quantitative', label: 'Kvantitatīvie rādītāji' },
      unit: 'uzņēmumi',
      baseline: 10,
      target: 12,
      targetDate: `${year.last}-12-31`,
      municipality: { slug: 'parauga-novads', name: 'Parauga novads' },
      plan: { documentId: parauga.plan, periodStartYear: year.first, periodEndYear: year.last },
    });
    expect(count.goal?.title).toBeTruthy();
    // the demo is loaded today: the half-year figures so far are public; the latest figure (a few days ago) is
    // still a draft: not public, and not the latest
    const halfYears = [
      { measuredOn: `${year.first}-06-30`, value: 10, qualitativeValue: null },
      { measuredOn: `${year.first}-12-31`, value: 11, qualitativeValue: null },
      { measuredOn: `${year.current}-06-30`, value: 11, qualitativeValue: null },
    ].filter((m) => m.measuredOn < today);
    expect(count.measurements).toEqual(halfYears);
    expect(count.latest).toEqual(halfYears[halfYears.length - 1]);
    const drafts = await docs(strapi, 'measurement').findMany({
      filters: { indicator: { documentId: count.documentId } },
      status: 'draft',
    });
    expect(drafts.some((m: { measuredOn: string }) => m.measuredOn > count.latest!.measuredOn)).toBe(true);
  });

  it('names the goal an indicator of a task or an activity measures', async () => {
    const results = await allResults(`&plan=${parauga.plan}`);
    const seminar = results.find((r) => r.title === 'Dalībnieku skaits informatīvajā seminārā')!;
    expect(seminar.goal).not.toBeNull();
    expect(results.every((r) => r.goal !== null)).toBe(true);
  });

  it('shows nothing of a plan that is not adopted', async () => {
    const everything = await allResults();
    expect(everything.some((r) => r.documentId === drafting.indicator)).toBe(false);
    const res = await api(`/results?plan=${drafting.plan}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
    expect(res.body.meta.pagination.total).toBe(0);
  });

  it('shows a plan’s results once it is adopted, and keeps them when it is archived', async () => {
    const { plan, indicator } = drafting;
    const { approver } = await adoptPlan(strapi, plan);
    const shown = async () => {
      const res = await api(`/results?plan=${plan}`);
      expect(res.body.data.map((r: Result) => r.documentId)).toEqual([indicator]);
      expect(res.body.data[0]).toMatchObject({ measurements: [], latest: null, goal: { title: 'Melnraksta mērķis' } });
    };
    await shown();
    await getService(strapi, 'review').archive(plan, approver);
    await shown();
  });

  it('answers with public fields only', async () => {
    const res = await api(`/results?municipality=${parauga.slug}&pageSize=100`);
    const keys = new Set(res.body.data.flatMap((r: object) => Object.keys(r)));
    for (const secret of [
      'id',
      'dataMethod',
      'recommendations',
      'evaluationParties',
      'municipalityId',
      'revision',
      'createdBy',
      'updatedBy',
      'position',
    ]) {
      expect(keys.has(secret)).toBe(false);
    }
    const measurementKeys = new Set(
      res.body.data.flatMap((r: Result) => r.measurements.flatMap((m) => Object.keys(m))),
    );
    expect([...measurementKeys].sort()).toEqual(['measuredOn', 'qualitativeValue', 'value']);
    expect(JSON.stringify(res.body)).not.toContain('Jāpārbauda reģistrā');
  });

  it('counts results per municipality and plan, and pages them', async () => {
    const res = await api(`/results?municipality=${parauga.slug}&pageSize=5&page=2`);
    const total = res.body.meta.pagination.total;
    expect(total).toBeGreaterThan(10);
    expect(res.body.meta.pagination).toEqual({ page: 2, pageSize: 5, pageCount: Math.ceil(total / 5), total });
    expect(res.body.data).toHaveLength(5);
    expect(res.body.meta.facets.municipality[parauga.slug]).toBe(total);
    expect(res.body.meta.facets.plan[parauga.plan]).toBe(total);
    const first = await api(`/results?municipality=${parauga.slug}&pageSize=5&page=1`);
    const overlap = first.body.data.filter((a: Result) =>
      res.body.data.some((b: Result) => b.documentId === a.documentId),
    );
    expect(overlap).toEqual([]);
  });

  it('speaks English labels with locale=en', async () => {
    const res = await api(`/results?plan=${parauga.plan}&locale=en&pageSize=1`);
    expect(res.body.data[0].kind.label).toMatch(/indicators$/);
  });

  it.each([
    ['unknown parameter', '?goal=1', 'goal'],
    ['client filters', '?filters[dataMethod][$eq]=x', 'filters'],
    ['bad plan id', '?plan=../../etc', 'plan'],
    ['bad municipality', '?municipality=Parauga%20novads', 'municipality'],
    ['pageSize 10,000', '?pageSize=10000', 'pageSize'],
    ['negative page', '?page=-1', 'page'],
    ['bad locale', '?locale=ru', 'locale'],
  ])('answers 400 naming the parameter: %s', async (_case, query, parameter) => {
    const res = await api(`/results${query}`);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(parameter);
  });
});
