/**
 * Contract of the open data (GET /api/open-data/*): the support programmes and the results as CSV and JSON, the
 * programmes as CommonGrants JSON and the DCAT-AP catalogue — the same rows and values the public API gives, only
 * what is published, CC BY 4.0 on every answer, CSV as Excel and RFC 4180 read it, and the README's column tables
 * equal to the declared columns.
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'csv-parse/sync';
import type { Core } from '@strapi/strapi';
import { docs, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { publicPlan, reviewAndPublish, type PublicPlan } from './helpers/public-plan';
import { api } from './helpers/requests';
import {
  columnTable,
  csvColumns,
  OPEN_DATA_LICENSE,
  programmeColumns,
  resultColumns,
} from '../src/plugins/se-planning/common/open-data';
import { pathOf } from '../src/site/paths';
import { programmePageUrl } from '../src/plugins/se-planning/server/src/public-api/open-data/programme-rows';
import { opportunityId } from '../src/plugins/se-planning/server/src/public-api/open-data/commongrants';

let strapi: Core.Strapi;
let fixture: PublicPlan;
let publicUrl: string;
/** A published programme whose texts need quoting in CSV, and a programme never published. */
const tricky = {
  title: `Granti "Zaļais starts", 2027`,
  description: 'Pirmā rinda, ar komatu;\r\notrā rinda ar "pēdiņām"\nun trešā',
};
let trickyId: string;
let draftTitle: string;

type Row = Record<string, string>;
const bytesOf = (res: { body: Buffer }) => res.body.toString('utf8');
/** GET as raw bytes (the CSV's BOM untouched). */
const raw = (url: string) =>
  api(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
const csvRows = (text: string): Row[] => parse(text.replace(/^\uFEFF/, ''), { columns: true, bom: false }) as Row[];

/** Every item of a paged public list. */
async function all(list: string, query = '') {
  const found: any[] = [];
  for (let page = 1; ; page++) {
    const res = await api(`${list}?pageSize=100&page=${page}${query}`);
    expect(res.status).toBe(200);
    found.push(...res.body.data);
    if (page >= res.body.meta.pagination.pageCount) return { items: found, total: res.body.meta.pagination.total };
  }
}

const cell = (value: unknown) =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  fixture = await publicPlan(strapi);
  publicUrl = strapi.config.get('plugin::se-planning.publicUrl') as string;
  trickyId = (
    await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: {
        plan: fixture.plan,
        slug: unique('zalais-starts'),
        kind: 'grant',
        amountMin: 1000.5,
        amountMax: 2500,
        totalBudget: 10000,
        opensOn: '2026-01-01',
        closesOn: '2099-12-31',
        targetGroups: [fixture.group],
        ...tricky,
      },
    })
  ).documentId;
  await reviewAndPublish(strapi, 'support-programme', trickyId);
  draftTitle = unique('Nepublicēta programma');
  await docs(strapi, 'support-programme').create({
    locale: 'lv',
    data: { plan: fixture.plan, title: draftTitle, slug: unique('nepublicets'), kind: 'grant' },
  });
});
afterAll(stopStrapi);

