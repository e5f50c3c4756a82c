/**
 * A new plan starts as the worksheets do: the four national acts of #1, the five standard risks plus "other" (#10),
 * the six standard monitoring activities (#11) and the three-step partnership checklist (#9).
 */
import type { Core } from '@strapi/strapi';
import {
  standardMonitoringActivities,
  standardPartnershipSteps,
  standardPolicyDocuments,
  standardRisks,
} from '../../../common/standard-rows';
import { uidOf } from '../content-types/lookup';
import { documentsOf, rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async prefill(planDocumentId: string) {
    const rows: [ModelName, Record<string, unknown>[]][] = [
      ['policy-document', standardPolicyDocuments.map((act) => ({ ...act }))],
      ['risk', standardRisks.map((risk) => ({ ...risk }))],
      ['monitoring-activity', standardMonitoringActivities.map((activity) => ({ ...activity }))],
      ['partnership-step', standardPartnershipSteps.map(({ step }) => ({ step }))],
    ];
    for (const [type, data] of rows) {
      for (const [position, row] of data.entries()) {
        const { documentId } = await documentsOf(strapi, type).create({
          data: { ...row, position, plan: planDocumentId } as never,
        });
        // the marker is the set-up's, never a staff member's: the write guard drops it from a save made in a
        // staff member's request (a plan created in the admin), so it is written below the guard
        if (typeof row.standardKey === 'string') {
          await rowsOf(strapi, type).updateMany({ where: { documentId }, data: { standardKey: row.standardKey } });
        }
      }
    }
  },
});
