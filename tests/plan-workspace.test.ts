/**
 * GET /se-planning/plans/:documentId/workspace: the plan's 11 worksheets in the method's order, each with its
 * full title, purpose line and hints, its tables with the sheet's columns in the sheet's order, and the rows in
 * their order with each relation named; scoped like the plan (another municipality's staff: 404).
 */
import type { Core } from '@strapi/strapi';
import { addStaff, docs, makePlan, staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { get } from './helpers/requests';
import { worksheets } from '../src/plugins/se-planning/common/worksheets';
import { methodSheets } from '../src/plugins/se-planning/common/method-sheets';
import { worksheetColumns } from '../src/plugins/se-planning/common/field-labels';

let strapi: Core.Strapi;
let editor: Staff;
let outsider: Staff;
let home: Awaited<ReturnType<typeof makePlan>>;
const rows: Record<string, string> = {};

beforeAll(async () => {
  strapi = await startStrapi();
  home = await makePlan(strapi);
  const other = await makePlan(strapi);
  editor = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Pēteris' });
  outsider = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Jānis' });
  await addStaff(strapi, home.municipality, editor.user.id);
  await addStaff(strapi, other.municipality, outsider.user.id);
  const plan = home.plan;
  const goal = await docs(strapi, 'goal').create({
    data: { plan, title: 'Palielināt sociālo uzņēmumu skaitu', position: 0 },
  });
  rows.goal = goal.documentId;
  rows.second = (
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Otrais uzdevums', position: 1 } })
  ).documentId;
  rows.first = (
    await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Pirmais uzdevums', position: 0 } })
  ).documentId;
  rows.activity = (
    await docs(strapi, 'activity').create({
      data: {
        plan,
        task: rows.first,
        title: 'Informatīvs seminārs',
        responsibleUnit: home.unit,
        fundingSource: 'Pašvaldības budžets',
      },
    })
  ).documentId;
});
afterAll(stopStrapi);

const workspaceOf = (staff: Staff, plan: string) => get(staff, `/se-planning/plans/${plan}/workspace`);

describe('the plan workspace', () => {
  it('has the 11 worksheets in order, each with its title, purpose line and hints', async () => {
    const res = await workspaceOf(editor, home.plan);
    expect(res.status).toBe(200);
    const { sheets, plan } = res.body.data;
    expect(plan).toMatchObject({ documentId: home.plan, periodStartYear: 2025, periodEndYear: 2027 });
    expect(sheets.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const sheet of sheets) {
      expect(sheet.title).toEqual(worksheets[sheet.number]);
      expect(sheet.purpose).toEqual(methodSheets[sheet.number].purpose);
      expect(sheet.hints).toEqual(methodSheets[sheet.number].hints);
      expect(sheet.examples).toEqual(methodSheets[sheet.number].examples);
      expect(sheet.tables.length).toBeGreaterThan(0);
    }
  });

  it("gives each table the sheet's columns in the sheet's order and the rows in their order, relations named", async () => {
    const { sheets } = (await workspaceOf(editor, home.plan)).body.data;
    const tableOf = (number: number, type: string) =>
      sheets.find((s: { number: number }) => s.number === number).tables.find((t: { type: string }) => t.type === type);
    const tasks = tableOf(6, 'task');
    // the sheet's columns in the sheet's order, then what a row needs besides (its deadline)
    expect(tasks.columns.map((c: { field: string }) => c.field)).toEqual([
      ...Object.keys(worksheetColumns.task),
      'deadline',
    ]);
    for (const sheet of sheets)
      for (const table of sheet.tables) {
        const fields = table.columns.map((c: { field: string }) => c.field);
        const own = Object.keys((worksheetColumns as Record<string, object>)[table.type] ?? {});
        expect({ type: table.type, own: fields.filter((f: string) => own.includes(f)) }).toEqual({
          type: table.type,
          own,
        });
        expect({ type: table.type, columns: fields.length > 0 }).toEqual({ type: table.type, columns: true });
      }
    expect(tableOf(9, 'partnership-step').columns.map((c: { field: string }) => c.field)).toEqual([
      'step',
      'done',
      'doneOn',
      'evidence',
    ]);
    // what a row cannot be saved without is in its table: an indicator's kind, a resource's group and title
    expect(tableOf(8, 'indicator').columns[0]).toMatchObject({ field: 'kind', kind: 'choice', required: true });
    expect(
      tableOf(5, 'resource')
        .columns.slice(0, 2)
        .map((c: { field: string }) => c.field),
    ).toEqual(['group', 'title']);
    expect(tasks.columns[0].label).toEqual(worksheetColumns.task.title);
    expect(tasks.rows.map((r: { documentId: string }) => r.documentId)).toEqual([rows.first, rows.second]);
    expect(tasks.rows[0].goal).toEqual({ documentId: rows.goal, name: 'Palielināt sociālo uzņēmumu skaitu' });
    const goals = tableOf(6, 'goal');
    expect(goals.rows[0].tasks.map((t: { name: string }) => t.name).sort()).toEqual([
      'Otrais uzdevums',
      'Pirmais uzdevums',
    ]);
    const activity = tableOf(7, 'activity').rows[0];
    expect(activity).toMatchObject({
      documentId: rows.activity,
      title: 'Informatīvs seminārs',
      fundingSource: 'Pašvaldības budžets',
      task: { documentId: rows.first, name: 'Pirmais uzdevums' },
      responsibleUnit: { documentId: home.unit, name: 'Attīstības nodaļa' },
    });
    expect(typeof activity.revision).toBe('number');
    // what the server keeps for itself is not in the sheet
    expect(activity).not.toHaveProperty('municipalityId');
    // a new plan starts with the standard rows of #9, #10 and #11
    expect(tableOf(10, 'risk').rows.length).toBeGreaterThanOrEqual(6);
    expect(tableOf(11, 'monitoring-activity').rows.length).toBeGreaterThanOrEqual(6);
    expect(tableOf(9, 'partnership-step').rows).toHaveLength(3);
  });

  it("says how each column is edited, and what a relation may point at (the plan's rows, its municipality's units)", async () => {
    const { sheets, options } = (await workspaceOf(editor, home.plan)).body.data;
    const columnsOf = (number: number, type: string) =>
      sheets.find((s: { number: number }) => s.number === number).tables.find((t: { type: string }) => t.type === type)
        .columns;
    const column = (number: number, type: string, field: string) =>
      columnsOf(number, type).find((c: { field: string }) => c.field === field);
    expect(column(10, 'risk', 'level')).toMatchObject({ kind: 'choice', vocabulary: 'riskLevels', readOnly: false });
    expect(column(10, 'risk', 'factor')).toMatchObject({ kind: 'string', required: true });
    expect(column(10, 'risk', 'preventiveMeasures')).toMatchObject({ kind: 'text', required: false });
    expect(column(7, 'activity', 'task')).toMatchObject({
      kind: 'relation',
      target: 'task',
      required: true,
      readOnly: false,
    });
    expect(column(6, 'goal', 'tasks')).toMatchObject({ kind: 'relations', target: 'task', readOnly: true });
    expect(column(2, 'cooperation-model', 'cooperationTypes')).toMatchObject({
      kind: 'choices',
      vocabulary: 'cooperationTypes',
    });
    expect(options.task.map((o: { name: string }) => o.name)).toEqual(['Pirmais uzdevums', 'Otrais uzdevums']);
    expect(options['municipal-unit']).toEqual([{ documentId: home.unit, name: 'Attīstības nodaļa' }]);
  });

  it("is not there for another municipality's staff (404), nor for an unknown plan", async () => {
    expect((await workspaceOf(outsider, home.plan)).status).toBe(404);
    expect((await workspaceOf(editor, 'nav-tada-plana')).status).toBe(404);
  });
});
