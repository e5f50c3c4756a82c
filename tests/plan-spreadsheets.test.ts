/**
 * The plan as spreadsheets: GET /se-planning/plans/:documentId/export.xlsx gives the workspace's tables as an XLSX
 * workbook (headers, values, fixed lists as labels with drop-down lists); POST …/import reads an edited XLSX or CSV
 * file back — preview answers what would change and writes nothing, commit writes it all in one transaction through
 * the write guard; any bad line (with its number, column and reason), or a row saved by someone else since the export,
 * and nothing is written. Scoped like the workspace: another municipality's staff get 404.
 */
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addStaff, docs, makePlan, staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { as, get, save } from './helpers/requests';
import { cellText } from '../src/plugins/se-planning/common/cell-text';
import { vocabularies } from '../src/plugins/se-planning/common/vocabulary';

let strapi: Core.Strapi;
let editor: Staff;
let colleague: Staff;
let outsider: Staff;
let home: Awaited<ReturnType<typeof makePlan>>;
let task: string;
let activity: string;

const RECORD = 'Ieraksts (nemainīt)';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  strapi = await startStrapi();
  home = await makePlan(strapi);
  const other = await makePlan(strapi);
  editor = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Ilze' });
  colleague = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Kārlis' });
  outsider = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Jānis' });
  await addStaff(strapi, home.municipality, editor.user.id, colleague.user.id);
  await addStaff(strapi, other.municipality, outsider.user.id);
  const plan = home.plan;
  const goal = (await docs(strapi, 'goal').create({ data: { plan, title: 'Vairāk sociālo uzņēmumu', position: 0 } }))
    .documentId;
  task = (await docs(strapi, 'task').create({ data: { plan, goal, title: 'Konsultācijas', position: 0 } })).documentId;
  await docs(strapi, 'task').create({ data: { plan, goal, title: 'Iepirkumi', position: 1 } });
  activity = (
    await docs(strapi, 'activity').create({
      data: {
        plan,
        task,
        title: 'Informatīvs seminārs',
        responsibleUnit: home.unit,
        fundingSource: 'Pašvaldības budžets',
        budgetEur: 1200.5,
        startsOn: '2025-03-01',
        executionStatus: 'planned',
        position: 0,
      },
    })
  ).documentId;
});
afterAll(stopStrapi);

const server = () => request(strapi.server.httpServer);

const exportOf = (staff: Staff, plan = home.plan) =>
  server()
    .get(`/se-planning/plans/${plan}/export.xlsx`)
    .set(as(staff))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

async function workbookOf(staff: Staff) {
  const res = await exportOf(staff);
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook;
}

const importOf = (
  staff: Staff,
  file: Buffer,
  { mode = 'preview', type, name = 'plans.xlsx' }: { mode?: string; type?: string; name?: string } = {},
) => {
  const req = server().post(`/se-planning/plans/${home.plan}/import`).set(as(staff)).field('mode', mode);
  if (type) req.field('type', type);
  return req.attach('file', file, { filename: name, contentType: name.endsWith('.csv') ? 'text/csv' : XLSX });
};

const workspace = async () => (await get(editor, `/se-planning/plans/${home.plan}/workspace`)).body.data;
const tableOf = (data: any, type: string) =>
  data.sheets.flatMap((s: any) => s.tables).find((t: any) => t.type === type);
const activities = () =>
  docs(strapi, 'activity').findMany({
    filters: { plan: { documentId: home.plan } },
    populate: ['task', 'responsibleUnit'],
  });

/** The activity sheet of a workbook, its columns by header. */
function sheetOf(workbook: ExcelJS.Workbook, startsWith: string) {
  const sheet = workbook.worksheets.find((ws) => ws.name.startsWith(startsWith))!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (header: string) => headers.indexOf(header) + 1;
  return { sheet, headers, col };
}
const buffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

