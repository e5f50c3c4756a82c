/**
 * What every installation and every new plan starts with, not only the demo: the national target groups (#4),
 * created on start once and never twice, never over an editor's change, never back after an editor deleted one;
 * the four national acts of #1 in every new plan, worded as the sheet lists them; the method's example data types
 * (#3) and indicators (#8), word for word from the seed.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { docs, makePlan, staffLogin, startStrapi, stopStrapi, uid, unique } from './helpers/strapi';
import { cm, post } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { standardTargetGroups } from '../src/plugins/se-planning/common/target-groups';
import { actFromTitle, standardPolicyDocuments } from '../src/plugins/se-planning/common/standard-rows';
import { exampleDataTypes, exampleIndicators } from '../src/plugins/se-planning/common/method-examples';
import { indicatorKinds, updateFrequencies } from '../src/plugins/se-planning/common/vocabulary';

const seedDir = path.resolve(__dirname, '..', '..', 'shared', 'seed');
const seed = fs.readFileSync(
  path.join(seedDir, fs.readdirSync(seedDir).filter((name) => name.endsWith('.txt'))[0]),
  'utf8',
);
/** A sheet's text (its heading to the next one), whitespace runs as one space. */
const sheet = (number: number) => {
  const start = seed.indexOf(`Darba lapa #${number}:`);
  const next = seed.indexOf('Darba lapa #', start + 1);
  return seed.slice(start, next === -1 ? undefined : next).replace(/\s+/g, ' ');
};

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

const groups = () => strapi.db.query(uid('target-group'));
const store = () => strapi.store({ type: 'plugin', name: 'se-planning' });
const OFFERED = 'standardTargetGroupsOffered';

describe('the national target groups (#4) on a fresh install', () => {
  it('are there after start, once each, the method’s examples among them', async () => {
    for (const group of standardTargetGroups) {
      expect([group.slug, await groups().count({ where: { slug: group.slug } })]).toEqual([group.slug, 1]);
    }
    const names = standardTargetGroups.map((g) => g.name);
    for (const name of [
      'Seniori',
      'Ilgstošie bezdarbnieki',
      'Jaunieši bez darba pieredzes',
      'Cilvēki ar invaliditāti',
    ]) {
      expect(names).toContain(name);
      expect(sheet(4).toLowerCase()).toContain(name.toLowerCase());
    }
  });

  it('are not duplicated by a restart', async () => {
    const before = await groups().count();
    await stopStrapi();
    strapi = await startStrapi();
    expect(await groups().count()).toBe(before);
    for (const group of standardTargetGroups) expect(await groups().count({ where: { slug: group.slug } })).toBe(1);
  });

  it('are created when missing, but never over an edited row and never back once deleted', async () => {
    const group = standardTargetGroups[standardTargetGroups.length - 1];
    const row = await groups().findOne({ where: { slug: group.slug } });
    const ensure = () => getService(strapi, 'starting-content').ensureTargetGroups();
    const offered = (await store().get({ key: OFFERED })) as string[];
    expect(offered).toEqual(expect.arrayContaining(standardTargetGroups.map((g) => g.slug)));

    // an editor's change stays, even when the group is offered again (as to an install that never had it)
    await docs(strapi, 'target-group').update({ documentId: row.documentId, data: { description: 'Precizēts' } });
    await store().set({ key: OFFERED, value: offered.filter((slug) => slug !== group.slug) });
    expect(await ensure()).toEqual([]);
    expect((await groups().findOne({ where: { slug: group.slug } })).description).toBe('Precizēts');
    expect(await groups().count({ where: { slug: group.slug } })).toBe(1);

    // a group renamed by an editor (its slug changed) is not added again beside the one of the same name
    await groups().update({ where: { id: row.id }, data: { slug: unique('parsaukta') } });
    await store().set({ key: OFFERED, value: offered.filter((slug) => slug !== group.slug) });
    expect(await ensure()).toEqual([]);
    expect(await groups().count({ where: { name: group.name } })).toBe(1);

    // missing and never offered: created, as on a fresh install
    await docs(strapi, 'target-group').delete({ documentId: row.documentId });
    await store().set({ key: OFFERED, value: offered.filter((slug) => slug !== group.slug) });
    expect(await ensure()).toEqual([group.slug]);
    expect(await groups().findOne({ where: { slug: group.slug } })).toMatchObject({
      name: group.name,
      description: group.description,
    });
    expect(await ensure()).toEqual([]);

    // deleted by an editor after it was offered: stays deleted
    const recreated = await groups().findOne({ where: { slug: group.slug } });
    await docs(strapi, 'target-group').delete({ documentId: recreated.documentId });
    expect(await ensure()).toEqual([]);
    expect(await groups().count({ where: { slug: group.slug } })).toBe(0);

    // the run's other test files see the list as a start leaves it
    await docs(strapi, 'target-group').create({ data: { ...group } });
  });
});

