/**
 * The plan as a document for the council: GET /se-planning/plans/:documentId/export.docx (and .pdf where the server
 * has Chromium), opened again with a reader (the DOCX's XML through jszip) and checked against the plan workspace:
 * title page, "Darba lapa #1" … "#11" in order with their titles and purpose lines, each table's columns in the
 * sheet's order and its rows, the SMART cards; "Projekts" on every page of a working copy, the version and the council
 * decision on an adopted one; 404 for another municipality's staff.
 */
import type { Core } from '@strapi/strapi';
import JSZip from 'jszip';
import { addStaff, docs, http, makePlan, staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { as, get } from './helpers/requests';
import { publicPlan, type PublicPlan } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { cellText } from '../src/plugins/se-planning/common/cell-text';
import { isReviewable } from '../src/plugins/se-planning/common/review';

let strapi: Core.Strapi;
let adopted: PublicPlan;
let draftPlan: string;
let planner: Staff;
let stranger: Staff;

/** A binary answer as a Buffer. */
const binary = (url: string, staff: Staff) =>
  http(strapi)
    .get(url)
    .set(as(staff))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

/** The text of a DOCX part's paragraphs, one per line (runs joined), and its tables as rows of cell texts. */
async function read(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const textOf = (part: string) =>
    [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0])).join('\n'),
      ),
    ),
  );
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map(async (name) => textOf(await zip.file(name)!.async('string'))),
  );
  return { paragraphs, tables, headers, xml };
}

beforeAll(async () => {
  strapi = await startStrapi();
  adopted = await publicPlan(strapi);
  planner = adopted.planner;
  const other = await makePlan(strapi);
  draftPlan = other.plan;
  stranger = await staffLogin(strapi, { roles: ['se-planning-editor'] });
  await addStaff(strapi, other.municipality, stranger.user.id);
});
afterAll(stopStrapi);

describe('the plan as DOCX', () => {
  it('is laid out like the method: title page, the 11 worksheets in order with their tables, the SMART cards', async () => {
    const res = await binary(`/se-planning/plans/${adopted.plan}/export.docx`, planner);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9-]+\.docx"$/);
    const docx = await read(res.body as Buffer);
    const workspace = await getService(strapi, 'plan-workspace').of(adopted.plan);

    // the sheets' headings, in order, each followed by its purpose line
    const headings = docx.paragraphs.filter((p) => /^Darba lapa #\d+: /.test(p));
    expect(headings).toEqual(workspace.sheets.map((sheet) => `Darba lapa #${sheet.number}: ${sheet.title.lv}`));
    expect(headings).toHaveLength(11);
    for (const sheet of workspace.sheets) {
      const at = docx.paragraphs.indexOf(`Darba lapa #${sheet.number}: ${sheet.title.lv}`);
      expect(docx.paragraphs[at + 1]).toBe(`Mērķis: ${sheet.purpose.lv}`);
    }

    // every table with rows: its columns in the sheet's order, its rows as the workspace shows them
    const filled = workspace.sheets.flatMap((sheet) => sheet.tables).filter((table) => table.rows.length);
    expect(filled.length).toBeGreaterThan(4);
    for (const table of filled) {
      const header = table.columns.map((column) => column.label.lv);
      const found = docx.tables.find((rows) => JSON.stringify(rows[0]) === JSON.stringify(header));
      expect([table.type, Boolean(found)]).toEqual([table.type, true]);
      expect(found!.slice(1)).toEqual(
        table.rows.map((row) => table.columns.map((column) => cellText(column, row[column.field], 'lv', 'jā', 'nē'))),
      );
    }
    // the goal's SMART card
    const smart = docx.paragraphs.indexOf('Mērķu SMART pārbaude');
    expect(smart).toBeGreaterThan(docx.paragraphs.indexOf(headings[10]));
    expect(docx.paragraphs.slice(smart)).toContain('Palielināt sociālo uzņēmumu skaitu par 20%');
    const card = docx.tables.find((rows) => rows[0].join('|') === 'Kritērijs|Vērtējums|Pamatojums')!;
    expect(card.slice(1).map((row) => row[0])).toEqual([
      'Skaidrs',
      'Izmērāms',
      'Sasniedzams',
      'Atbilstošs',
      'Laikā ierobežots',
    ]);
  });

  it('an adopted plan prints its version and council decision on every page, not "Projekts"', async () => {
    const docx = await read((await binary(`/se-planning/plans/${adopted.plan}/export.docx`, planner)).body as Buffer);
    expect(docx.headers.length).toBeGreaterThan(0);
    for (const header of docx.headers) {
      expect(header).toContain('Versija 1');
      expect(header).toContain('Nr. 7/1, 2026-01-29');
      expect(header).not.toContain('Projekts');
    }
    expect(docx.paragraphs).toContain('Domes lēmums: Nr. 7/1, 2026-01-29');
  });

  it('a working copy says "Projekts" on every page', async () => {
    const admin = await staffLogin(strapi);
    const docx = await read((await binary(`/se-planning/plans/${draftPlan}/export.docx`, admin)).body as Buffer);
    for (const header of docx.headers) expect(header).toBe('Projekts');
    expect(docx.paragraphs).toContain('Darba versija (nav pieņemta domē)');
    expect(docx.xml).not.toContain('Domes lēmums');
  });

  it('is for the plan’s own staff: another municipality’s staff get 404, as if it did not exist', async () => {
    for (const format of ['docx', 'pdf']) {
      const res = await get(stranger, `/se-planning/plans/${adopted.plan}/export.${format}`);
      expect([format, res.status]).toEqual([format, 404]);
    }
    expect((await http(strapi).get(`/se-planning/plans/${adopted.plan}/export.docx`)).status).toBe(401);
  });
});

