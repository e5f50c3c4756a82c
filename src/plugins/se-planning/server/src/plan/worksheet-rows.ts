/**
 * A plan's own content: its row and every worksheet row that has no review of its own (programmes,
 * engagement activities and measurements are reviewed one by one). Approving a plan approves exactly
 * this (review/review.ts fingerprints it), and adopting it freezes exactly this as a numbered version
 * (publication/plan-versions.ts): the same reading for both, so what was approved is what is frozen.
 */
import type { Core } from '@strapi/strapi';
import { isReviewable } from '../../../common/review';
import type { ModelName } from '../../../common/model-names';
import { linksOf, planOwned } from '../content-types/lookup';
import { model, type ModelEntry } from '../content-types/model';
import { rowsOf } from '../content-types/store';

type Row = Record<string, any>;

/** The worksheets a plan's approval covers, in the model's (the method's) order. */
export const approvedWithPlan = model.filter(
  (entry) => planOwned(entry) && !isReviewable(entry.singularName),
) as (ModelEntry & { singularName: ModelName })[];

/** Relations populated as their documentIds: what a row links to, never the linked row's content. */
export const linkIds = (entry: ModelEntry) =>
  Object.fromEntries(Object.keys(linksOf(entry)).map((field) => [field, { select: ['documentId'] }]));

/** The stored rows of every worksheet the plan's approval covers, each marked with its type. */
export async function planWorksheetRows(strapi: Core.Strapi, planDocumentId: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const entry of approvedWithPlan) {
    const found = (await rowsOf(strapi, entry.singularName).findMany({
      where: { plan: { documentId: planDocumentId } },
      populate: linkIds(entry),
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    })) as Row[];
    rows.push(...found.map((row) => ({ ...row, worksheetType: entry.singularName })));
  }
  return rows;
}

/** A relation's value as documentIds: one, a list, or null. */
export const asDocumentIds = (value: unknown): string | string[] | null => {
  if (Array.isArray(value)) return value.map((v) => (v as Row)?.documentId ?? v).sort();
  if (value && typeof value === 'object' && 'documentId' in value) return (value as Row).documentId as string;
  return (value as string | null | undefined) ?? null;
};