describe('GET /api/open-data/support-programmes.csv', () => {
  it('is UTF-8 CSV with a BOM, the documented header, CRLF, a download name and the licence', async () => {
    const res = await raw('/open-data/support-programmes.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="support-programmes.csv"');
    expect(res.headers.link).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytesOf(res);
    const [header] = text.slice(1).split('\r\n');
    expect(header.split(',')).toEqual(csvColumns(programmeColumns).map((c) => c.name));
    expect(text.endsWith('\r\n')).toBe(true);
    // every line break outside a quoted cell is CRLF
    expect(
      text
        .replace(/"(?:[^"]|"")*"/g, '')
        .match(/\r?\n/g)!
        .every((end) => end === '\r\n'),
    ).toBe(true);
  });

  it('has one row per published programme, with the values /api/support-programmes gives', async () => {
    const rows = csvRows(bytesOf(await raw('/open-data/support-programmes.csv')));
    const { items, total } = await all('/support-programmes');
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.documentId))).toEqual(new Set(items.map((p) => p.documentId)));
    const byId = new Map(rows.map((r) => [r.documentId, r]));
    for (const programme of items) {
      const row = byId.get(programme.documentId)!;
      expect(row).toMatchObject({
        slug: programme.slug,
        title: programme.title,
        summary: cell(programme.summary),
        kind: programme.kind.key,
        kindLabel: programme.kind.label,
        state: programme.state.key,
        municipality: cell(programme.municipality?.slug),
        municipalityName: cell(programme.municipality?.name),
        targetGroups: cell(programme.targetGroups.map((g: { slug: string }) => g.slug)),
        amountMin: cell(programme.amountMin),
        amountMax: cell(programme.amountMax),
        totalBudget: cell(programme.totalBudget),
        currency: 'EUR',
        opensOn: cell(programme.opensOn),
        closesOn: cell(programme.closesOn),
        legalBasis: cell(programme.legalBasis.map((d: { title: string }) => d.title)),
        publishedAt: programme.publishedAt,
        url: `${publicUrl}/programmas/${programme.slug}`,
      });
    }
  });

  it('quotes commas, quotes and line breaks so they read back as they were; dates ISO 8601, numbers with a point', async () => {
    const text = bytesOf(await raw('/open-data/support-programmes.csv'));
    expect(text).toContain(`"Granti ""Zaļais starts"", 2027"`);
    const row = csvRows(text).find((r) => r.documentId === trickyId)!;
    expect(row).toMatchObject({ ...tricky, amountMin: '1000.5', opensOn: '2026-01-01', closesOn: '2099-12-31' });
    expect(row.state).toBe('open');
    expect(row.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('never has a draft', async () => {
    const text = bytesOf(await raw('/open-data/support-programmes.csv'));
    expect(text).not.toContain(draftTitle);
    const json = (await api('/open-data/support-programmes.json')).body;
    expect(JSON.stringify(json)).not.toContain(draftTitle);
  });

  it('keeps its headers when answered again (response cache, edge) and with an Origin', async () => {
    for (const origin of [undefined, 'https://dati.example.lv', undefined]) {
      const request = raw('/open-data/support-programmes.csv');
      const res = await (origin ? request.set('Origin', origin) : request);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="support-programmes.csv"');
      expect(res.headers.link).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const again = await raw('/open-data/support-programmes.csv');
    expect(again.headers['x-cache']).toBe('hit');
    const notModified = await api('/open-data/support-programmes.csv').set('If-None-Match', again.headers.etag);
    expect(notModified.status).toBe(304);
  });

  it('in English: the English rows and pages', async () => {
    const rows = csvRows(bytesOf(await raw('/open-data/support-programmes.csv?locale=en')));
    const { items, total } = await all('/support-programmes', '&locale=en');
    expect(rows).toHaveLength(total);
    const row = rows.find((r) => r.documentId === fixture.programme)!;
    const programme = items.find((p) => p.documentId === fixture.programme);
    expect(row).toMatchObject({
      locale: 'en',
      title: 'Grants for social enterprises',
      kindLabel: programme.kind.label,
    });
    expect(row.url).toBe(`${publicUrl}/en/programmes/${programme.slug}`);
  });
});

describe('GET /api/open-data/support-programmes.json', () => {
  it('states the licence and its columns, and gives the same rows (lists as arrays)', async () => {
    const res = await api('/open-data/support-programmes.json');
    expect(res.status).toBe(200);
    expect(res.headers.link).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    expect(res.body).toMatchObject({ license: 'CC BY 4.0', licenseUrl: OPEN_DATA_LICENSE.url, locale: 'lv' });
    expect(res.body.columns.map((c: { name: string }) => c.name)).toEqual(programmeColumns.map((c) => c.name));
    const { items, total } = await all('/support-programmes');
    expect(res.body.data).toHaveLength(total);
    const mine = res.body.data.find((r: { documentId: string }) => r.documentId === fixture.programme);
    const programme = items.find((p) => p.documentId === fixture.programme);
    expect(mine).toMatchObject({
      title: programme.title,
      amountMax: 5000,
      targetGroups: programme.targetGroups.map((g: { slug: string }) => g.slug),
      legalBasis: ['Sociālā uzņēmuma likums'],
    });
    expect(Object.keys(mine)).toEqual(programmeColumns.map((c) => c.name));
  });
});

describe('GET /api/open-data/results.csv and .json', () => {
  it('give one row per indicator of the adopted plans, with the values /api/results gives', async () => {
    const { items, total } = await all('/results');
    const csv = await raw('/open-data/results.csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="results.csv"');
    expect(csv.headers.link).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    const text = bytesOf(csv);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0].split(',')).toEqual(csvColumns(resultColumns).map((c) => c.name));
    const rows = csvRows(text);
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r.indicatorDocumentId)).toEqual(items.map((r) => r.documentId));
    const json = (await api('/open-data/results.json')).body;
    expect(json).toMatchObject({ license: 'CC BY 4.0', licenseUrl: OPEN_DATA_LICENSE.url });
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual(resultColumns.map((c) => c.name));
    expect(json.data).toHaveLength(total);
    items.forEach((result, i) => {
      expect(rows[i]).toMatchObject({
        municipality: cell(result.municipality?.slug),
        planDocumentId: result.plan.documentId,
        planTitle: result.plan.title,
        periodStartYear: cell(result.plan.periodStartYear),
        goalTitle: cell(result.goal?.title),
        indicatorTitle: result.title,
        kind: result.kind.key,
        unit: cell(result.unit),
        baseline: cell(result.baseline),
        target: cell(result.target),
        targetText: cell(result.targetText),
        targetDate: cell(result.targetDate),
        latestValue: cell(result.latest?.value),
        latestMeasuredOn: cell(result.latest?.measuredOn),
        measurementCount: String(result.measurements.length),
      });
      expect(json.data[i].indicatorDocumentId).toBe(result.documentId);
      expect(json.data[i].measurements).toEqual(result.measurements);
    });
    const mine = json.data.find((r: { indicatorDocumentId: string }) => r.indicatorDocumentId === fixture.indicator);
    expect(mine).toMatchObject({ baseline: 10, target: 12, latestValue: 11, latestMeasuredOn: '2026-06-30' });
  });
});

