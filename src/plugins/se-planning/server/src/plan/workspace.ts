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
import { fieldLabel, worksheetColumns } from '../../../common/field-labels';
import type { ModelName } from '../../../common/model-names';
import type { ColumnKind, WorksheetColumn } from '../../../common/worksheet-columns';
import { CHOICE_FIELD, CHOICES_FIELD, type Label } from '../../../common/vocabulary';
import {
  entryNamed,
  inverseLinksOf,
  isScoped,
  linksOf,
  planOwned,
  uidOf,
  worksheetEntries,
} from '../content-types/lookup';
import { hasDrafts, rowsOf } from '../content-types/store';

type Row = Record<string, any>;

/** Kept by the server for itself, not shown in the sheet. */
const HIDDEN = new Set(['id', 'plan', 'municipalityId', 'reviewFingerprint', 'submittedById', 'standardKey', 'locale']);

/** What names a row where another row points at it. */
const NAMING_FIELDS = ['title', 'name', 'factor', 'dataType', 'recipient', 'unmetNeeds', 'measuredOn'];
export const nameOf = (row: Row) =>
  String(NAMING_FIELDS.map((field) => row[field]).find((value) => value) ?? row.documentId);

export type { ColumnKind, WorksheetColumn };

export type WorksheetTable = {
  type: ModelName;
  uid: string;
  /** Draft & publish types are written in a language (Latvian first). */
  localized: boolean;
  /** The table's name, as the Content Manager shows it. */
  displayName: string;
  columns: WorksheetColumn[];
  rows: Row[];
};

const kindOf = (attribute: Record<string, any>): ColumnKind => {
  if (attribute.customField === CHOICE_FIELD) return 'choice';
  if (attribute.customField === CHOICES_FIELD) return 'choices';
  if (['text', 'richtext'].includes(attribute.type)) return 'text';
  if (['date', 'datetime', 'integer', 'decimal', 'boolean'].includes(attribute.type)) return attribute.type;
  return 'string';
};

/**
 * Fields a table needs beyond the sheet's own columns, named by their field labels: what a row cannot be saved
 * without (an indicator's kind, a resource's group and title, an event's URL slug), the dates of the sheet's "Laika
 * grafiks", and the tables the sheet has no columns for (#5 support given, #9 checklist). `before` the sheet's
 * columns, or `after` them.
 */
const MORE_FIELDS: Partial<Record<ModelName, { before?: string[]; after?: string[] }>> = {
  'policy-document': { before: ['kind'], after: ['section', 'issuedOn'] },
  resource: { before: ['group', 'title'], after: ['annualAmountEur'] },
  'support-given': { after: ['recipient', 'form', 'amountEur', 'year'] },
  goal: { after: ['deadline'] },
  task: { after: ['deadline'] },
  activity: { after: ['startsOn', 'endsOn', 'budgetEur', 'executionStatus'] },
  indicator: { before: ['kind'], after: ['goal', 'task', 'activity', 'unit', 'baseline', 'targetDate'] },
  measurement: { before: ['indicator', 'measuredOn'], after: ['qualitativeValue'] },
  'partnership-step': { after: ['step', 'done', 'doneOn', 'evidence'] },
  'engagement-activity': { after: ['slug', 'startsAt', 'endsAt', 'place'] },
  'monitoring-activity': { after: ['done', 'evidence'] },
};

/** A table's columns: the sheet's, in the sheet's order, with the fields the table needs besides (MORE_FIELDS). */
const columnsOf = (type: ModelName): [string, Label][] => {
  const sheet = Object.entries((worksheetColumns as Record<string, Record<string, Label>>)[type] ?? {});
  const more = (fields: string[] = []) =>
    fields
      .filter((field) => !sheet.some(([own]) => own === field))
      .map((field): [string, Label] => [field, fieldLabel(type, field) ?? { lv: field, en: field }]);
  return [...more(MORE_FIELDS[type]?.before), ...sheet, ...more(MORE_FIELDS[type]?.after)];
};

