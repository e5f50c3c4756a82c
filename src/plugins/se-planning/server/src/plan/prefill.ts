/**
 * A new plan starts as the worksheets do: the five standard risks plus "other" (#10), the six
 * standard monitoring activities (#11) and the three-step partnership checklist (#9).
 */
import type { Core } from '@strapi/strapi';
import { standardMonitoringActivities, standardPartnershipSteps, standardRisks } from '../../../common/standard-rows';
import { uidOf } from '../content-types/lookup';
import { documentsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async prefill(planDocumentId: string) {
    const rows: [ModelName, Record<string, unknown>[]][] = [
      ['risk', standardRisks.map((risk) => ({ ...risk }))],
      ['monitoring-activity', standardMonitoringActivities.map((activity) => ({ ...activity }))],
      ['partnership-step', standardPartnershipSteps.map(({ step }) => ({ step }))],
    ];
    for (const [type, data] of rows) {
      for (const [position, row] of data.entries()) {
        await documentsOf(strapi, type).create({
          data: { ...row, position, plan: planDocumentId } as never,
        });
      }
    }
  },
});
