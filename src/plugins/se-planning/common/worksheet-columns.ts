/**
 * How the plan workspace shows and edits a worksheet table's column (server/src/plan/workspace.ts sends them, the
 * admin's forms read them).
 */
import type { ModelName } from './model-names';
import type { Label } from './vocabulary';

export type ColumnKind =
  | 'string'
  | 'text'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'choice'
  | 'choices'
  | 'relation'
  | 'relations';

export type WorksheetColumn = {
  field: string;
  label: Label;
  kind: ColumnKind;
  required: boolean;
  /** The fixed list of a `choice`/`choices` column (common/vocabulary.ts). */
  vocabulary?: string;
  /** The type a relation column points at. */
  target?: ModelName;
  /** Written from the other side (a goal's tasks are written on each task): shown, not edited here. */
  readOnly: boolean;
};