/** A table's columns: the sheet's fields, each relation with what it points at and whether it holds many. */
export function tableColumns(type: ModelName): WorksheetColumn[] {
  const entry = entryNamed(type);
  const links = linksOf(entry);
  const inverse = inverseLinksOf(type);
  return columnsOf(type).map(([field, label]): WorksheetColumn => {
    const link = links[field] ?? inverse[field]?.link;
    if (link) {
      // the inverse of a many-to-one (a goal's tasks) or of a many-to-many holds many
      const many = inverse[field] ? link.relation !== 'oneToOne' : link.relation === 'manyToMany';
      return {
        field,
        label,
        kind: many ? 'relations' : 'relation',
        required: Boolean(link.required) && !inverse[field],
        target: inverse[field] ? inverse[field].owner.singularName : link.target,
        readOnly: Boolean(inverse[field]),
      };
    }
    const attribute: Record<string, any> = entry.attributes[field] ?? {};
    return {
      field,
      label,
      kind: kindOf(attribute),
      required: Boolean(attribute.required),
      ...(attribute.options?.vocabulary ? { vocabulary: attribute.options.vocabulary } : {}),
      readOnly: false,
    };
  });
}

/** The relation fields of a table's columns: what its rows are read with. */
export const relationColumns = (type: ModelName, columns: WorksheetColumn[]) => {
  const relations = new Set([...Object.keys(linksOf(entryNamed(type))), ...Object.keys(inverseLinksOf(type))]);
  return columns.filter((c) => relations.has(c.field)).map((c) => c.field);
};

/**
 * A table of rows as read with their relations (each linked row with its own fields): every relation named by what
 * it points at. The plan's rows as stored (the workspace) and as an adopted version froze them are shown alike.
 */
export function worksheetTable(type: ModelName, rows: Row[]): WorksheetTable {
  const entry = entryNamed(type);
  const columns = tableColumns(type);
  const relations = new Set([...Object.keys(linksOf(entry)), ...Object.keys(inverseLinksOf(type))]);
  return {
    type,
    uid: uidOf(type),
    localized: Boolean(entry.publicContent),
    displayName: entry.displayName,
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

export type WorkspaceSheet = { number: number; title: Label; purpose: Label; hints: Label[]; tables: WorksheetTable[] };

/** The 11 sheets in the method's order, each with its tables (read by `tableOf`). */
export async function worksheetsWith(tableOf: (type: ModelName) => Promise<WorksheetTable>) {
  const sheets: WorkspaceSheet[] = [];
  for (let number = 1; number <= 11; number++) {
    const types = worksheetEntries()
      .filter((entry) => entry.worksheet === number)
      .map((entry) => entry.singularName);
    const tables = [];
    for (const type of types) tables.push(await tableOf(type));
    sheets.push({ number, title: worksheets[number], ...methodSheets[number], tables });
  }
  return sheets;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function tableOf(type: ModelName, planId: number): Promise<WorksheetTable> {
    const populate = Object.fromEntries(relationColumns(type, tableColumns(type)).map((field) => [field, true]));
    const rows = (await rowsOf(strapi, type).findMany({
      where: { plan: { id: planId }, ...(hasDrafts(strapi, type) ? { publishedAt: null } : {}) },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      populate,
    })) as Row[];
    return worksheetTable(type, rows);
  }

  return {
    /** The workspace of a plan (the caller checks it is in the staff member's scope). */
    async of(planDocumentId: string) {
      const plan = (await rowsOf(strapi, 'plan').findOne({
        where: { documentId: planDocumentId },
        populate: { municipality: { select: ['id', 'documentId', 'name'] } },
      })) as Row | null;
      if (!plan) throw new errors.NotFoundError('Plāns nav atrasts');
      const sheets = await worksheetsWith((type) => tableOf(type, plan.id));
      // what each editable relation may point at: the plan's rows, the municipality's units and partners, the target groups
      const targets = new Set(
        sheets.flatMap((sheet) =>
          sheet.tables.flatMap((table) => table.columns.filter((c) => c.target && !c.readOnly).map((c) => c.target!)),
        ),
      );
      const options: Partial<Record<ModelName, { documentId: string; name: string }[]>> = {};
      for (const target of targets) {
        const entry = entryNamed(target);
        const where = planOwned(entry)
          ? { plan: { id: plan.id }, ...(hasDrafts(strapi, target) ? { publishedAt: null } : {}) }
          : isScoped(entry)
            ? { municipality: { id: plan.municipality?.id ?? -1 } }
            : {};
        const found = (await rowsOf(strapi, target).findMany({ where, orderBy: [{ id: 'asc' }] })) as Row[];
        options[target] = found
          .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
          .map((row) => ({ documentId: row.documentId, name: nameOf(row) }));
      }
      return {
        options,
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
