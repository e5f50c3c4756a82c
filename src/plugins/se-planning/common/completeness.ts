/**
 * How complete a plan's worksheets are (server/src/plan/completeness.ts computes it; the plan checks route
 * returns it as `completeness`): the rows of each of the 11 worksheets, how many of them have nothing left to
 * fill, and every gap of every row, each naming the worksheet, the row and the field to fill.
 */
import type { ModelName } from './model-names';

export type Gap = {
  /** The worksheet the row is in (#1–#11). */
  worksheet: number;
  type: ModelName;
  documentId: string;
  /** The row as an editor knows it (its title, data type, risk factor, target group, step). */
  title: string;
  /** The field to fill, or null when the gap is not one field's. */
  field: string | null;
  /** What is missing, in Latvian, naming the worksheet where it is filled in. */
  message: string;
};

export type SheetFigures = { worksheet: number; rows: number; complete: number };

export type Completeness = { sheets: SheetFigures[]; gaps: Gap[] };

/** The numbers of the method's worksheets, in order. */
export const WORKSHEET_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
