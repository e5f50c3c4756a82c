/**
 * Deleting a plan deletes its worksheet rows with it (in the same transaction); an adopted plan
 * is kept (archive it instead).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uidOf, worksheetEntries } from '../content-types/lookup';
import { rowsOf } from '../content-types/store';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async deleteRowsOf(planDocumentId: string) {
    const plan = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      select: ['planStatus'],
    })) as { planStatus?: string } | null;
    if (!plan) return;
    if (plan.planStatus === 'adopted') {
      throw new errors.ValidationError('Pieņemtu plānu nevar dzēst; mainiet statusu uz "Arhivēts"', {
        errors: [{ path: ['planStatus'], message: 'Pieņemtu plānu nevar dzēst', name: 'ValidationError', value: null }],
      });
    }
    // Children before parents, so relations never point at a deleted row mid-way.
    for (const entry of [...worksheetEntries()].reverse()) {
      await rowsOf(strapi, entry.singularName).deleteMany({ where: { plan: { documentId: planDocumentId } } });
    }
  },
});