describe('GET /api/open-data/support-programmes.commongrants.json', () => {
  it('maps title, status, key dates and funding to CommonGrants opportunities in its paginated list', async () => {
    const res = await api('/open-data/support-programmes.commongrants.json');
    expect(res.status).toBe(200);
    const { total } = await all('/support-programmes');
    expect(res.body).toMatchObject({
      status: 200,
      message: 'Success',
      license: 'CC BY 4.0',
      paginationInfo: { page: 1, totalItems: total, totalPages: 1 },
    });
    expect(res.body.items).toHaveLength(total);
    const item = res.body.items.find((i: { id: string }) => i.id === opportunityId(trickyId));
    expect(item).toMatchObject({
      title: tricky.title,
      description: tricky.description,
      status: { value: 'open' },
      keyDates: {
        appOpens: { name: expect.any(String), date: '2026-01-01' },
        appDeadline: { name: expect.any(String), date: '2099-12-31' },
      },
      funding: {
        minAwardAmount: { amount: '1000.50', currency: 'EUR' },
        maxAwardAmount: { amount: '2500.00', currency: 'EUR' },
        totalAmountAvailable: { amount: '10000.00', currency: 'EUR' },
      },
      customFields: { documentId: { value: trickyId } },
    });
    expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(item.source).toMatch(new RegExp(`^${publicUrl}/programmas/`));
    expect(Date.parse(item.createdAt)).not.toBeNaN();
    // the fixture's programme has no application window: ongoing, so open; only a maximum amount
    const ongoing = res.body.items.find((i: { id: string }) => i.id === opportunityId(fixture.programme));
    expect(ongoing.status.value).toBe('open');
    expect(ongoing.keyDates).toEqual({});
    expect(ongoing.funding).toEqual({ maxAwardAmount: { amount: '5000.00', currency: 'EUR' } });
    const values = new Set(res.body.items.map((i: { status: { value: string } }) => i.status.value));
    for (const value of values) expect(['forecasted', 'open', 'closed']).toContain(value);
  });
});

