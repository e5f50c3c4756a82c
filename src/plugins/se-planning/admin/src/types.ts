/** Shapes of the plugin's admin API (GET /se-planning/plans). */
export type Column = { type: string; displayName: string; worksheet: number | null; uid: string };
export type PlanSummary = {
  documentId: string;
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  planStatus: string;
  municipality: { documentId: string; name: string } | null;
  rowCounts: Record<string, number>;
};
