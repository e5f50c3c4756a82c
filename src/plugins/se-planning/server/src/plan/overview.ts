/**
 * The plans list of the admin entry page: each plan with its municipality, period, status and the
 * row count of every worksheet. One grouped query per worksheet type, whatever the number of plans.
 */
import type { Core } from '@strapi/strapi';
import { uidOf, worksheetEntries } from '../content-types/lookup';
import { getService } from '../get-service';
import { rowsOf, metadataOf } from '../content-types/store';

type PlanRow = {
  id: number;
  documentId: string;
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  planStatus: string;
  municipality?: { documentId: string; name: string } | null;
};

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** documentId of a plan → { worksheet type → number of documents }. */
  async rowCounts(planIds: number[]) {
    const counts = new Map<number, Record<string, number>>(planIds.map((id) => [id, {}]));
    if (planIds.length === 0) return counts;
    for (const entry of worksheetEntries()) {
      const meta = metadataOf(strapi, entry.singularName);
      const join = (meta.attributes as unknown as Record<string, { joinTable: JoinTable }>).plan.joinTable;
      const query = strapi.db
        .connection(join.name)
        .join(meta.tableName, `${meta.tableName}.id`, `${join.name}.${join.joinColumn.name}`)
        .whereIn(`${join.name}.${join.inverseJoinColumn.name}`, planIds)
        .groupBy(`${join.name}.${join.inverseJoinColumn.name}`)
        .select(`${join.name}.${join.inverseJoinColumn.name} as plan_id`)
        .countDistinct(`${meta.tableName}.document_id as count`);
      // Draft & publish types keep a draft row for every document: count those, once per document.
      if (entry.publicContent || entry.draftAndPublish) query.whereNull(`${meta.tableName}.published_at`);
      for (const row of (await query) as { plan_id: number; count: number | string }[]) {
        counts.get(Number(row.plan_id))![entry.singularName] = Number(row.count);
      }
    }
    return counts;
  },

  /** Column metadata: each worksheet with the content types its rows are kept in. */
  columns() {
    return worksheetEntries().map((entry) => ({
      type: entry.singularName,
      displayName: entry.displayName,
      worksheet: entry.worksheet ?? null,
      uid: uidOf(entry.singularName),
    }));
  },

  /** The plans a staff member may see (all of them for super admins and scripts). */
  async list(staff?: { id: number } | null) {
    const plans = (await rowsOf(strapi, 'plan').findMany({
      where: await getService(strapi, 'scoping').planFilter(staff),
      orderBy: [{ periodStartYear: 'desc' }, { title: 'asc' }],
      populate: { municipality: { select: ['documentId', 'name'] } },
    })) as PlanRow[];
    const counts = await this.rowCounts(plans.map((plan) => plan.id));
    return plans.map((plan) => ({
      documentId: plan.documentId,
      title: plan.title,
      periodStartYear: plan.periodStartYear,
      periodEndYear: plan.periodEndYear,
      planStatus: plan.planStatus,
      municipality: plan.municipality
        ? { documentId: plan.municipality.documentId, name: plan.municipality.name }
        : null,
      rowCounts: Object.fromEntries(
        worksheetEntries().map((entry) => [entry.singularName, counts.get(plan.id)?.[entry.singularName] ?? 0]),
      ),
    }));
  },
});
