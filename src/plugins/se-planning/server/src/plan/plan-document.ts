/**
 * The plan as a document for the council, laid out like the method: a title page (municipality, period, version and
 * council decision when adopted), then "Darba lapa #1" … "#11", each with its title, its purpose line and its tables
 * with the sheet's columns in the sheet's order (exactly the plan workspace's), then the SMART card of every goal.
 * One model, rendered as DOCX (plan-docx.ts) and as the page Chromium prints to PDF (plan-pdf.tsx).
 *
 * A working copy is a draft ("Projekts"): every plan but an adopted (or archived) one whose rows are still the
 * approved ones — its adoption is then what the document shows, with the version number and the decision.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cellText } from '../../../common/cell-text';
import { labelOf, planStatuses, type Label } from '../../../common/vocabulary';
import { rowsOf } from '../content-types/store';
import { getService } from '../get-service';
import { evaluateSmart } from '../../../common/smart';
import type { ModelName } from '../../../common/model-names';
import { PLAN_VERSION } from '../publication/models';
import type { VersionContent } from '../publication/plan-versions';
import type { WorkspaceSheet } from './workspace';
import { adoptedWithPlan, versionWorksheets } from './version-worksheets';

/** `note`: said in place of the rows (a version's tables that are reviewed one by one). */
export type DocumentTable = { name: string; columns: string[]; rows: string[][]; note?: string };
export type DocumentSheet = { number: number; title: string; purpose: string; tables: DocumentTable[] };
export type SmartCard = { goal: string; met: boolean; criteria: { name: string; met: boolean; reason: string }[] };
export type PlanDocument = {
  title: string;
  municipality: string | null;
  period: string;
  status: string;
  /** A working copy: marked "Projekts" on every page. */
  draft: boolean;
  version: number | null;
  decision: { number: string | null; date: string | null } | null;
  sheets: DocumentSheet[];
  smart: SmartCard[];
};

/** The document's own words (Latvian: the council's language). */
export const documentWords = {
  draft: 'Projekts',
  sheet: (number: number) => `Darba lapa #${number}`,
  purpose: 'Mērķis',
  period: 'Periods',
  municipality: 'Pašvaldība',
  status: 'Statuss',
  version: 'Versija',
  decision: 'Domes lēmums',
  decisionText: (number: string | null, date: string | null) =>
    [number && `Nr. ${number}`, date && `${date}`].filter(Boolean).join(', ') || '—',
  workingCopy: 'Darba versija (nav pieņemta domē)',
  smart: 'Mērķu SMART pārbaude',
  criterion: 'Kritērijs',
  assessment: 'Vērtējums',
  reason: 'Pamatojums',
  met: 'atbilst',
  notMet: 'neatbilst',
  noRows: 'Nav ierakstu.',
  notInVersion: 'Šīs tabulas ierakstus izskata un publicē katru atsevišķi; pieņemtajā plāna versijā tie nav iekļauti.',
  yes: 'jā',
  no: 'nē',
  page: 'Lappuse',
};

const lv = (label: Label) => label.lv;

type SmartResult = { title: string; met: boolean; criteria: { label: Label; met: boolean; reason: string }[] };

/** The sheets (the workspace's, or a version's) and the goals' SMART checks as the document's tables and cards. */
const documentBody = (sheets: WorkspaceSheet[], smart: SmartResult[], note?: (type: ModelName) => string | null) => ({
  sheets: sheets.map((sheet) => ({
    number: sheet.number,
    title: lv(sheet.title),
    purpose: lv(sheet.purpose),
    tables: sheet.tables.map((table) => ({
      name: table.displayName,
      columns: table.columns.map((column) => lv(column.label)),
      rows: table.rows.map((row) =>
        table.columns.map((column) => cellText(column, row[column.field], 'lv', documentWords.yes, documentWords.no)),
      ),
      ...(note?.(table.type) ? { note: note(table.type)! } : {}),
    })),
  })),
  smart: smart.map((goal) => ({
    goal: goal.title,
    met: goal.met,
    criteria: goal.criteria.map((criterion) => ({
      name: criterion.label.lv,
      met: criterion.met,
      reason: criterion.reason,
    })),
  })),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The plan's document (the caller checks the plan is in the staff member's scope). */
  async of(planDocumentId: string): Promise<PlanDocument> {
    const plan = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      populate: { municipality: { select: ['name'] } },
    })) as Record<string, any> | null;
    if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
    const [workspace, smart] = await Promise.all([
      getService(strapi, 'plan-workspace').of(planDocumentId),
      getService(strapi, 'plan-checks').smart(planDocumentId),
    ]);
    const adopted = ['adopted', 'archived'].includes(plan.planStatus) && plan.reviewState === 'approved';
    return {
      title: plan.title,
      municipality: plan.municipality?.name ?? null,
      period: `${plan.periodStartYear}–${plan.periodEndYear}`,
      status: labelOf(planStatuses, plan.planStatus, 'lv'),
      draft: !adopted,
      version: adopted ? (plan.version ?? null) : null,
      decision: adopted ? { number: plan.councilDecisionNumber ?? null, date: plan.councilDecisionDate ?? null } : null,
      ...documentBody(workspace.sheets, smart),
    };
  },

  /**
   * An adopted version exactly as the council adopted it (what adoption froze), whatever the plan has become
   * since: its number and decision on the title page, never "Projekts". 404 for a number the plan never had.
   */
  async ofVersion(planDocumentId: string, number: number): Promise<PlanDocument> {
    const stored = (await strapi.db.query(PLAN_VERSION as never).findOne({
      where: { planDocumentId, number },
    })) as {
      number: number;
      councilDecisionNumber: string | null;
      councilDecisionDate: string | null;
      content: string;
    } | null;
    if (!stored) throw new errors.NotFoundError(`Plānam nav pieņemtas versijas Nr. ${number}`);
    const content = JSON.parse(stored.content) as VersionContent;
    const { sheets, smartGoals } = await versionWorksheets(strapi, content);
    const period = { periodStartYear: content.plan.periodStartYear, periodEndYear: content.plan.periodEndYear };
    const smart = smartGoals.map((goal) => {
      const criteria = evaluateSmart(goal, period);
      return { title: goal.title, met: criteria.every((c) => c.met), criteria };
    });
    return {
      title: content.plan.title,
      municipality: content.plan.municipality?.name ?? null,
      period: `${period.periodStartYear}–${period.periodEndYear}`,
      status: labelOf(planStatuses, 'adopted', 'lv'),
      draft: false,
      version: stored.number,
      decision: { number: stored.councilDecisionNumber ?? null, date: stored.councilDecisionDate ?? null },
      ...documentBody(sheets, smart, (type) => (adoptedWithPlan(type) ? null : documentWords.notInVersion)),
    };
  },
});
