/** What POST /se-planning/plans/:documentId/import answers and refuses with: one shape for the server and the admin. */

export type ImportMode = 'preview' | 'commit';

/** A bad line of an imported file, as the spreadsheet numbers it (header = 1). */
export type ImportProblem = {
  /** The Excel sheet (none for a CSV file). */
  sheet: string | null;
  line: number;
  /** The column's header, when the reason is about one. */
  column: string | null;
  message: string;
  /** The row (documentId) was saved by someone else since it was exported. */
  conflict?: string;
};

/** What an import answers: each table's lines to add and to change (with from → to), and whether it was written. */
export type ImportAnswer = {
  mode: ImportMode;
  written: boolean;
  added: number;
  changed: number;
  tables: {
    type: string;
    sheet: string | null;
    added: { line: number; values: { column: string; value: string | number }[] }[];
    changed: {
      line: number;
      documentId: string;
      changes: { column: string; from: string | number; to: string | number }[];
    }[];
  }[];
};
