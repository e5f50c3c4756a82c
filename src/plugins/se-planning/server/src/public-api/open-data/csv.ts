/**
 * CSV as spreadsheets and the open-data portal read it (RFC 4180): UTF-8 with a byte-order mark (so Excel reads
 * the Latvian letters), comma-separated, CRLF line ends, a cell quoted when it holds a comma, a quote or a line
 * break (its quotes doubled). Numbers with a decimal point, dates as ISO 8601 (as the read model stores them),
 * an empty cell for a missing value, a list's items joined by `;`.
 */
import { CSV_LIST_SEPARATOR } from '../../../../common/open-data';

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header, then one line per row, each ending with CRLF. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',') + '\r\n';
  return BOM + line(header) + rows.map(line).join('');
}
