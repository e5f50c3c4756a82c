/**
 * The public read model is derived data: rebuilt from scratch (npm run public:rebuild, or on start when its
 * format changed or it is empty) it equals the one kept up write by write, and a rebuild changes nothing public.
 */
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from './helpers/strapi';
import { api, eventually } from './helpers/requests';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';
import { countsDay } from '../src/plugins/se-planning/server/src/publication/facet-counts';
import { publicPlan, type PublicPlan } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { META_TABLE, readTables } from '../src/plugins/se-planning/server/src/publication/read-tables';

let strapi: Core.Strapi;
let fixture: PublicPlan;
const readModel = () => getService(strapi, 'read-model');

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  fixture = await publicPlan(strapi);
});
afterAll(stopStrapi);

const publicAnswers = async () => {
  const urls = [
    `/support-programmes?municipality=${fixture.slug}&locale=en`,
    `/support-programmes?q=granti&pageSize=100`,
    `/engagement-activities/calendar.ics`,
    `/results?municipality=${fixture.slug}`,
    `/plans/${fixture.plan}/versions/1`,
  ];
  return Promise.all(urls.map(async (url) => (await api(url)).text));
};

describe('the public read model', () => {
  it('rebuilt from scratch equals the one kept write by write, and a rebuild again changes nothing', async () => {
    const incremental = await readModel().dump();
    for (const table of ['programmes', 'activities', 'results', 'measurements', 'plans', 'planVersions'])
      expect({ table, rows: incremental[table].length > 0 }).toEqual({ table, rows: true });
    const answers = await publicAnswers();
    const first = await readModel().rebuild({ reason: 'test' });
    expect(first.records).toEqual({
      'support-programme': { taken: 0, removed: 0 },
      'engagement-activity': { taken: 0, removed: 0 },
      measurement: { taken: 0, removed: 0 },
    });
    expect(await readModel().dump()).toEqual(incremental);
    await readModel().rebuild({ reason: 'test again' });
    expect(await readModel().dump()).toEqual(incremental);
    expect(await publicAnswers()).toEqual(answers);
  });

  it('is rebuilt on start when its format changed, and left alone when it did not', async () => {
    const before = await readModel().dump();
    await strapi.db.connection(META_TABLE).where({ name: 'format' }).update({ value: '0' });
    const rebuilt = await readModel().ensure();
    expect(rebuilt).not.toBeNull();
    expect(await readModel().dump()).toEqual(before);
    expect(await readModel().ensure()).toBeNull();
  });

  it('is rebuilt on start when it is empty but something is public', async () => {
    const before = await readModel().dump();
    const answers = await publicAnswers();
    for (const table of Object.values(readTables)) await strapi.db.connection(table.name).del();
    expect((await api(`/support-programmes?municipality=${fixture.slug}&pageSize=1`)).body.meta.pagination.total).toBe(0);
    expect(await readModel().ensure()).not.toBeNull();
    expect(await readModel().dump()).toEqual(before);
    expect(await publicAnswers()).toEqual(answers);
  });

  it('counts the programmes’ facets again on the first request of a new day, answering from the items meanwhile', async () => {
    const url = `/support-programmes?state=open&pageSize=1`;
    const before = (await api(url)).text;
    const today = rigaToday();
    const counted = () => strapi.db.connection(readTables.programmeCounts.name).where({ state: 'open' }).sum({ n: 'n' });
    const openCounted = Number((await counted())[0].n);
    expect(openCounted).toBeGreaterThan(0);
    // the counts as an earlier day left them (no programme open then), and an instance that last counted then
    await strapi.db.connection(META_TABLE).where({ name: 'countsDay' }).update({ value: '2000-01-01' });
    await strapi.db.connection(readTables.programmeCounts.name).update({ state: 'closed' });
    expect(await readModel().countsReady('2000-01-01')).toBe(true);
    // today's first request: answered from the items, while the counts are counted again for today
    // (another query string for the same list: the response cache has the first)
    expect((await api(`${url}&page=1`)).text).toBe(before);
    await eventually(async () => (await countsDay(strapi.db.connection)) === today);
    expect(Number((await counted())[0].n)).toBe(openCounted);
    expect(await readModel().countsReady(today)).toBe(true);
    expect((await api(`${url}&page=1&locale=lv`)).text).toBe(before);
  });

  it('gives a document published without a publication record its record from its published rows', async () => {
    const before = await readModel().dump();
    await strapi.db
      .query('plugin::se-planning.publication' as never)
      .deleteMany({ where: { targetDocumentId: fixture.programme } });
    const { records } = await readModel().rebuild({ reason: 'test' });
    expect(records['support-programme']).toEqual({ taken: 2, removed: 0 });
    expect(await readModel().dump()).toEqual(before);
  });

  it('is rebuilt by npm run public:rebuild', async () => {
    const before = await readModel().dump();
    const root = path.resolve(__dirname, '..');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'public-rebuild.js')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test' },
      timeout: 180_000,
    });
    expect(stdout).toMatch(/Public read model rebuilt in \d+ ms/);
    expect(await readModel().dump()).toEqual(before);
  });
});
