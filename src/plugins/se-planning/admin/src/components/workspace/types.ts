/** Shapes of GET /se-planning/plans/:documentId/workspace (server/src/plan/workspace.ts). */
import type { Label } from '../../../../common/vocabulary';
import type { WorksheetColumn } from '../../../../common/worksheet-columns';

export type { ColumnKind } from '../../../../common/worksheet-columns';
export type Column = WorksheetColumn;

export type Linked = { documentId: string; name: string };
export type SheetRow = { documentId: string; position: number; revision: number; [field: string]: unknown };

export type Table = {
  type: string;
  uid: string;
  localized: boolean;
  displayName: string;
  columns: Column[];
  rows: SheetRow[];
};

export type Sheet = {
  number: number;
  title: Label;
  purpose: Label;
  hints: Label[];
  examples?: Label[];
  tables: Table[];
};

export type Workspace = {
  plan: {
    documentId: string;
    title: string;
    periodStartYear: number;
    periodEndYear: number;
    planStatus: string;
    reviewState: string;
    version: number | null;
    municipality: { documentId: string; name: string } | null;
  };
  sheets: Sheet[];
  options: Record<string, Linked[]>;
};

export type { Completeness, Gap } from '../../../../common/completeness';

/** GET /se-planning/plans/:documentId/chain (server/src/plan/chain.ts). */
export type ChainIndicator = {
  documentId: string;
  title: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  targetText: string | null;
  latest: { measuredOn: string; value: number | null; qualitativeValue: string | null } | null;
  /** Oldest first. */
  measurements: { measuredOn: string; value: number | null }[];
};
type SmartCard = { met: boolean; criteria: { key: string; label: Label; met: boolean; reason: string }[] };
export type Chain = {
  goals: {
    documentId: string;
    title: string;
    deadline: string | null;
    strategy: Linked | null;
    needs: Linked[];
    smart: SmartCard | null;
    indicators: ChainIndicator[];
    tasks: {
      documentId: string;
      title: string;
      deadline: string | null;
      indicators: ChainIndicator[];
      activities: { documentId: string; title: string; endsOn: string | null; indicators: ChainIndicator[] }[];
    }[];
  }[];
};
