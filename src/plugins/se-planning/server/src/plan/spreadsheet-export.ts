/**
 * The plan's worksheets as an XLSX workbook: one Excel sheet per worksheet table with the workspace's columns in
 * its order (plan/workspace.ts decides them), Latvian headers, fixed lists as their labels with a drop-down list
 * kept on the hidden sheet "Saraksti", relations by name, and the technical column "ieraksts@versija" the import
 * reads an edited sheet back by (plan/spreadsheet-import.ts).
 */
import ExcelJS from 'exceljs';
import type { WorksheetTable } from './workspace';
import { LISTS_SHEET, RECORD_HEADER, cellOf, listLabels, recordCell, sheetNames } from './spreadsheet-columns';
import type { WorksheetColumn } from '../../../common/worksheet-columns';

type Workspace = {
  plan: { title: string };
  sheets: { number: number; tables: WorksheetTable[] }[];
};

/** Rows a line can be added in: the drop-down lists reach this far below the last row. */
const ROOM_FOR_NEW_ROWS = 500;

const widthOf = (column: WorksheetColumn) => {
  if (column.kind === 'text') return 50;
  if (['integer', 'decimal', 'boolean'].includes(column.kind)) return 12;
  if (column.kind === 'date') return 13;
  if (column.kind === 'datetime') return 17;
  return Math.min(40, Math.max(18, column.label.lv.length + 2));
};

const columnLetter = (index: number) => {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** The tables of a workspace with their sheet numbers, each row once (a localized row's other language aside). */
export const tablesOf = (workspace: Workspace) =>
  workspace.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const seen = new Set<string>();
      const rows = table.rows.filter((row) => !seen.has(row.documentId) && Boolean(seen.add(row.documentId)));
      return { number: sheet.number, table: { ...table, rows } };
    }),
  );

/** A file name from the plan's title: letters, digits and dashes. */
export const fileNameOf = (title: string) =>
  `${
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'plans'
  }.xlsx`;

/** ExcelJS keeps a sheet's data validations by range (not in its typings): written as one range per column. */
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void } })
    .dataValidations;

export async function workbookOf(workspace: Workspace): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'se-planning';
  workbook.title = workspace.plan.title;
  const tables = tablesOf(workspace);
  const names = sheetNames(tables);
  const sheets = tables.map(({ table }) => ({ table, sheet: workbook.addWorksheet(names.get(table.type)!) }));

  // the fixed lists, one column each, referenced by range (an inline list may hold only 255 characters)
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const listRanges = new Map<string, string>();
  const listOf = (column: WorksheetColumn) => {
    const labels = listLabels(column);
    if (!labels?.length) return null;
    const key = column.kind === 'boolean' ? 'jā/nē' : column.vocabulary!;
    if (!listRanges.has(key)) {
      const col = listRanges.size + 1;
      lists.getCell(1, col).value = key;
      labels.forEach((label, i) => (lists.getCell(i + 2, col).value = label));
      const letter = columnLetter(col);
      listRanges.set(key, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${labels.length + 1}`);
    }
    return listRanges.get(key)!;
  };

  for (const { table, sheet } of sheets) {
    sheet.columns = [
      ...table.columns.map((column) => ({ header: column.label.lv, key: column.field, width: widthOf(column) })),
      { header: RECORD_HEADER, key: '__record', width: 22, hidden: true },
    ];
    for (const row of table.rows)
      sheet.addRow([...table.columns.map((column) => cellOf(column, row[column.field])), recordCell(row)]);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'top', wrapText: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    const lastRow = table.rows.length + 1 + ROOM_FOR_NEW_ROWS;
    table.columns.forEach((column, i) => {
      if (column.kind === 'text') sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
      const range = column.readOnly ? null : listOf(column);
      if (!range) return;
      const letter = columnLetter(i + 1);
      const many = column.kind === 'choices';
      validationsOf(sheet).add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        // several labels of a multi-choice column are typed with commas: a warning, not a refusal
        errorStyle: many ? 'information' : 'stop',
        errorTitle: column.label.lv,
        error: many ? 'Vairākas vērtības atdaliet ar komatu' : 'Izvēlieties vērtību no saraksta',
        ...(many ? { showInputMessage: true, prompt: 'Vairākas vērtības atdaliet ar komatu' } : {}),
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
