/**
 * Deleting a plan deletes its worksheet rows with it (in the same transaction). Only a plan still being
 * drafted, with nothing published, can be deleted: an adopted plan is archived instead, and published content
 * is first taken offline by an approver.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uidOf, worksheetEntries } from '../content-types/lookup';
import { hasDrafts, rowsOf } from '../content-types/store';
import { refusal } from '../refusal';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async deleteRowsOf(planDocumentId: string) {
    const plan = (await rowsOf(strapi, 'plan').findOne({
      where: { documentId: planDocumentId },
      select: ['planStatus'],
    })) as { planStatus?: string } | null;
    if (!plan) return;
    if (plan.planStatus !== 'drafting') {
      throw refusal(
        [{ path: ['planStatus'], message: 'Dzēst var tikai izstrādē esošu plānu' }],
        'Pieņemtu vai arhivētu plānu nevar dzēst',
      );
    }
    const published = [];
    for (const entry of worksheetEntries()) {
      if (!hasDrafts(strapi, entry.singularName)) continue;
      const count = await rowsOf(strapi, entry.singularName).count({
        where: { plan: { documentId: planDocumentId }, publishedAt: { $notNull: true } },
      });
      if (count) published.push(`${entry.displayName}: ${count}`);
    }
    if (published.length) {
      throw refusal(
        [{ path: ['planStatus'], message: 'Plānam ir publicēts saturs' }],
        `Plānam ir publicēts saturs (${published.join('; ')}): vispirms noņemiet to no publikācijas`,
      );
    }
    // Children before parents, so relations never point at a deleted row mid-way.
    for (const entry of [...worksheetEntries()].reverse()) {
      await rowsOf(strapi, entry.singularName).deleteMany({ where: { plan: { documentId: planDocumentId } } });
    }
  },
});
