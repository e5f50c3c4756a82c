/**
 * The plan workspace in a real browser (Debian chromium via playwright-core), as the demo planner: the 11
 * worksheets with their titles and purpose lines; a high risk added without its measures shows the error at the
 * field and saves nothing, then completed, is saved; the other municipality's approver sees none of it.
 * Screenshots under tests/artifacts/ (ignored by git). Needs `npm run build` and chromium.
 */
import fs from 'fs';
import JSZip from 'jszip';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import type { Browser, Page } from 'playwright-core';
import { worksheets } from '../src/plugins/se-planning/common/worksheets';
import { methodSheets } from '../src/plugins/se-planning/common/method-sheets';
import { activityStatuses, riskLevels } from '../src/plugins/se-planning/common/vocabulary';
import { exampleDataTypes } from '../src/plugins/se-planning/common/method-examples';
import { launchBrowser, logIn, startDemoAdmin } from './helpers/browser';
import { docs, stopStrapi } from './helpers/strapi';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

const ARTIFACTS = path.resolve(__dirname, 'artifacts');
let strapi: Core.Strapi;
let browser: Browser;
let base: string;
let draft: string;

beforeAll(async () => {
  ({ strapi, base } = await startDemoAdmin());
  browser = await launchBrowser();
  // a plan being drafted in the planner's municipality (the demo plan is adopted: changing it is an amendment)
  const [parauga] = await docs(strapi, 'municipality').findMany({ filters: { name: 'Parauga novads' } });
  draft = (
    await docs(strapi, 'plan').create({
      data: {
        title: 'Darba lapu pārbaudes plāns',
        periodStartYear: 2026,
        periodEndYear: 2028,
        municipality: parauga.documentId,
      },
    })
  ).documentId;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  // the database is shared with the other test files (PostgreSQL): the demo municipality keeps only its own plans
  if (draft) await docs(strapi, 'plan').delete({ documentId: draft });
  await stopStrapi();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });

async function sessionOf(email: string) {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await logIn(page, base, email);
  return page;
}

