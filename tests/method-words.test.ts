/**
 * Words of the method, verbatim. Every label the portal takes from the method (worksheet titles, column
 * headings, the fixed lists the sheets give, SMART criteria, pre-filled rows) stands word for word in its own
 * sheet of the seed text ("Darba lapa #1–#11"). The labels are read from the code's tables, so a changed label
 * is caught; what is the portal's own is left out by the short lists below, each with its reason.
 * Then, through a real Strapi: "Cits (precizēt)" needs its text, and the text needs it.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, makePlan, rejection, startStrapi, stopStrapi, uid, unique } from './helpers/strapi';
import { cm, errorPaths } from './helpers/requests';
import {
  otherChoice,
  vocabularies,
  type Label,
  type VocabularyName,
} from '../src/plugins/se-planning/common/vocabulary';
import { fieldLabels, worksheetColumns } from '../src/plugins/se-planning/common/field-labels';
import { worksheets } from '../src/plugins/se-planning/common/worksheets';
import { smartCriteria } from '../src/plugins/se-planning/common/smart';
import { standardMonitoringActivities, standardRisks } from '../src/plugins/se-planning/common/standard-rows';
import { model } from '../src/plugins/se-planning/server/src/content-types/model';
import { methodSheets } from '../src/plugins/se-planning/common/method-sheets';

// ── the seed: in CI a copy of shared/ is cloned beside the repository ───────────────────────────────────────
const seedDir = path.resolve(__dirname, '..', '..', 'shared', 'seed');
const seedFiles = fs.readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
const seed = fs.readFileSync(path.join(seedDir, seedFiles[0]), 'utf8');

/** Each sheet's heading title and its text (heading to the next heading), whitespace runs as one space. */
const sheets = new Map<number, { title: string; text: string }>();
const headings = [...seed.matchAll(/Darba lapa #(\d+): ([^\n]*)/g)];
headings.forEach((heading, i) => {
  const end = headings[i + 1]?.index ?? seed.length;
  sheets.set(Number(heading[1]), {
    title: heading[2].trim(),
    text: seed.slice(heading.index, end).replace(/\s+/g, ' '),
  });
});
const sheet = (number: number) => sheets.get(number)?.text ?? '';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** `words` stand in `text` exactly, as whole words; a label may capitalise (or not) its first letter. */
const standsIn = (text: string, words: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escape(lowerFirst(words))}|${escape(upperFirst(words))})(?![\\p{L}\\p{N}])`,
    'u',
  ).test(text);

/**
 * Labels the sheet words in another grammatical form: #4 lists its sources after "no" (dative), #6 its SMART
 * criteria after "veidojam" (accusative), and plural column headings name one row's item in the singular.
 * Label → the sheet's words. Only word endings may differ (checked below), and an entry whose label is no
 * longer in the code fails, so a changed label cannot hide here.
 */
const inflected: Record<string, string> = {
  'Pašvaldības sociālo dienestu dati un atskaites': 'pašvaldības sociālo dienestu datiem un atskaitēm',
  'Ikgadējās iedzīvotāju aptaujas, ko veic pašvaldība': 'ikgadējām iedzīvotāju aptaujām, ko veic pašvaldība',
  'Statistikas dati (Centrālās statistikas pārvaldes, Labklājības ministrijas, Nodarbinātības valsts aģentūras u.c. publiski pieejamie dati)':
    'statistikas datiem (Centrālās statistikas pārvaldes, Labklājības ministrijas, Nodarbinātības valsts aģentūras u.c. publiski pieejamie dati)',
  'Nevalstisko organizāciju un pašvaldības sadarbības partneru sniegtā informācija':
    'nevalstisko organizāciju un pašvaldības sadarbības partneru sniegtās informācijas',
  'Pašvaldības esošās stratēģijas': 'pašvaldības esošajām stratēģijām',
  Skaidrs: 'Skaidru',
  Izmērāms: 'Izmērāmu',
  Sasniedzams: 'Sasniedzamu',
  Atbilstošs: 'Atbilstošu',
  'Laikā ierobežots': 'Laikā ierobežotu',
  'Datu veids': 'datu veidi',
  'Specifiskais uzdevums': 'Specifiskie uzdevumi',
  Aktivitāte: 'Aktivitātes',
  Rādītājs: 'rādītāji',
  'Uzraudzības aktivitāte': 'uzraudzības aktivitātes',
};

/** Fixed lists (or some of their items) that are the portal's own although a worksheet row uses them. */
const portalsOwn: Partial<Record<VocabularyName, 'all' | string[]>> = {
  // #7 has no status column: the execution status is ours
  activityStatuses: 'all',
  // #3's examples show only "1x gadā", "1x mēnesī" and "?"; the rest of the scale, and "?" in words, are ours
  updateFrequencies: ['daily', 'weekly', 'quarterly', 'irregular', 'unknown'],
  // the sheets' example lists stop without an "other": it is checked on its own below
  cooperationTypes: ['other'],
  resourceSubtypes: ['other'],
};

type MethodLabel = { where: string; number: number; label: string };

/** The fixed lists a worksheet row chooses from (its `choice`/`choices` fields), with the sheet's number. */
const methodLists = model.flatMap((entry) =>
  Object.values(entry.attributes)
    .map((attribute) => (attribute.options as { vocabulary?: VocabularyName } | undefined)?.vocabulary)
    .filter((name): name is VocabularyName => name !== undefined && entry.worksheet !== undefined)
    .map((name) => ({ name, number: entry.worksheet as number })),
);

const methodLabels: MethodLabel[] = [
  ...methodLists.flatMap(({ name, number }) => {
    const left = portalsOwn[name];
    if (left === 'all') return [];
    return Object.entries(vocabularies[name] as Record<string, Label>)
      .filter(([key]) => !left?.includes(key))
      .map(([key, label]) => ({ where: `${name}.${key}`, number, label: label.lv }));
  }),
  ...Object.entries(worksheetColumns).flatMap(([type, columns]) => {
    const number = model.find((entry) => entry.singularName === type)?.worksheet ?? 0;
    return Object.entries(columns as Record<string, Label>).map(([field, label]) => ({
      where: `${type}.${field}`,
      number,
      label: label.lv,
    }));
  }),
  ...standardRisks.flatMap((risk) => [
    { where: `standardRisks.${risk.standardKey}.factor`, number: 10, label: risk.factor as string },
    ...(risk.impact ? [{ where: `standardRisks.${risk.standardKey}.impact`, number: 10, label: risk.impact }] : []),
  ]),
  ...standardMonitoringActivities.map((row) => ({
    where: `standardMonitoringActivities.${row.standardKey}`,
    number: 11,
    label: row.title as string,
  })),
];

describe('the seed text', () => {
  it('is one .txt file with the 11 worksheets', () => {
    expect(seedFiles).toHaveLength(1);
    expect([...sheets.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('words of the method, verbatim', () => {
  it.each(Object.entries(worksheets))('worksheet #%s has the sheet’s full title', (number, title) => {
    expect(upperFirst(title.lv)).toBe(upperFirst(sheets.get(Number(number))?.title ?? ''));
  });

  it('reads the method’s fixed lists from the worksheet rows that use them', () => {
    expect(new Set(methodLists.map((list) => list.name))).toEqual(
      new Set([
        'policyDocumentKinds',
        'cooperationTypes',
        'updateFrequencies',
        'needInformationSources',
        'resourceGroups',
        'resourceSubtypes',
        'activityStatuses',
        'indicatorKinds',
        'dataMethods',
        'partnershipSteps',
        'riskLevels',
      ]),
    );
  });

  it.each(methodLabels.map((m) => [m.where, m.number, m.label] as const))(
    '%s stands in sheet #%i: "%s"',
    (_where, number, label) => {
      const words = standsIn(sheet(number), label) ? label : inflected[label];
      expect([label, words !== undefined && standsIn(sheet(number), words)]).toEqual([label, true]);
    },
  );

  it.each(Object.entries(smartCriteria))('SMART "%s" is the sheet’s criterion, with its English', (_key, label) => {
    // "Mērķim (pēc SMART principa) veidojam: · Skaidru (Specific) – …"
    expect(inflected[label.lv]).toBeDefined();
    expect(standsIn(sheet(6), `${inflected[label.lv]} (${label.en})`)).toBe(true);
  });

  it('offers "Cits (precizēt)" after the open lists of #2 and #5, worded as the method asks to specify', () => {
    expect(vocabularies.cooperationTypes.other).toBe(otherChoice);
    expect(vocabularies.resourceSubtypes.other).toBe(otherChoice);
    expect(otherChoice).toEqual({ lv: 'Cits (precizēt)', en: 'Other (specify)' });
    // #10 ends its list the same way: "Citi izaicinājumi (precizēt)"
    expect(standsIn(sheet(10), 'Citi izaicinājumi (precizēt)')).toBe(true);
    expect(fieldLabels['cooperation-model'].cooperationTypeOther.lv).toMatch(/\(precizēt\)$/);
    expect(fieldLabels.resource.resourceTypeOther.lv).toMatch(/\(precizēt\)$/);
  });

  it('names the collections that quote their sheet in the sheet’s words', () => {
    const quoting = ['cooperation-model', 'data-source', 'need', 'partnership-step', 'monitoring-activity'];
    for (const entry of model.filter((e) => quoting.includes(e.singularName))) {
      const name = entry.displayName.replace(/ \(#\d+\)$/, '');
      expect([entry.singularName, name, standsIn(sheet(entry.worksheet ?? 0), name)]).toEqual([
        entry.singularName,
        name,
        true,
      ]);
    }
    expect(fieldLabels.plan.partnershipSteps.lv).toBe('Partnerības kontrolsaraksts (#9)');
    expect(standsIn(sheet(9), 'Partnerības kontrolsaraksts')).toBe(true);
  });

  it.each(Object.entries(inflected))('"%s" differs from the sheet’s "%s" only in word endings', (label, words) => {
    const split = (text: string) =>
      text.split(' ').map((word) => {
        const [, lead, core, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
        return { lead, core: lowerFirst(core), trail };
      });
    const ours = split(label);
    const theirs = split(words);
    expect(ours).toHaveLength(theirs.length);
    ours.forEach((word, i) => {
      const stem = word.core.slice(0, Math.max(3, word.core.length - 3));
      expect([word.lead, word.trail, theirs[i].core.startsWith(stem)]).toEqual([theirs[i].lead, theirs[i].trail, true]);
    });
    // still one of the code's labels: a label changed or gone leaves no excuse behind
    const used = [...methodLabels.map((m) => m.label), ...Object.values(smartCriteria).map((c) => c.lv)];
    expect(used).toContain(label);
  });
});

// ── "Cits (precizēt)" through a real Strapi ─────────────────────────────────────────────────────────────────
describe('the workspace quotes each sheet', () => {
  it('has every sheet\'s purpose line ("Mērķis: …"), hints and examples word for word from that sheet', () => {
    expect(Object.keys(methodSheets).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const [number, { purpose, hints }] of Object.entries(methodSheets)) {
      const text = sheet(Number(number));
      expect({ number, purpose: text.includes(`Mērķis: ${purpose.lv}`) }).toEqual({ number, purpose: true });
      for (const hint of hints)
        expect({ number, hint: hint.lv, found: text.includes(hint.lv) }).toMatchObject({ found: true });
      for (const example of methodSheets[Number(number)].examples ?? [])
        expect({ number, example: example.lv, found: text.includes(example.lv) }).toMatchObject({ found: true });
      expect(purpose.en).not.toBe('');
    }
  });
});

describe('"Cits (precizēt)" needs its text, and the text needs it', () => {
  let strapi: Core.Strapi;
  let token: string;
  beforeAll(async () => {
    strapi = await startStrapi();
    token = await adminToken(strapi);
  });
  afterAll(stopStrapi);

  const post = (name: string, body: Record<string, unknown>) =>
    http(strapi).post(cm(name)).set('Authorization', `Bearer ${token}`).send(body);

  it('#2: refuses `other` without its text (400, naming the field), accepts it with the text', async () => {
    const { plan, municipality } = await makePlan(strapi);
    const organisation = await docs(strapi, 'organisation').create({
      data: { name: unique('Biedrība'), kind: 'ngo', municipality },
    });
    const row = { plan, organisation: organisation.documentId, cooperationTypes: ['joint_projects', 'other'] };

    const refused = await post('cooperation-model', row);
    expect(refused.status).toBe(400);
    expect(refused.body.error.name).toBe('ValidationError');
    expect(errorPaths(refused)).toEqual(['cooperationTypeOther']);

    const accepted = await post('cooperation-model', { ...row, cooperationTypeOther: 'Brīvprātīgo apmaiņa' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.data.cooperationTypeOther).toBe('Brīvprātīgo apmaiņa');

    const stray = await post('cooperation-model', {
      ...row,
      cooperationTypes: ['joint_projects'],
      cooperationTypeOther: 'Brīvprātīgo apmaiņa',
    });
    expect(stray.status).toBe(400);
    expect(errorPaths(stray)).toEqual(['cooperationTypeOther']);
  });

  it('#5: refuses an `other` resource type without its text, accepts it in any group with the text', async () => {
    const { plan } = await makePlan(strapi);
    const row = { plan, group: 'material', subtype: 'other', title: 'Pašvaldības autobuss' };

    const refused = await post('resource', row);
    expect(refused.status).toBe(400);
    expect(refused.body.error.name).toBe('ValidationError');
    expect(errorPaths(refused)).toEqual(['resourceTypeOther']);

    const accepted = await post('resource', { ...row, resourceTypeOther: 'Transports' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.data).toMatchObject({ subtype: 'other', resourceTypeOther: 'Transports' });

    // a later change to a listed type leaves the text behind: refused, naming it, and the row kept as it was
    const documentId = accepted.body.data.documentId;
    const error = await rejection(() =>
      docs(strapi, 'resource').update({ documentId, data: { group: 'material', subtype: 'technical_equipment' } }),
    );
    expect(error.name).toBe('ValidationError');
    expect(error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['resourceTypeOther']]);
    expect((await docs(strapi, 'resource').findOne({ documentId })).subtype).toBe('other');
  });
});
