/**
 * A plan's row with its municipality as the current transaction knows it: the scoping (which municipality a row
 * belongs to) and the row rules (a row checked against its plan) both ask, for every row an import writes, about
 * the same plan. Read once per transaction (transaction-memo.ts) once the plan has a municipality; a write of the
 * plan forgets it (`forgetPlan`), so later checks in that transaction read the plan as it is now.
 */
import type { Core } from '@strapi/strapi';
import { rowsOf } from './content-types/store';
import { forget, remembered } from './transaction-memo';

export type KnownPlan = {
  id: number;
  documentId: string;
  periodStartYear?: number;
  periodEndYear?: number;
  municipality?: { id: number; documentId: string } | null;
  [key: string]: unknown;
};

const keyOf = (planDocumentId: string) => `plan:${planDocumentId}`;

export const knownPlan = (strapi: Core.Strapi, planDocumentId: string): Promise<KnownPlan | null> =>
  remembered(
    strapi,
    keyOf(planDocumentId),
    async () =>
      (await rowsOf(strapi, 'plan').findOne({
        where: { documentId: planDocumentId },
        populate: { municipality: { select: ['id', 'documentId'] } },
      })) as KnownPlan | null,
    // a plan without its municipality yet is read again: the municipality it gets is what the checks need
    (plan) => Boolean(plan?.municipality),
  );

export const forgetPlan = (strapi: Core.Strapi, planDocumentId: string) => forget(strapi, keyOf(planDocumentId));