describe('the plan workspace', () => {
  let planner: Page;

  it('opens from the plans page with the 11 worksheets, each titled and with its purpose line', async () => {
    planner = await sessionOf('planotajs@parauga-novads.lv');
    await planner.getByRole('link', { name: 'Sociālās uzņēmējdarbības plāns' }).click();
    const card = planner.locator('[data-testid^="plan-"]').filter({ hasText: 'Darba lapu pārbaudes plāns' });
    await card.getByTestId('workspace-link').click();
    await planner.getByRole('heading', { name: 'Darba lapu pārbaudes plāns', level: 1 }).waitFor({ timeout: 30_000 });
    for (let number = 1; number <= 11; number++) {
      const sheet = planner.getByTestId(`sheet-${number}`);
      await expect(
        sheet.getByRole('heading', { level: 2, name: `Darba lapa #${number}: ${worksheets[number].lv}` }).count(),
      ).resolves.toBe(1);
      expect(await sheet.innerText()).toContain(`Mērķis: ${methodSheets[number].purpose.lv}`);
      for (const example of methodSheets[number].examples ?? [])
        expect(await sheet.innerText()).toContain(`Piemērs: ${example.lv}`);
    }
    // a new plan starts with the method's standard risks (#10), as the sheet lists them
    await expect(
      planner.getByTestId('table-risk').getByText('Finansējuma trūkums vai nestabilitāte').count(),
    ).resolves.toBe(1);
    await shot(planner, 'workspace.png');
  });

  it('shows the error at the field for a high risk without measures, saves nothing, then saves it completed', async () => {
    const before = await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: draft } } });
    const risks = planner.getByTestId('sheet-10');
    await risks.getByTestId('add-risk').click();
    const form = risks.getByTestId('row-form-risk');
    await form.getByLabel('Risku faktors').fill('Telpu īres līguma pārtraukšana');
    await form.getByRole('combobox', { name: 'Riska līmenis' }).click();
    await planner.getByRole('option', { name: 'augsts' }).click();
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await form.getByText('Riskam ar augsta līmeni jānorāda preventīvie pasākumi').waitFor();
    await form.getByText('Riskam ar augsta līmeni jānorāda reaktīvā rīcība un atbildīgais').waitFor();
    await shot(planner, 'workspace-risk-error.png');
    expect(await docs(strapi, 'risk').findMany({ filters: { plan: { documentId: draft } } })).toHaveLength(
      before.length,
    );

    await form.getByLabel('Preventīvie pasākumi').fill('Ilgtermiņa līgums ar pašvaldību');
    await form.getByLabel('Reaktīvā rīcība').fill('Īpašumu nodaļa piedāvā citas telpas');
    await form.getByRole('button', { name: 'Saglabāt' }).click();
    await risks.getByTestId('table-risk').getByText('Telpu īres līguma pārtraukšana').waitFor();
    const saved = await docs(strapi, 'risk').findMany({
      filters: { plan: { documentId: draft }, factor: 'Telpu īres līguma pārtraukšana' },
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ level: 'high', preventiveMeasures: 'Ilgtermiņa līgums ar pašvaldību' });
    expect(saved[0].position).toBe(before.length);
    // the register groups it under "augsts", saying what it still lacks (a responsible person)
    const high = risks.getByTestId('risks-high');
    await high.getByText('Telpu īres līguma pārtraukšana').waitFor();
    expect(await high.getByTestId(`risk-lacking-${saved[0].documentId}`).innerText()).toContain('Trūkst: atbildīgā');
    expect(await risks.getByTestId('risks-unrated').innerText()).toContain('Finansējuma trūkums vai nestabilitāte');
    await shot(planner, 'workspace-risk-saved.png');
  });

  it('walks the chain from a goal to its indicators and back, in the demo plan', async () => {
    const [demoPlan] = await docs(strapi, 'plan').findMany({
      filters: { municipality: { name: 'Parauga novads' }, planStatus: 'adopted' },
    });
    const chain = getService(strapi, 'plan-chain');
    const { goals } = await chain.of(demoPlan.documentId);
    const goal = goals.find((g) =>
      g.tasks.some((task) => task.activities.some((a) => a.indicators.some((i) => i.latest))),
    )!;
    const activity = goal.tasks.flatMap((task) => task.activities).find((a) => a.indicators.some((i) => i.latest))!;
    const indicator = activity.indicators.find((i) => i.latest)!;
    await planner.goto(`${base}/admin/plugins/se-planning/plans/${demoPlan.documentId}`);
    const tree = planner.getByTestId(`chain-goal-${goal.documentId}`);
    await tree.waitFor({ timeout: 30_000 });
    expect(await tree.innerText()).toContain(goal.title);
    expect(await tree.innerText()).toContain(activity.title);
    // down the chain: the indicator's row in #8
    await tree.getByRole('link', { name: indicator.title }).first().click();
    await planner.waitForFunction(
      (id) => (globalThis as unknown as { location: { hash: string } }).location.hash === `#rinda-${id}`,
      indicator.documentId,
    );
    const row = planner.getByTestId(`row-${indicator.documentId}`);
    await expect(row.isVisible()).resolves.toBe(true);
    await shot(planner, 'workspace-chain-indicator-row.png');
    // #8 shows its progress: the chart's text equivalent lists the latest measurement
    const progress = planner.getByTestId(`progress-${indicator.documentId}`);
    expect(await progress.innerText()).toContain(indicator.latest!.measuredOn);
    await expect(progress.getByRole('img').count()).resolves.toBe(1);
    // and back up: from the row to its place in the chain
    await row.getByRole('link', { name: 'Parādīt ķēdē' }).click();
    await planner.waitForFunction(
      (id) => (globalThis as unknown as { location: { hash: string } }).location.hash === `#kede-${id}`,
      indicator.documentId,
    );
    // the action plan on its timeline, the activity with its dates and status in words
    const onTimeline = planner.getByTestId(`timeline-${activity.documentId}`);
    expect(await onTimeline.innerText()).toContain(activity.title);
    const status = activityStatuses[activity.executionStatus as keyof typeof activityStatuses].lv;
    expect(await onTimeline.innerText()).toContain(`statuss: ${status}`);
    await planner.getByTestId('chain').scrollIntoViewIfNeeded();
    await shot(planner, 'workspace-chain.png');
  });

  it('downloads the plan as DOCX and PDF from its workspace, the adopted demo plan with its version', async () => {
    const [demoPlan] = await docs(strapi, 'plan').findMany({
      filters: { municipality: { name: 'Parauga novads' }, planStatus: 'adopted' },
    });
    await planner.goto(`${base}/admin/plugins/se-planning/plans/${demoPlan.documentId}`);
    const panel = planner.getByTestId('plan-documents');
    await panel.waitFor({ timeout: 30_000 });
    for (const [name, magic] of [
      ['Lejupielādēt DOCX', 'PK'],
      ['Lejupielādēt PDF', '%PDF'],
    ]) {
      const button = panel.getByRole('button', { name });
      await expect(button.isEnabled()).resolves.toBe(true);
      const [download] = await Promise.all([planner.waitForEvent('download', { timeout: 60_000 }), button.click()]);
      const file = fs.readFileSync((await download.path())!);
      expect([name, file.subarray(0, magic.length).toString('latin1')]).toEqual([name, magic]);
      expect(download.suggestedFilename()).toMatch(/\.(docx|pdf)$/);
    }
    // an adopted version as the council adopted it: chosen in the panel, its number in the file's name and pages
    await panel.getByRole('combobox', { name: 'Kuru plāna variantu' }).click();
    await planner.getByRole('option', { name: `Pieņemtā versija ${demoPlan.version}` }).click();
    const [download] = await Promise.all([
      planner.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Lejupielādēt DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(` v${demoPlan.version}\\.docx$`));
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const header = await zip.file(/^word\/header\d*\.xml$/)[0].async('string');
    expect(header).toContain(`Versija ${demoPlan.version}`);
    expect(header).not.toContain('Projekts');
  });

  it('downloads the plan as XLSX, adds a risk in it and imports it back: preview first, then the commit', async () => {
    await planner.goto(`${base}/admin/plugins/se-planning/plans/${draft}`);
    const box = planner.getByTestId('spreadsheet-import');
    await box.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      planner.waitForEvent('download', { timeout: 60_000 }),
      box.getByTestId('spreadsheet-download').click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    // the risks' sheet (#10), found by the workspace's own column labels
    const risks = (await getService(strapi, 'plan-workspace').of(draft)).sheets
      .flatMap((sheet) => sheet.tables)
      .find((table) => table.type === 'risk')!;
    const labels = risks.columns.map((column) => column.label.lv);
    const sheet = workbook.worksheets.find((ws) =>
      labels.every((label, i) => ws.getRow(1).getCell(i + 1).text === label),
    )!;
    expect(sheet).toBeTruthy();
    const factor = 'Importēts risks: telpu trūkums semināriem';
    const row = risks.columns.map((column) =>
      column.field === 'factor' ? factor : column.field === 'level' ? riskLevels.low.lv : null,
    );
    sheet.addRow(row);
    const file = path.join(ARTIFACTS, 'workspace-import.xlsx');
    await workbook.xlsx.writeFile(file);

    await box.getByTestId('spreadsheet-file').setInputFiles(file);
    await box.getByRole('button', { name: 'Pārbaudīt failu' }).click();
    await box.getByText('Tiks pievienotas 1 un mainītas 0 rindas:').waitFor({ timeout: 30_000 });
    // nothing written by the preview
    const stored = () =>
      docs(strapi, 'risk').findMany({ filters: { plan: { documentId: draft }, factor } }) as Promise<unknown[]>;
    expect(await stored()).toHaveLength(0);
    await box.getByRole('button', { name: 'Apstiprināt importu' }).click();
    await box.getByText('Imports pabeigts: pievienotas 1, mainītas 0 rindas.').waitFor({ timeout: 30_000 });
    expect(await stored()).toHaveLength(1);
    await shot(planner, 'workspace-import.png');
  });

  it("ticks the partnership checklist (#9) with the day, and offers the method's example data types (#3)", async () => {
    await planner.goto(`${base}/admin/plugins/se-planning/plans/${draft}`);
    const checklist = planner.getByTestId('partnership-checklist');
    await checklist.waitFor({ timeout: 30_000 });
    const [first] = await docs(strapi, 'partnership-step').findMany({
      filters: { plan: { documentId: draft } },
      sort: 'position:asc',
    });
    await checklist.getByTestId(`step-${first.step}`).getByRole('checkbox').click();
    await checklist
      .getByTestId(`step-${first.step}`)
      .getByText(/^izpildīts /)
      .waitFor();
    const ticked = await docs(strapi, 'partnership-step').findOne({ documentId: first.documentId });
    expect(ticked).toMatchObject({ done: true, doneOn: new Date().toISOString().slice(0, 10) });
    await planner.getByTestId('add-data-source').click();
    const form = planner.getByTestId('row-form-data-source');
    const options = await form
      .locator('datalist option')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('value')));
    expect(options).toEqual(exampleDataTypes.map((example) => example.dataType.lv));
    await shot(planner, 'workspace-checklist.png');
    await form.getByRole('button', { name: 'Atcelt' }).click();
  });

  it('submits the plan from the workspace, and the approver approves it', async () => {
    await planner.goto(`${base}/admin/plugins/se-planning/plans/${draft}`);
    await planner.getByTestId('review-link').click();
    const panel = planner.getByTestId('review-panel');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Iesniegt izskatīšanai' }).click();
    await panel
      .getByTestId('review-state')
      .filter({ hasText: /iesniegts izskatīšanai/i })
      .waitFor({ timeout: 15_000 });
    const approver = await sessionOf('apstiprinatajs@parauga-novads.lv');
    await approver.goto(`${base}/admin/plugins/se-planning/plans/${draft}`);
    await approver.getByTestId('review-link').click();
    const approverPanel = approver.getByTestId('review-panel');
    await approverPanel.waitFor({ timeout: 30_000 });
    await approverPanel.getByRole('button', { name: 'Apstiprināt' }).click();
    await approverPanel
      .getByTestId('review-state')
      .filter({ hasText: /apstiprināts/i })
      .waitFor({ timeout: 15_000 });
    const [stored] = await strapi.db.query('plugin::se-planning.plan').findMany({ where: { documentId: draft } });
    expect(stored.reviewState).toBe('approved');
    await shot(approver, 'workspace-plan-approved.png');
  });

  it("shows another municipality's approver none of it", async () => {
    const neighbour = await sessionOf('apstiprinatajs@kaiminu-novads.lv');
    await neighbour.goto(`${base}/admin/plugins/se-planning/plans/${draft}`);
    await neighbour.getByTestId('load-error').waitFor({ timeout: 30_000 });
    expect(await neighbour.getByTestId('load-error').innerText()).toContain('404');
    await expect(neighbour.getByText('Darba lapa #1').count()).resolves.toBe(0);
    await shot(neighbour, 'workspace-other-municipality.png');
  });
});
