/**
 * The plan workspace: the 11 worksheets of a plan in the method's order, each with its full title, its purpose
 * line and hints (common/method-sheets.ts), and the tables its rows are kept in — the sheet's columns in the sheet's
 * order (common/field-labels.ts `worksheetColumns`) and the rows in their order, each relation named by what it
 * points at. Reading only: the workspace writes through the Content Manager's routes, the guarded write path.
 * A fixed number of queries per plan (one per worksheet table), whatever its size.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { worksheets } from '../../../common/worksheets';
import { methodSheets } from '../../../common/method-sheets';
import { worksheetColumns } from '../../../common/field-labels';
import type { ModelName } from '../../../common/model-names';
import type { Label } from '../../../common/vocabulary';
import { inverseLinksOf, linksOf, uidOf, worksheetEntries } from '../content-types/lookup';
import { hasDrafts, rowsOf } from '../content-types/store';

type Row = Record<string, any>;

/** Kept by the server for itself, not shown in the sheet. */
const HIDDEN = new Set(['id', 'plan', 'municipalityId', 'reviewFingerprint', 'submittedById', 'standardKey', 'locale']);

/** What names a row where another row points at it. */
const NAMING_FIELDS = ['title', 'name', 'factor', 'dataType', 'recipient', 'unmetNeeds', 'measuredOn'];
const nameOf = (row: Row) => String(NAMING_FIELDS.map((field) => row[field]).find((value) => value) ?? row.documentId);

export type WorksheetTable = {
  type: ModelName;
  uid: string;
  columns: { field: string; label: Label; relation: boolean }[];
  rows: Row[];
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function tableOf(type: ModelName, planId: number): Promise<WorksheetTable> {
    const entry = worksheetEntries().find((candidate) => candidate.singularName === type)!;
    const relations = new Set([...Object.keys(linksOf(entry)), ...Object.keys(inverseLinksOf(type))]);
    const columns = Object.entries((worksheetColumns as Record<string, Record<string, Label>>)[type] ?? {}).map(
      ([field, label]) => ({ field, label, relation: relations.has(field) }),
    );
    const populate = Object.fromEntries(columns.filter((c) => c.relation).map((c) => [c.field, true]));
    const rows = (await rowsOf(strapi, type).findMany({
      where: { plan: { id: planId }, ...(hasDrafts(strapi, type) ? { publishedAt: null } : {}) },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      populate,
    })) as Row[];
    return {
      type,
      uid: uidOf(type),
      columns,
      rows: rows.map((row) => {
        const shown: Row = { documentId: row.documentId, position: row.position, revision: row.revision };
        for (const [field, value] of Object.entries(row)) {
          if (HIDDEN.has(field) || field.startsWith('created') || field.startsWith('updated')) continue;
          if (!relations.has(field)) shown[field] = value;
          else if (columns.some((c) => c.field === field))
            shown[field] = Array.isArray(value)
              ? value.map((linked: Row) => ({ documentId: linked.documentId, name: nameOf(linked) }))
              : value
                ? { documentId: value.documentId, name: nameOf(value) }
                : null;
        }
        return shown;
      }),
    };
  }

  return {
    /** The workspace of a plan (the caller checks it is in the staff member's scope). */
    async of(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({
        where: { documentId: planDocumentId },
        populate: { municipality: { select: ['documentId', 'name'] } },
      })) as Row | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
      const sheets = [];
      for (let number = 1; number <= 11; number++) {
        const types = worksheetEntries()
          .filter((entry) => entry.worksheet === number)
          .map((entry) => entry.singularName);
        const tables = [];
        for (const type of types) tables.push(await tableOf(type, plan.id));
        sheets.push({ number, title: worksheets[number], ...methodSheets[number], tables });
      }
      return {
        plan: {
          documentId: plan.documentId,
          title: plan.title,
          periodStartYear: plan.periodStartYear,
          periodEndYear: plan.periodEndYear,
          planStatus: plan.planStatus,
          reviewState: plan.reviewState,
          version: plan.version ?? null,
          municipality: plan.municipality
            ? { documentId: plan.municipality.documentId, name: plan.municipality.name }
            : null,
        },
        sheets,
      };
    },
  };
};