describe('the plan as PDF', () => {
  const printable = require('fs').existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

  (printable ? it : it.skip)(
    'is printed by the server’s Chromium: A4 landscape, a page per worksheet at least',
    async () => {
      const res = await binary(`/se-planning/plans/${adopted.plan}/export.pdf`, planner);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(13);
      // A4 landscape: about 842 × 595 points, wider than high
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      expect(boxes.length).toBe(pages.length);
      for (const [, width, height] of boxes)
        expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([843, 596]);
    },
  );

  it('without Chromium, the export and the admin’s button say why', async () => {
    const saved = strapi.config.get('plugin::se-planning.chromiumPath');
    strapi.config.set('plugin::se-planning.chromiumPath', '/nowhere/chromium');
    try {
      const availability = await get(planner, '/se-planning/exports/availability');
      expect(availability.body.data.pdf).toEqual({
        available: false,
        reason: expect.stringMatching(/^PDF nav pieejams: serverī nav Chromium \(\/nowhere\/chromium/),
      });
      expect(availability.body.data.docx.available).toBe(true);
      const res = await get(planner, `/se-planning/plans/${adopted.plan}/export.pdf`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^PDF nav pieejams/);
    } finally {
      strapi.config.set('plugin::se-planning.chromiumPath', saved);
    }
    expect((await get(planner, '/se-planning/exports/availability')).body.data.pdf.available).toBe(printable);
  });
});

describe('an adopted version as DOCX, as the council adopted it', () => {
  const versionUrl = (number: number | string) => `/se-planning/plans/${adopted.plan}/versions/${number}/export.docx`;
  const frozenTypes = new Set(['policy-document', 'goal', 'task', 'activity', 'indicator', 'risk']);

  it('shows the frozen worksheets as the working copy showed them at adoption, whatever changes after', async () => {
    const before = await read((await binary(`/se-planning/plans/${adopted.plan}/export.docx`, planner)).body as Buffer);
    const workspace = await getService(strapi, 'plan-workspace').of(adopted.plan);

    // the plan changes after adoption: a goal renamed, a risk added
    await docs(strapi, 'goal').update({
      documentId: adopted.goal,
      data: { title: 'Pārdēvēts mērķis pēc pieņemšanas' },
    });
    await docs(strapi, 'risk').create({
      data: { plan: adopted.plan, factor: 'Jauns risks pēc pieņemšanas', level: 'low' },
    });

    const res = await binary(versionUrl(1), planner);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9-]+-versija-1\.docx"$/);
    const version = await read(res.body as Buffer);
    for (const header of version.headers) {
      expect(header).toContain('Versija 1');
      expect(header).toContain('Nr. 7/1, 2026-01-29');
      expect(header).not.toContain('Projekts');
    }
    expect(version.xml).not.toContain('Pārdēvēts mērķis pēc pieņemšanas');
    expect(version.xml).not.toContain('Jauns risks pēc pieņemšanas');
    // every table the plan's adoption covers reads as the working copy read at adoption (its relations named alike)
    const frozen = workspace.sheets
      .flatMap((sheet) => sheet.tables)
      .filter((table) => table.rows.length && frozenTypes.has(table.type));
    expect(frozen.map((table) => table.type).sort()).toEqual([...frozenTypes].sort());
    for (const table of frozen) {
      const header = table.columns.map((column) => column.label.lv);
      const inVersion = version.tables.find((rows) => JSON.stringify(rows[0]) === JSON.stringify(header));
      const atAdoption = before.tables.find((rows) => JSON.stringify(rows[0]) === JSON.stringify(header));
      expect([table.type, inVersion]).toEqual([table.type, atAdoption]);
    }
    // the tables reviewed one by one say they are not part of the version
    const reviewedAlone = workspace.sheets.flatMap((sheet) => sheet.tables).filter((t) => isReviewable(t.type));
    expect(reviewedAlone.length).toBeGreaterThan(1);
    expect(version.paragraphs.filter((p) => p.startsWith('Šīs tabulas ierakstus izskata')).length).toBe(
      reviewedAlone.length,
    );
    // the SMART card is the adopted goal's
    const smart = version.paragraphs.indexOf('Mērķu SMART pārbaude');
    expect(version.paragraphs.slice(smart)).toContain('Palielināt sociālo uzņēmumu skaitu par 20%');

    // the working copy shows the change and is a draft again
    const now = await read((await binary(`/se-planning/plans/${adopted.plan}/export.docx`, planner)).body as Buffer);
    expect(now.xml).toContain('Pārdēvēts mērķis pēc pieņemšanas');
    for (const header of now.headers) expect(header).toBe('Projekts');
  });

  it('a number the plan never had is 404, one that is not a number 400 naming the field; others’ staff 404', async () => {
    const missing = await get(planner, versionUrl(2));
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Plānam nav pieņemtas versijas Nr. 2');
    const wrong = await get(planner, versionUrl('pirmā'));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.errors[0].path).toEqual(['number']);
    for (const format of ['docx', 'pdf'])
      expect((await get(stranger, `/se-planning/plans/${adopted.plan}/versions/1/export.${format}`)).status).toBe(404);
  });
});
