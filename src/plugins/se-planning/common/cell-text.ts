/**
 * A cell of a worksheet table as text: fixed-list keys by their labels, relations by name, dates as days. Shared by
 * the workspace's tables (admin) and the plan's documents and spreadsheets (server).
 */
import { vocabularies, type Label, type VocabularyName } from './vocabulary';
import type { WorksheetColumn } from './worksheet-columns';

/** A row a relation points at, as the workspace names it. */
export type Linked = { documentId: string; name: string };

const labelOf = (vocabulary: string | undefined, key: string, language: keyof Label) =>
  (vocabulary &&
    (vocabularies as Record<string, Record<string, Label>>)[vocabulary as VocabularyName]?.[key]?.[language]) ??
  key;

export function cellText(column: Pick<WorksheetColumn, 'kind' | 'vocabulary'>, value: unknown, language: keyof Label, yes: string, no: string): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (column.kind) {
    case 'choice':
      return labelOf(column.vocabulary, String(value), language);
    case 'choices':
      return Array.isArray(value)
        ? value.map((key) => labelOf(column.vocabulary, String(key), language)).join(', ')
        : '—';
    case 'relation':
      return (value as Linked).name;
    case 'relations':
      return Array.isArray(value) && value.length ? (value as Linked[]).map((linked) => linked.name).join('; ') : '—';
    case 'boolean':
      return value ? yes : no;
    case 'datetime':
      return String(value).slice(0, 16).replace('T', ' ');
    default:
      return String(value);
  }
}
