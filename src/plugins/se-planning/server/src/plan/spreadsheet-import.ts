/**
 * Reading an edited spreadsheet back against the plan's workspace: which table each sheet is (by its name, the
 * `type` given with a CSV file, or its headers), what every line adds or changes, and every bad line with its
 * number, column and reason (Latvian) — each cell read back (spreadsheet-columns.ts), required columns, the row
 * rules shared with the admin's form (common/rules/worksheet-rules.ts) and the revision each row was exported at.
 * Nothing here writes: the plan-spreadsheet service writes what this finds, only when it finds nothing wrong.
 */
import { checkRow } from '../../../common/rules/worksheet-rules';
import { fieldLabel } from '../../../common/field-labels';
import type { ModelName } from '../../../common/model-names';
import type { WorksheetColumn } from '../../../common/worksheet-columns';
import type { WorksheetTable } from './workspace';
import {
  RECORD_HEADER,
  cellOf,
  parseCell,
  parseRecordCell,
  sameValue,
  sheetNames,
  type Choices,
  type ReadCell,
} from './spreadsheet-columns';
import type { Grid } from './spreadsheet-files';
import type { ImportProblem } from '../../../common/spreadsheet-import';

type Row = Record<string, any>;

export type Problem = ImportProblem;

export type Change = { field: string; column: string; from: string | number; to: string | number };
export type Addition = { line: number; data: Row; shown: { column: string; value: string | number }[] };
export type Update = { line: number; documentId: string; revision: number; data: Row; changes: Change[] };
export type TableImport = {
  type: ModelName;
  uid: string;
  localized: boolean;
  sheet: string | null;
  added: Addition[];
  changed: Update[];
};
export type ImportPlan = { tables: TableImport[]; problems: Problem[] };

export type Workspace = {
  plan: { documentId: string; periodStartYear: number; periodEndYear: number };
  options: Choices;
  sheets: { number: number; tables: WorksheetTable[] }[];
};

/** Required, but filled by the write itself when left empty (an event's URL slug, from its title). */
const FILLED_ON_WRITE = new Set(['slug']);

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** What a relation value is written as through the Document Service. */
const relationData = (column: WorksheetColumn, value: unknown) => {
  const ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
  return { set: ids.map((documentId) => ({ documentId })) };
};

/** Which table a grid is, or why it cannot be told. */
function tableOfGrid(
  grid: Grid,
  tables: WorksheetTable[],
  names: Map<ModelName, string>,
  type: string | undefined,
): WorksheetTable | string {
  if (grid.name) {
    const named = tables.find((table) => norm(names.get(table.type) ?? '') === norm(grid.name!));
    if (named) return named;
  }
  if (type) {
    const typed = tables.find((table) => table.type === type);
    return typed ?? `Nezināms tabulas veids "${type}"`;
  }
  const headers = grid.headers.filter((h) => h && h !== RECORD_HEADER).map(norm);
  const fitting = tables.filter(
    (table) => headers.length > 0 && headers.every((h) => table.columns.some((c) => norm(c.label.lv) === h)),
  );
  if (fitting.length === 1) return fitting[0];
  const where = grid.name ? `Lapa "${grid.name}"` : 'Fails';
  return fitting.length === 0
    ? `${where}: neatpazīta tabula — lapas nosaukums vai kolonnu virsraksti neatbilst nevienai plāna darba lapas tabulai`
    : `${where}: kolonnu virsraksti atbilst vairākām tabulām (${fitting.map((t) => t.displayName).join(', ')}); norādiet tabulu`;
}

