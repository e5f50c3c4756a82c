/**
 * An uploaded spreadsheet as grids of cells, numbered as the spreadsheet numbers its lines (the header is line 1):
 * every sheet of an XLSX workbook (but the lists sheet), or the one table of a CSV file — UTF-8 with or without a
 * BOM, separated by ";" (Excel in the Latvian locale) or ",". A file that cannot be read is refused saying why.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { errors } from '@strapi/utils';
import { LISTS_SHEET, type ReadCell } from './spreadsheet-columns';

export type Grid = {
  /** The Excel sheet's name (none for a CSV file). */
  name: string | null;
  headers: string[];
  lines: { line: number; cells: ReadCell[] }[];
};

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const unreadable = (message: string) => new errors.ValidationError(message, { problems: [] });

const isBlank = (cell: ReadCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

function cellOf(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && result !== null && !(result instanceof Date))
      ? null
      : (result as ReadCell);
  }
  if ('text' in value) return String((value as { text: unknown }).text);
  if ('error' in value) return String(value.error);
  return null;
}

export async function readXlsx(buffer: Buffer): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('Failu neizdevās nolasīt kā Excel darbgrāmatu (XLSX)');
  }
  const grids: Grid[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.name === LISTS_SHEET) return;
    const width = sheet.columnCount;
    const header = sheet.getRow(1);
    const headers = Array.from({ length: width }, (_, i) => String(cellOf(header.getCell(i + 1).value) ?? '').trim());
    const lines: Grid['lines'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const cells = Array.from({ length: width }, (_, i) => cellOf(row.getCell(i + 1).value));
      if (!cells.every(isBlank)) lines.push({ line, cells });
    });
    if (headers.some(Boolean) || lines.length) grids.push({ name: sheet.name, headers, lines });
  });
  return grids;
}

export function readCsv(buffer: Buffer): Grid {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw unreadable('CSV failam jābūt UTF-8 kodējumā (Excel: "Saglabāt kā" → "CSV UTF-8")');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (separator: string) => firstLine.split(separator).length - 1;
  const delimiter = count(';') >= count(',') && count(';') > 0 ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    throw unreadable(`CSV failu neizdevās nolasīt: ${(error as Error).message}`);
  }
  const [header = [], ...rest] = records;
  return {
    name: null,
    headers: header.map((cell) => cell.trim()),
    lines: rest
      .map((cells, i) => ({ line: i + 2, cells: cells.map((cell): ReadCell => cell) }))
      .filter(({ cells }) => !cells.every(isBlank)),
  };
}

/** XLSX or CSV, by what the file is (an XLSX file is a ZIP archive) rather than by its name. */
export async function readSpreadsheet(buffer: Buffer, fileName = ''): Promise<{ kind: 'xlsx' | 'csv'; grids: Grid[] }> {
  if (buffer.length === 0) throw unreadable('Fails ir tukšs');
  if (buffer.length > MAX_UPLOAD_BYTES) throw unreadable('Fails ir lielāks par 5 MB');
  const zip = buffer[0] === 0x50 && buffer[1] === 0x4b;
  if (zip) return { kind: 'xlsx', grids: await readXlsx(buffer) };
  if (/\.(xlsx|xls|ods)$/i.test(fileName)) throw unreadable('Failu neizdevās nolasīt kā Excel darbgrāmatu (XLSX)');
  return { kind: 'csv', grids: [readCsv(buffer)] };
}