describe('the XLSX export', () => {
  it("has one sheet per worksheet table with the workspace's headers and values, fixed lists as labels", async () => {
    const res = await exportOf(editor);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Plans-Testa-novads.*\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const data = await workspace();
    const tables = data.sheets.flatMap((s: any) => s.tables.map((t: any) => ({ number: s.number, table: t })));
    const sheets = workbook.worksheets.filter((ws) => ws.name !== 'Saraksti');
    expect(sheets).toHaveLength(tables.length);
    expect(workbook.getWorksheet('Saraksti')!.state).toBe('hidden');
    const names = new Set<string>();
    tables.forEach(({ number, table }: any, i: number) => {
      const sheet = sheets[i];
      expect(sheet.name.startsWith(`#${number} `)).toBe(true);
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      names.add(sheet.name);
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual([...table.columns.map((c: any) => c.label.lv), RECORD]);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(headers.length).hidden).toBe(true);
      table.rows.forEach((row: any, r: number) => {
        const line = sheet.getRow(r + 2);
        table.columns.forEach((column: any, c: number) => {
          const shown = cellText(column, row[column.field], 'lv', 'jā', 'nē');
          const cell = line.getCell(c + 1).value;
          expect(cell === null || cell === '' ? '—' : String(cell)).toBe(shown);
        });
        expect(line.getCell(headers.length).value).toBe(`${row.documentId}@${row.revision}`);
      });
    });
    expect(names.size).toBe(tables.length);
    expect(names).toContain('#1 Politikas dokumenti');
    expect([...names].filter((name) => / (un|ar)$/.test(name))).toEqual([]);
    // the activity as the sheet shows it: the task and unit by name, the status by its label
    const { sheet, col } = sheetOf(workbook, '#7 ');
    expect(sheet.getRow(2).getCell(col('Specifiskais uzdevums')).value).toBe('Konsultācijas');
    expect(sheet.getRow(2).getCell(col('Atbildīgā struktūrvienība pašvaldībā')).value).toBe('Attīstības nodaļa');
    expect(sheet.getRow(2).getCell(col('Izpildes statuss')).value).toBe(vocabularies.activityStatuses.planned.lv);
    expect(sheet.getRow(2).getCell(col('Budžets, EUR')).value).toBe(1200.5);
  });

  it("puts a drop-down list of the fixed list's labels, kept on the hidden sheet, on a fixed-list column", async () => {
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    const letter = sheet.getColumn(col('Izpildes statuss')).letter;
    const validation = (sheet as any).dataValidations.model[`${letter}3`];
    expect(validation).toMatchObject({ type: 'list' });
    const [, column, from, to] = /^'?Saraksti'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(validation.formulae[0])!;
    const lists = workbook.getWorksheet('Saraksti')!;
    const labels = [];
    for (let r = Number(from); r <= Number(to); r++) labels.push(lists.getCell(`${column}${r}`).value);
    expect(labels).toEqual(Object.values(vocabularies.activityStatuses).map((label) => label.lv));
  });

  it("answers 404 to another municipality's staff, for the export and the import", async () => {
    expect((await exportOf(outsider)).status).toBe(404);
    const file = await buffer(await workbookOf(editor));
    expect((await importOf(outsider, file)).status).toBe(404);
  });
});