export function planImport(workspace: Workspace, grids: Grid[], type?: string): ImportPlan {
  const located = workspace.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ number: sheet.number, table })));
  const tables = located.map(({ table }) => table);
  const names = sheetNames(located);
  const rowsByType = new Map(
    tables.map((table) => [table.type, new Map(table.rows.map((row) => [row.documentId, row]))]),
  );
  const period = { periodStartYear: workspace.plan.periodStartYear, periodEndYear: workspace.plan.periodEndYear };
  const problems: Problem[] = [];
  const result: TableImport[] = [];
  const seenTables = new Set<ModelName>();

  /** A linked row as the rules read it: the plan's own row where there is one (a measurement's indicator's kind). */
  const linkedRow = (column: WorksheetColumn, documentId: string) =>
    rowsByType.get(column.target!)?.get(documentId) ?? {
      documentId,
      name: workspace.options[column.target!]?.find((o) => o.documentId === documentId)?.name ?? documentId,
    };
  const shownValue = (column: WorksheetColumn, value: unknown) => {
    if (column.kind !== 'relation' && column.kind !== 'relations') return cellOf(column, value);
    const ids = (Array.isArray(value) ? value : value ? [value] : []) as string[];
    const nameOf = (id: string) => workspace.options[column.target!]?.find((o) => o.documentId === id)?.name ?? id;
    return cellOf(
      column,
      ids.map((id) => ({ documentId: id, name: nameOf(id) })),
    );
  };

  for (const grid of grids) {
    const table = tableOfGrid(grid, tables, names, type);
    if (typeof table === 'string') {
      problems.push({ sheet: grid.name, line: 1, column: null, message: table });
      continue;
    }
    if (seenTables.has(table.type)) {
      problems.push({
        sheet: grid.name,
        line: 1,
        column: null,
        message: `Tabula "${table.displayName}" failā ir vairākkārt`,
      });
      continue;
    }
    seenTables.add(table.type);
    const problem = (line: number, column: string | null, message: string, conflict?: string) =>
      problems.push({ sheet: grid.name, line, column, message, ...(conflict ? { conflict } : {}) });

    // the headers: the table's columns by their Latvian labels, and the technical column
    const columnAt: (WorksheetColumn | null)[] = [];
    let recordAt = -1;
    grid.headers.forEach((header, i) => {
      columnAt[i] = null;
      if (!header) {
        if (grid.lines.some(({ cells }) => !isEmpty(cells[i]))) problem(1, null, `${i + 1}. kolonnai nav virsraksta`);
        return;
      }
      if (norm(header) === norm(RECORD_HEADER)) return void (recordAt = i);
      const column = table.columns.find((c) => norm(c.label.lv) === norm(header));
      if (!column) return void problem(1, header, `Tabulā "${table.displayName}" nav kolonnas "${header}"`);
      if (columnAt.includes(column)) return void problem(1, header, 'Kolonna failā ir divreiz');
      columnAt[i] = column;
    });
    const given = columnAt.filter((c): c is WorksheetColumn => Boolean(c) && !c!.readOnly);
    const imported: TableImport = {
      type: table.type,
      uid: table.uid,
      localized: table.localized,
      sheet: grid.name,
      added: [],
      changed: [],
    };
    const rows = rowsByType.get(table.type)!;
    const seenRows = new Map<string, number>();

    for (const { line, cells } of grid.lines) {
      const before = problems.length;
      let stored: Row | null = null;
      let revision = 0;
      const recordText = recordAt >= 0 ? String(cells[recordAt] ?? '').trim() : '';
      if (recordText) {
        const record = parseRecordCell(recordText);
        if (!record)
          problem(
            line,
            RECORD_HEADER,
            `"${recordText}" nav ieraksta apzīmējums (ID@versija); jaunai rindai atstājiet tukšu`,
          );
        else if (!rows.has(record.documentId))
          problem(line, RECORD_HEADER, `Ieraksts "${record.documentId}" nav šī plāna tabulā "${table.displayName}"`);
        else if (seenRows.has(record.documentId))
          problem(
            line,
            RECORD_HEADER,
            `Ieraksts jau ir ${seenRows.get(record.documentId)}. rindā (kopētai rindai notīriet šo kolonnu)`,
          );
        else {
          stored = rows.get(record.documentId)!;
          revision = record.revision;
          seenRows.set(record.documentId, line);
        }
      }
      // each given cell read back into what the row stores
      const values: Row = {};
      columnAt.forEach((column, i) => {
        if (!column || column.readOnly) return;
        const parsed = parseCell(column, (cells[i] ?? null) as ReadCell, workspace.options);
        if ('error' in parsed) problem(line, column.label.lv, parsed.error);
        else values[column.field] = parsed.value;
      });
      if (problems.length > before) continue;
      const changed = stored
        ? given.filter((column) => !sameValue(column, stored![column.field], values[column.field]))
        : given;
      if (stored && changed.length === 0) continue;
      for (const column of given)
        if (
          column.required &&
          isEmpty(values[column.field]) &&
          changed.includes(column) &&
          !(FILLED_ON_WRITE.has(column.field) && !stored)
        )
          problem(line, column.label.lv, `Jānorāda "${column.label.lv}"`);
      if (!stored)
        for (const column of table.columns)
          if (column.required && !column.readOnly && !given.includes(column) && !FILLED_ON_WRITE.has(column.field))
            problem(line, column.label.lv, `Jānorāda "${column.label.lv}" (failā nav šīs kolonnas)`);
      if (problems.length > before) continue;
      // the row rules, on the row as it would be stored
      const record: Row = { ...(stored ?? {}), plan: period };
      for (const column of given) {
        const value = values[column.field];
        record[column.field] =
          column.kind === 'relation'
            ? value
              ? linkedRow(column, value as string)
              : null
            : column.kind === 'relations'
              ? (value as string[]).map((id) => linkedRow(column, id))
              : value;
      }
      for (const issue of checkRow(table.type, record).errors) {
        const field = String(issue.path[0] ?? '');
        const label =
          table.columns.find((c) => c.field === field)?.label.lv ?? fieldLabel(table.type, field)?.lv ?? field;
        problem(line, label || null, issue.message);
      }
      if (problems.length > before) continue;
      // a new row is sent what it has; a changed row what changes (emptied included)
      const data = Object.fromEntries(
        changed
          .filter((column) => stored || !isEmpty(values[column.field]))
          .map((column) => [
            column.field,
            column.kind === 'relation' || column.kind === 'relations'
              ? relationData(column, values[column.field])
              : values[column.field],
          ]),
      );
      if (stored) {
        if (revision !== (stored.revision ?? 0))
          problem(
            line,
            RECORD_HEADER,
            `Ierakstu kopš eksporta (versija ${revision}) ir saglabājis cits darbinieks (tagad versija ${stored.revision ?? 0}): lejupielādējiet jaunāko failu un labojiet vēlreiz`,
            stored.documentId,
          );
        else
          imported.changed.push({
            line,
            documentId: stored.documentId,
            revision,
            data,
            changes: changed.map((column) => ({
              field: column.field,
              column: column.label.lv,
              from: cellOf(column, stored![column.field]),
              to: shownValue(column, values[column.field]),
            })),
          });
      } else
        imported.added.push({
          line,
          data,
          shown: given
            .filter((column) => !isEmpty(values[column.field]))
            .map((column) => ({ column: column.label.lv, value: shownValue(column, values[column.field]) })),
        });
    }
    result.push(imported);
  }
  if (grids.length === 0) problems.push({ sheet: null, line: 1, column: null, message: 'Failā nav nevienas tabulas' });
  return { tables: result, problems };
}
