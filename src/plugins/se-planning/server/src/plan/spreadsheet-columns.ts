/**
 * How a worksheet table looks as a spreadsheet, for both directions (spreadsheet-export.ts writes it,
 * spreadsheet-import.ts reads it back): the Excel sheet's name, the columns (the workspace's, in its order, then the
 * technical column "ieraksts@versija"), each cell as the text the sheet shows, and that text read back into what
 * the row stores — fixed-list labels to their keys, relation names to the plan's rows — or the reason it cannot be.
 */
import { vocabularies, type Label, type VocabularyName } from '../../../common/vocabulary';
import type { ModelName } from '../../../common/model-names';
import type { WorksheetColumn } from '../../../common/worksheet-columns';
import type { WorksheetTable } from './workspace';

export const YES = 'jā';
export const NO = 'nē';

/** The last column: which stored row a line is, and the revision it was exported at (empty for a new row). */
export const RECORD_HEADER = 'Ieraksts (nemainīt)';
/** The hidden sheet with the fixed lists the validation lists point at. */
export const LISTS_SHEET = 'Saraksti';

export const recordCell = (row: Record<string, any>) => `${row.documentId}@${row.revision ?? 0}`;

export function parseRecordCell(text: string): { documentId: string; revision: number } | null {
  const match = /^([A-Za-z0-9]+)@(\d+)$/.exec(text.trim());
  return match ? { documentId: match[1], revision: Number(match[2]) } : null;
}

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name. */
export function sheetNames(tables: { number: number; table: WorksheetTable }[]): Map<ModelName, string> {
  const names = new Map<ModelName, string>();
  const taken = new Set<string>([LISTS_SHEET.toLowerCase()]);
  for (const { number, table } of tables) {
    const title = table.displayName.replace(/\s*\(#\d+\)\s*$/, '').replace(/[:\\/?*[\]]/g, ' ');
    let name = `#${number} ${title}`;
    if (name.length > 31) {
      name = name.slice(0, 32).replace(/\s+\S*$/, '');
      // a cut title does not end in a joining word ("#1 Politikas dokumenti un")
      while (/\s(un|ar|to|par|no|vai|uz|pie|kā|ir)$/.test(name)) name = name.replace(/\s+\S+$/, '');
    }
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
      candidate = `${name.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(candidate.toLowerCase());
    names.set(table.type, candidate);
  }
  return names;
}

type VocabularyLabels = Record<string, Label>;
const vocabularyOf = (column: WorksheetColumn): VocabularyLabels =>
  (vocabularies as Record<string, VocabularyLabels>)[column.vocabulary as VocabularyName] ?? {};

/** The Latvian labels of a column's fixed list (a yes/no column's too), in the list's order. */
export function listLabels(column: WorksheetColumn): string[] | null {
  if (column.kind === 'boolean') return [YES, NO];
  if (column.kind !== 'choice' && column.kind !== 'choices') return null;
  return Object.values(vocabularyOf(column)).map((label) => label.lv);
}

export type Linked = { documentId: string; name: string };
const linkedOf = (value: unknown): Linked[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(
    (linked): linked is Linked => typeof linked === 'object' && linked !== null && 'documentId' in linked,
  );

const day = (value: unknown) => {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};
const minute = (value: unknown) => {
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 16).replace('T', ' ');
};

/** A stored value as the spreadsheet shows it: '' for nothing, fixed lists by label, relations by name. */
export function cellOf(column: WorksheetColumn, value: unknown): string | number {
  if (value === null || value === undefined || value === '') return '';
  const labels = vocabularyOf(column);
  switch (column.kind) {
    case 'choice':
      return labels[String(value)]?.lv ?? String(value);
    case 'choices':
      return Array.isArray(value) ? value.map((key) => labels[String(key)]?.lv ?? String(key)).join(', ') : '';
    case 'relation':
    case 'relations':
      return linkedOf(value)
        .map((linked) => linked.name)
        .join('; ');
    case 'boolean':
      return value ? YES : NO;
    case 'integer':
    case 'decimal':
      return Number(value);
    case 'date':
      return day(value);
    case 'datetime':
      return minute(value);
    default:
      return String(value);
  }
}

/** What a value is, for telling whether a line changes a row (whatever form the stored or read value has). */
export function sameValue(column: WorksheetColumn, stored: unknown, read: unknown): boolean {
  const canonical = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    switch (column.kind) {
      case 'relation':
      case 'relations':
        return (Array.isArray(value) || typeof value === 'object' ? linkedOf(value).map((l) => l.documentId) : [value])
          .map(String)
          .join('|');
      case 'choices':
        return Array.isArray(value) ? value.join('|') : String(value);
      case 'integer':
      case 'decimal':
        return String(Number(value));
      case 'boolean':
        return String(Boolean(value));
      case 'date':
        return day(value);
      case 'datetime':
        return minute(value);
      default:
        return String(value).replace(/\r\n/g, '\n').trim();
    }
  };
  return canonical(stored) === canonical(read);
}

/** A cell as read from a file: nothing, text, a number, a day or a yes/no (ExcelJS gives any of them). */
export type ReadCell = string | number | boolean | Date | null;

export type Parsed = { value: unknown } | { error: string };

/** Which plan rows and units a relation column may name, by name. */
export type Choices = Partial<Record<ModelName, Linked[]>>;

const LATVIAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string): string | null {
  const latvian = LATVIAN_DAY.exec(text);
  const iso = latvian ? `${latvian[3]}-${latvian[2].padStart(2, '0')}-${latvian[1].padStart(2, '0')}` : text;
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Splits a multi-label cell on its commas, keeping the labels that have commas of their own together. */
function splitLabels(text: string, known: Set<string>): string[] {
  const parts = text.split(',').map((part) => part.trim());
  const found: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]) continue;
    let taken = parts[i];
    for (let j = i + 1; j <= parts.length && !known.has(taken); j++) {
      const joined = parts.slice(i, j + 1).join(', ');
      if (known.has(joined)) {
        taken = joined;
        i = j;
        break;
      }
    }
    found.push(taken);
  }
  return found;
}

/** A read cell into what the row stores, or why it cannot be (Latvian). */
export function parseCell(column: WorksheetColumn, cell: ReadCell, choices: Choices): Parsed {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
    if (column.kind === 'relations' || column.kind === 'choices') return { value: [] };
    return { value: null };
  }
  const text = cell instanceof Date ? cell.toISOString() : String(cell).trim();
  switch (column.kind) {
    case 'integer':
    case 'decimal': {
      const number = typeof cell === 'number' ? cell : Number(text.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(number)) return { error: `"${text}" nav skaitlis` };
      if (column.kind === 'integer' && !Number.isInteger(number)) return { error: `"${text}" nav vesels skaitlis` };
      return { value: number };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { value: cell };
      const word = text.toLowerCase();
      if (word === YES || word === 'ja' || word === 'true') return { value: true };
      if (word === NO || word === 'ne' || word === 'false') return { value: false };
      return { error: `Jāraksta "${YES}" vai "${NO}", nevis "${text}"` };
    }
    case 'date': {
      const parsed = cell instanceof Date ? day(cell) : parseDay(text.split(/[ T]/)[0]);
      return parsed ? { value: parsed } : { error: `"${text}" nav datums (GGGG-MM-DD vai DD.MM.GGGG)` };
    }
    case 'datetime': {
      if (cell instanceof Date) return { value: cell.toISOString() };
      const match = /^(\S+)(?:[ T](\d{1,2}):(\d{2}))?/.exec(text);
      const days = match && parseDay(match[1]);
      if (!match || !days) return { error: `"${text}" nav datums un laiks (GGGG-MM-DD SS:MM)` };
      const time = `${(match[2] ?? '00').padStart(2, '0')}:${match[3] ?? '00'}`;
      const date = new Date(`${days}T${time}:00Z`);
      return Number.isNaN(date.getTime()) ? { error: `"${text}" nav derīgs laiks` } : { value: date.toISOString() };
    }
    case 'choice':
    case 'choices': {
      const entries = Object.entries(vocabularyOf(column));
      const keyOf = (label: string) =>
        entries.find(
          ([, l]) => l.lv.toLowerCase() === label.toLowerCase() || l.en.toLowerCase() === label.toLowerCase(),
        )?.[0];
      const labels = column.kind === 'choice' ? [text] : splitLabels(text, new Set(entries.map(([, l]) => l.lv)));
      const keys: string[] = [];
      for (const label of labels) {
        const key = keyOf(label);
        if (!key) {
          const offered = entries.map(([, l]) => `"${l.lv}"`).join(', ');
          return { error: `"${label}" nav sarakstā "${column.label.lv}" (iespējams: ${offered})` };
        }
        keys.push(key);
      }
      return { value: column.kind === 'choice' ? keys[0] : keys };
    }
    case 'relation':
    case 'relations': {
      const candidates = choices[column.target!] ?? [];
      const names =
        column.kind === 'relation'
          ? [text]
          : text
              .split(';')
              .map((name) => name.trim())
              .filter(Boolean);
      const ids: string[] = [];
      for (const name of names) {
        const named = candidates.filter((c) => c.name.trim().toLowerCase() === name.toLowerCase());
        if (named.length === 0) return { error: `Plānā nav ieraksta ar nosaukumu "${name}"` };
        if (named.length > 1)
          return { error: `Nosaukums "${name}" ir vairākiem ierakstiem: pārdēvējiet tos plānā, lai tie atšķirtos` };
        ids.push(named[0].documentId);
      }
      return { value: column.kind === 'relation' ? ids[0] : ids };
    }
    case 'string':
    case 'text':
    default:
      return { value: (cell instanceof Date ? day(cell) : String(cell)).replace(/\r\n/g, '\n').trim() };
  }
}