describe('GET /api/open-data/catalog.jsonld', () => {
  it('is a DCAT-AP catalogue with two data sets, each with CSV and JSON distributions at absolute addresses', async () => {
    const res = await api('/open-data/catalog.jsonld');
    expect(res.status).toBe(200);
    // JSON-LD is UTF-8 by definition (the public cache keeps the bare media type of a type with no default charset)
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json(; charset=utf-8)?$/);
    expect(res.headers.link).toBe(`<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    const catalog = JSON.parse(res.text);
    expect(Object.keys(catalog['@context'])).toEqual(expect.arrayContaining(['dcat', 'dct', 'foaf', 'vcard']));
    expect(catalog['@type']).toBe('dcat:Catalog');
    const datasets = catalog['dcat:dataset'];
    expect(datasets).toHaveLength(2);
    for (const dataset of datasets) {
      expect(dataset['@type']).toBe('dcat:Dataset');
      for (const field of ['dct:title', 'dct:description'])
        expect(dataset[field].map((t: { '@language': string }) => t['@language'])).toEqual(['lv', 'en']);
      expect(dataset['dct:license']).toEqual({ '@id': OPEN_DATA_LICENSE.url });
      expect(dataset['dct:publisher']['foaf:name']).toBeDefined();
      expect(dataset['dcat:keyword'].length).toBeGreaterThan(0);
      expect(dataset['dct:modified']['@value']).toMatch(/^\d{4}-\d{2}-\d{2}/);
      const types = dataset['dcat:distribution'].map((d: any) =>
        d['dcat:mediaType']['@id'].split('/').slice(-2).join('/'),
      );
      expect(types).toEqual(expect.arrayContaining(['text/csv', 'application/json']));
      for (const distribution of dataset['dcat:distribution']) {
        const url = distribution['dcat:downloadURL']['@id'] as string;
        expect(distribution['dcat:accessURL']['@id']).toBe(url);
        expect(url.startsWith(`${publicUrl}/api/open-data/`)).toBe(true);
        expect(distribution['dct:format']['@id']).toMatch(/file-type\/(CSV|JSON)$/);
        const file = await api(url.slice(`${publicUrl}/api`.length));
        expect(file.status).toBe(200);
      }
    }
  });
});

describe('the catalogue’s publisher', () => {
  const setting = 'plugin::se-planning.openData.publisher';
  const publisherOf = async () => {
    await strapi.plugin('se-planning').service('public-cache').changed();
    const catalog = JSON.parse((await api('/open-data/catalog.jsonld')).text);
    return { catalog: catalog['dct:publisher'], contact: catalog['dcat:dataset'][0]['dcat:contactPoint'] };
  };

  it('is the portal by default, and the configured organisation (OPEN_DATA_PUBLISHER_*) once set', async () => {
    const portal = await publisherOf();
    expect(portal.catalog['foaf:homepage']).toEqual({ '@id': publicUrl });
    const configured = strapi.config.get(setting);
    strapi.config.set(setting, {
      name: 'Parauga novada pašvaldība',
      url: 'https://www.parauga-novads.lv',
      email: 'dati@parauga-novads.lv',
    });
    try {
      const { catalog, contact } = await publisherOf();
      expect(catalog['foaf:name'][0]).toEqual({ '@value': 'Parauga novada pašvaldība', '@language': 'lv' });
      expect(catalog['foaf:homepage']).toEqual({ '@id': 'https://www.parauga-novads.lv' });
      expect(contact['vcard:hasEmail']).toEqual({ '@id': 'mailto:dati@parauga-novads.lv' });
    } finally {
      strapi.config.set(setting, configured);
      await strapi.plugin('se-planning').service('public-cache').changed();
    }
  });
});

describe('the parameters', () => {
  it.each([
    '/open-data/support-programmes.csv',
    '/open-data/support-programmes.json',
    '/open-data/support-programmes.commongrants.json',
    '/open-data/results.csv',
    '/open-data/results.json',
    '/open-data/catalog.jsonld',
  ])('%s: an unknown parameter is a 400 naming it, without a download name', async (file) => {
    const res = await api(`${file}?page=2`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['page']);
    expect(res.headers['content-disposition']).toBeUndefined();
  });

  it('a language other than lv or en is a 400 naming locale', async () => {
    const res = await api('/open-data/results.csv?locale=ru');
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('the README', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const documented = (name: string) => {
    const match = new RegExp(`<!-- open-data:${name} -->\\n([\\s\\S]*?)\\n<!-- /open-data:${name} -->`).exec(readme);
    expect(match).not.toBeNull();
    return match![1];
  };

  it.each([
    ['programmes', programmeColumns],
    ['results', resultColumns],
  ] as const)('documents the %s columns exactly as the code declares them', (name, columns) => {
    const table = documented(name);
    expect(table).toBe(columnTable(columns));
    const names = [...table.matchAll(/^\| `([^`]+)` \| [a-z]+ \|/gm)].map((m) => m[1]);
    expect(names).toEqual(csvColumns(columns).map((c) => c.name));
  });

  it('and the programme pages as the website has them', () => {
    expect(programmePageUrl(publicUrl, 'lv', 'a-b')).toBe(
      publicUrl + pathOf({ kind: 'programme', slug: 'a-b', locale: 'lv' }),
    );
    expect(programmePageUrl(publicUrl, 'en', 'a-b')).toBe(
      publicUrl + pathOf({ kind: 'programme', slug: 'a-b', locale: 'en' }),
    );
  });
});