describe('the import', () => {
  it('previews exactly the changed and the added row, writes nothing; commit writes them', async () => {
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    sheet.getRow(2).getCell(col('Aktivitāte')).value = 'Informatīvs seminārs uzņēmējiem';
    const added = sheet.getRow(3);
    added.getCell(col('Specifiskais uzdevums')).value = 'Iepirkumi';
    added.getCell(col('Aktivitāte')).value = 'Sociāli atbildīgi iepirkumi';
    added.getCell(col('Izpildes statuss')).value = vocabularies.activityStatuses.in_progress.lv;
    added.getCell(col('Atbildīgā struktūrvienība pašvaldībā')).value = 'Attīstības nodaļa';
    added.getCell(col('Sākuma datums')).value = new Date('2025-05-01T00:00:00Z');
    added.getCell(col('Budžets, EUR')).value = 300;
    const file = await buffer(workbook);

    const preview = await importOf(editor, file);
    expect(preview.status).toBe(200);
    const { data } = preview.body;
    expect(data).toMatchObject({ mode: 'preview', written: false, added: 1, changed: 1 });
    const table = data.tables.find((t: any) => t.type === 'activity');
    expect(table.changed).toEqual([
      {
        line: 2,
        documentId: activity,
        changes: [{ column: 'Aktivitāte', from: 'Informatīvs seminārs', to: 'Informatīvs seminārs uzņēmējiem' }],
      },
    ]);
    expect(table.added).toHaveLength(1);
    expect(table.added[0].line).toBe(3);
    expect(table.added[0].values).toEqual(
      expect.arrayContaining([
        { column: 'Specifiskais uzdevums', value: 'Iepirkumi' },
        { column: 'Izpildes statuss', value: vocabularies.activityStatuses.in_progress.lv },
      ]),
    );
    expect(data.tables.filter((t: any) => t.added.length + t.changed.length > 0)).toHaveLength(1);
    expect((await activities()).map((a: any) => a.title)).toEqual(['Informatīvs seminārs']);

    const commit = await importOf(editor, file, { mode: 'commit' });
    expect(commit.status).toBe(200);
    expect(commit.body.data).toMatchObject({ mode: 'commit', written: true, added: 1, changed: 1 });
    const rows = await activities();
    const changed = rows.find((a: any) => a.documentId === activity);
    expect(changed).toMatchObject({ title: 'Informatīvs seminārs uzņēmējiem', revision: 1 });
    const made = rows.find((a: any) => a.documentId !== activity);
    expect(made).toMatchObject({
      title: 'Sociāli atbildīgi iepirkumi',
      executionStatus: 'in_progress',
      startsOn: '2025-05-01',
      budgetEur: 300,
      task: { title: 'Iepirkumi' },
      responsibleUnit: { documentId: home.unit },
    });
    // the same file again: the changed row is as stored (nothing to change); a line without its record is new again
    const again = await importOf(editor, file);
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ added: 1, changed: 0 });
  });

  it('lists each bad line with its column and reason and writes nothing', async () => {
    const before = await activities();
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    const lines = before.length + 2;
    // a required column emptied, an unknown fixed-list label, an unknown relation name
    sheet.getRow(2).getCell(col('Aktivitāte')).value = '';
    const unknownLabel = sheet.getRow(lines);
    unknownLabel.getCell(col('Specifiskais uzdevums')).value = 'Konsultācijas';
    unknownLabel.getCell(col('Aktivitāte')).value = 'Jauna aktivitāte';
    unknownLabel.getCell(col('Izpildes statuss')).value = 'Gandrīz gatavs';
    const unknownName = sheet.getRow(lines + 1);
    unknownName.getCell(col('Specifiskais uzdevums')).value = 'Nav tāda uzdevuma';
    unknownName.getCell(col('Aktivitāte')).value = 'Vēl viena aktivitāte';
    const res = await importOf(editor, await buffer(workbook), { mode: 'commit' });
    expect(res.status).toBe(400);
    const problems = res.body.error.details.problems;
    expect(problems.map((p: any) => [p.line, p.column])).toEqual([
      [2, 'Aktivitāte'],
      [lines, 'Izpildes statuss'],
      [lines + 1, 'Specifiskais uzdevums'],
    ]);
    expect(problems[0].message).toMatch(/Jānorāda "Aktivitāte"/);
    expect(problems[1].message).toMatch(/"Gandrīz gatavs" nav sarakstā "Izpildes statuss"/);
    expect(problems[2].message).toMatch(/Plānā nav ieraksta ar nosaukumu "Nav tāda uzdevuma"/);
    expect(problems.every((p: any) => p.sheet.startsWith('#7 '))).toBe(true);
    expect(await activities()).toEqual(before);
  });

  it('writes nothing from a file with good and bad rows', async () => {
    const before = await activities();
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    sheet.getRow(2).getCell(col('Finansējuma avots')).value = 'ESF+';
    sheet.getRow(3).getCell(col('Sākuma datums')).value = '2025-02-30';
    const res = await importOf(editor, await buffer(workbook), { mode: 'commit' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems).toEqual([
      expect.objectContaining({ line: 3, column: 'Sākuma datums', message: expect.stringMatching(/nav datums/) }),
    ]);
    expect(await activities()).toEqual(before);
  });

  it('reads a CSV file as Excel in the Latvian locale writes it (BOM, ";") for the table it is told', async () => {
    const risks = tableOf(await workspace(), 'risk');
    const [first, second] = risks.rows;
    const headers = [...risks.columns.map((c: any) => c.label.lv), RECORD];
    const quote = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const line = (row: any, changes: Record<string, string>) =>
      [
        ...risks.columns.map(
          (c: any) => changes[c.field] ?? (row[c.field] ? cellText(c, row[c.field], 'lv', 'jā', 'nē') : ''),
        ),
        `${row.documentId}@${row.revision}`,
      ]
        .map(quote)
        .join(';');
    const csv = [
      headers.join(';'),
      line(first, { level: vocabularies.riskLevels.low.lv, impact: 'Mazāka interese; jāinformē vairāk' }),
      line(second, {}),
      ['Jauns risks: "Nepietiek telpu"', '', vocabularies.riskLevels.low.lv, '', '', '', ''].map(quote).join(';'),
    ].join('\r\n');
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]);
    const preview = await importOf(editor, file, { type: 'risk', name: 'riski.csv' });
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ added: 1, changed: 1 });
    const commit = await importOf(editor, file, { type: 'risk', name: 'riski.csv', mode: 'commit' });
    expect(commit.status).toBe(200);
    const stored = await docs(strapi, 'risk').findOne({ documentId: first.documentId });
    expect(stored).toMatchObject({ level: 'low', impact: 'Mazāka interese; jāinformē vairāk' });
    const made = await docs(strapi, 'risk').findMany({
      filters: { plan: { documentId: home.plan }, factor: { $startsWith: 'Jauns risks' } },
    });
    expect(made.map((r: any) => r.factor)).toEqual(['Jauns risks: "Nepietiek telpu"']);
  });

  it('refuses a row saved by someone else since the export, naming who, and writes nothing', async () => {
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    sheet.getRow(2).getCell(col('Finansējuma avots')).value = 'ESF+';
    const added = sheet.getRow(sheet.rowCount + 1);
    added.getCell(col('Specifiskais uzdevums')).value = 'Konsultācijas';
    added.getCell(col('Aktivitāte')).value = 'Aktivitāte, kuras nebūs';
    expect((await save(colleague, 'activity', activity, { fundingSource: 'Valsts budžets' })).status).toBe(200);
    const before = await activities();
    const res = await importOf(editor, await buffer(workbook), { mode: 'commit' });
    expect(res.status).toBe(409);
    const [problem] = res.body.error.details.problems;
    expect(problem).toMatchObject({ line: 2, conflict: activity });
    expect(problem.message).toMatch(/Kārlis Darbinieks/);
    expect(await activities()).toEqual(before);
  });

  it('rolls back the lines already written when the write guard refuses a later one', async () => {
    // a refusal only the writing can find (as a race with another save would be): a guard below the import
    strapi.documents.use(async (ctx: any, next: () => Promise<any>) => {
      if (ctx.uid === 'plugin::se-planning.activity' && ctx.params?.data?.title === 'Atteikt šo')
        throw new errors.ValidationError('Atteikts', { errors: [{ path: ['title'], message: 'Šo nosaukumu atsaka' }] });
      return next();
    });
    const before = await activities();
    const workbook = await workbookOf(editor);
    const { sheet, col } = sheetOf(workbook, '#7 ');
    sheet.getRow(2).getCell(col('Finansējuma avots')).value = 'Būs atsaukts';
    const added = sheet.getRow(sheet.rowCount + 1);
    added.getCell(col('Specifiskais uzdevums')).value = 'Konsultācijas';
    added.getCell(col('Aktivitāte')).value = 'Atteikt šo';
    const preview = await importOf(editor, await buffer(workbook));
    expect(preview.status).toBe(200);
    const res = await importOf(editor, await buffer(workbook), { mode: 'commit' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.problems).toEqual([
      {
        sheet: expect.stringMatching(/^#7 /),
        line: added.number,
        column: 'Aktivitāte',
        message: 'Šo nosaukumu atsaka',
      },
    ]);
    expect(await activities()).toEqual(before);
  });

  it("is refused to staff without the planners' action (the vocabulary keepers)", async () => {
    const keeper = await staffLogin(strapi, { roles: ['se-planning-vocabulary'] });
    await addStaff(strapi, home.municipality, keeper.user.id);
    const file = await buffer(await workbookOf(editor));
    expect((await importOf(keeper, file)).status).toBe(403);
  });

  it('refuses what is not a spreadsheet, too large a file, and an unknown table', async () => {
    const notXlsx = await importOf(editor, Buffer.from('PK\u0003\u0004garbage'), { name: 'x.xlsx' });
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.message).toMatch(/XLSX/);
    const large = await importOf(editor, Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), { name: 'liels.csv' });
    expect(large.status).toBe(413);
    const unknown = await importOf(editor, Buffer.from('Kaut kas;Cits\n1;2\n'), { name: 'x.csv' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.problems[0].message).toMatch(/neatpazīta tabula/);
    const windows = await importOf(editor, Buffer.from([0x52, 0x69, 0x73, 0x6b, 0x75, 0x20, 0xfe, 0x0a]), {
      name: 'x.csv',
      type: 'risk',
    });
    expect(windows.status).toBe(400);
    expect(windows.body.error.message).toMatch(/UTF-8/);
  });
});