describe('the national acts of #1 in every new plan', () => {
  const expected = [
    'Sociālā uzņēmuma likums',
    'MK 27.03.2018. noteikumi Nr.173 "Noteikumi par sociālās atstumtības riskam pakļauto iedzīvotāju grupām un sociālā uzņēmuma statusa piešķiršanas, reģistrēšanas un uzraudzības kārtību"',
    'MK 20.02.2018. noteikumi Nr.101 "Noteikumi par Sociālo uzņēmumu komisiju"',
    'MK 03.04.2018. noteikumi Nr.197 "Noteikumi par komercdarbības atbalsta piešķiršanas nosacījumiem sociālajiem uzņēmumiem un atbalsta piešķiršanas kārtību"',
  ];
  const actsOf = (plan: string) =>
    strapi.db
      .query(uid('policy-document'))
      .findMany({ where: { plan: { documentId: plan } }, orderBy: { position: 'asc' } });

  it('are the sheet’s four examples, titled as the sheet lists them', () => {
    expect(standardPolicyDocuments.map((act) => act.title)).toEqual(expected);
    for (const title of expected) expect(sheet(1)).toContain(title);
  });

  it('reads issuer, date and number from an act’s title', () => {
    expect(actFromTitle(expected[1])).toEqual({ issuer: 'Ministru kabinets', number: '173', issuedOn: '2018-03-27' });
    expect(actFromTitle(expected[2])).toEqual({ issuer: 'Ministru kabinets', number: '101', issuedOn: '2018-02-20' });
    expect(actFromTitle(expected[3])).toEqual({ issuer: 'Ministru kabinets', number: '197', issuedOn: '2018-04-03' });
    expect(actFromTitle('Sociālā uzņēmuma likums')).toEqual({ issuer: 'Saeima' });
    expect(actFromTitle('Jelgavas novada attīstības stratēģija')).toEqual({});
  });

  it('start every new plan, as national acts with issuer, date and number, marked as pre-filled', async () => {
    const { plan } = await makePlan(strapi);
    const acts = await actsOf(plan);
    expect(acts.map((a: { title: string }) => a.title)).toEqual(expected);
    expect(acts.map((a: { kind: string }) => a.kind)).toEqual(Array(4).fill('national_act'));
    expect(acts[1]).toMatchObject({ issuer: 'Ministru kabinets', number: '173', issuedOn: '2018-03-27' });
    expect(acts[3]).toMatchObject({ number: '197', issuedOn: '2018-04-03' });
    expect(acts[0]).toMatchObject({ issuer: 'Saeima', number: null });
    expect(acts.map((a: { standardKey: string }) => a.standardKey)).toEqual([
      'social_enterprise_law',
      'mk_173',
      'mk_101',
      'mk_197',
    ]);
  });

  it('start a plan a staff member creates in the Content Manager too, with its pre-filled rows marked', async () => {
    const staff = await staffLogin(strapi);
    const { municipality } = await makePlan(strapi);
    const res = await post(staff, cm('plan'), {
      title: unique('Plāns no administrācijas'),
      periodStartYear: 2026,
      periodEndYear: 2028,
      municipality,
    });
    expect(res.status).toBe(201);
    const plan = res.body.data.documentId as string;
    const acts = await actsOf(plan);
    expect(acts.map((a: { title: string }) => a.title)).toEqual(expected);
    expect(acts.every((a: { standardKey: string | null }) => Boolean(a.standardKey))).toBe(true);
    const risks = await strapi.db.query(uid('risk')).findMany({ where: { plan: { documentId: plan } } });
    expect(risks.filter((r: { standardKey: string | null }) => r.standardKey)).toHaveLength(6);
  });
});

describe('the method’s examples offered as suggestions', () => {
  it('#3: the four example data types, word for word, with their example rows', () => {
    expect(exampleDataTypes.map((d) => d.dataType.lv)).toEqual([
      'sociālo pakalpojumu saņēmēju statistika',
      'iedzīvotāju aptaujas',
      'valsts institūciju atskaites un pētījumi',
      'sabiedrības vajadzību analīze un novērtējums',
    ]);
    for (const { dataType, example } of exampleDataTypes) {
      expect(sheet(3)).toContain(`${dataType.lv} ${example.source}`);
      expect(Object.keys(updateFrequencies)).toContain(example.updateFrequency);
      expect(dataType.en).not.toBe('');
    }
  });

  it('#8: the seven quantitative and five qualitative example indicators, word for word, in the sheet’s order', () => {
    const text = sheet(8);
    const quantitative = text.slice(
      text.indexOf('1. Kvantitatīvie rādītāji'),
      text.indexOf('2. Kvalitatīvie rādītāji'),
    );
    const qualitative = text.slice(text.indexOf('2. Kvalitatīvie rādītāji'), text.indexOf('3. Datu ieguves metodes'));
    const of = (kind: string) => exampleIndicators.filter((i) => i.kind === kind).map((i) => i.title.lv);
    expect(of('quantitative')).toHaveLength(7);
    expect(of('qualitative')).toHaveLength(5);
    expect(exampleIndicators.every((i) => i.kind in indicatorKinds && i.title.en !== '')).toBe(true);
    const order = (part: string, titles: string[]) => titles.map((title) => part.indexOf(`· ${title}`));
    for (const [part, titles] of [
      [quantitative, of('quantitative')],
      [qualitative, of('qualitative')],
    ] as const) {
      const positions = order(part, titles);
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('are accepted by the rules as the rows they suggest', async () => {
    const { plan, unit } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis' } });
    for (const { kind, title } of exampleIndicators) {
      await docs(strapi, 'indicator').create({ data: { plan, goal: goal.documentId, kind, title: title.lv } });
    }
    for (const { dataType, example } of exampleDataTypes) {
      await docs(strapi, 'data-source').create({
        data: { plan, dataType: dataType.lv, sourceUnit: unit, updateFrequency: example.updateFrequency },
      });
    }
    expect(await strapi.db.query(uid('indicator')).count({ where: { plan: { documentId: plan } } })).toBe(12);
  });
});
