/**
 * Municipality scoping: a staff member belongs to one or more municipalities (municipality.staff)
 * and sees and changes only their rows. Every scoped row carries its municipality's id
 * (`municipalityId`, kept here after each write), which the RBAC condition "own-municipality"
 * filters on in the Content Manager; the plugin's own routes check the same membership.
 * Super admins are not scoped.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { entryOf, isScoped, planOwned, uidOf } from '../content-types/lookup';
import { rowsOf, modelNameOf } from '../content-types/store';
import { refusal } from '../refusal';
import { knownPlan } from '../known-plan';

/** A stored row as the write guard read it back after a write (row-rules `stored`). */
type StoredRow = { municipalityId?: number | null; plan?: { documentId?: string } | null };

export const OWN_MUNICIPALITY = 'plugin::se-planning.own-municipality';

type Staff = { id: number; roles?: { code?: string }[] } | null | undefined;

/** Per request: the ability is built from many permissions, each asking for the same ids. */
const perRequest = new WeakMap<object, Map<number, Promise<number[]>>>();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const isSuperAdmin = (staff: Staff) => Boolean(staff && strapi.service('admin::role').hasSuperAdminRole(staff));

  const loadMunicipalities = async (userId: number) =>
    (
      (await rowsOf(strapi, 'municipality').findMany({
        where: { staff: { id: userId } },
        select: ['id'],
      })) as { id: number }[]
    ).map((m) => m.id);

  return {
    isSuperAdmin,

    /** Ids of the municipalities a staff member plans for. */
    municipalitiesOf(userId: number): Promise<number[]> {
      const ctx = strapi.requestContext.get() as object | undefined;
      if (!ctx) return loadMunicipalities(userId);
      const cache = perRequest.get(ctx) ?? new Map<number, Promise<number[]>>();
      perRequest.set(ctx, cache);
      if (!cache.has(userId)) cache.set(userId, loadMunicipalities(userId));
      return cache.get(userId)!;
    },

    /** The RBAC condition's query for one permission subject. */
    async conditionFor(user: { id: number; permission?: { subject?: string } }) {
      const ids = await this.municipalitiesOf(user.id);
      return user.permission?.subject === uidOf('municipality')
        ? { id: { $in: ids } }
        : { municipalityId: { $in: ids } };
    },

    /**
     * The municipality of a plan. Once a plan has one it keeps it (afterWrite refuses a move), so a transaction
     * asks once per plan: an import's thousand rows all name the same plan. A write of the plan itself forgets
     * it (the write guard), so that write's afterWrite compares the plan's rows with what the plan is now.
     */
    async municipalityOfPlan(planDocumentId: string): Promise<number | null> {
      return (await knownPlan(strapi, planDocumentId))?.municipality?.id ?? null;
    },

    /** The municipality of a stored document, from its plan (or itself). */
    async municipalityOfDocument(uid: string, documentId: string): Promise<number | null> {
      const entry = entryOf(uid);
      if (!entry) return null;
      if (entry.singularName === 'municipality') {
        const row = (await rowsOf(strapi, modelNameOf(uid)).findOne({ where: { documentId }, select: ['id'] })) as {
          id: number;
        } | null;
        return row?.id ?? null;
      }
      if (entry.singularName === 'plan') return this.municipalityOfPlan(documentId);
      if (planOwned(entry)) {
        const row = (await rowsOf(strapi, modelNameOf(uid)).findOne({
          where: { documentId },
          populate: { plan: { select: ['documentId'] } },
        })) as StoredRow | null;
        return row?.plan?.documentId ? this.municipalityOfPlan(row.plan.documentId) : null;
      }
      const row = (await rowsOf(strapi, modelNameOf(uid)).findOne({
        where: { documentId },
        populate: { municipality: { select: ['id'] } },
      })) as { municipality?: { id: number } | null } | null;
      return row?.municipality?.id ?? null;
    },

    /**
     * After a write: keep `municipalityId` in step (a plan cannot move to another municipality),
     * then refuse the write if it lands outside the staff member's municipalities. The
     * municipality is looked up once for both. A worksheet row's guard passes the rows it has just read back
     * (`stored`, with their plan), so they are not read again.
     */
    async afterWrite(staff: Staff, uid: string, documentId: string, stored?: StoredRow[]) {
      const entry = entryOf(uid);
      if (!entry || !(isScoped(entry) || entry.singularName === 'municipality')) return;
      const known = stored && stored.length > 0 && planOwned(entry);
      const planOfRow = known ? stored[0].plan?.documentId : undefined;
      const municipalityId = known
        ? planOfRow
          ? await this.municipalityOfPlan(planOfRow)
          : null
        : await this.municipalityOfDocument(uid, documentId);
      if (isScoped(entry)) {
        const rows = known
          ? stored.map((row) => ({ municipalityId: row.municipalityId ?? null }))
          : ((await rowsOf(strapi, modelNameOf(uid)).findMany({
              where: { documentId },
              select: ['id', 'municipalityId'],
            })) as { municipalityId: number | null }[]);
        if (rows.some((row) => row.municipalityId !== municipalityId)) {
          if (entry.singularName === 'plan' && rows.some((row) => row.municipalityId !== null)) {
            throw refusal(
              [{ path: ['municipality'], message: 'Plāna pašvaldību nevar mainīt' }],
              'Plāna pašvaldību nevar mainīt',
            );
          }
          await rowsOf(strapi, modelNameOf(uid)).updateMany({ where: { documentId }, data: { municipalityId } });
        }
      }
      await this.assertAllowed(staff, municipalityId, 'write');
    },

    /**
     * Staff may touch only their municipalities' rows: reading another's is answered as if it did
     * not exist (404), writing to it is refused (403).
     */
    async assertInScope(staff: Staff, uid: string, documentId: string, access: 'read' | 'write' = 'read') {
      if (!staff || isSuperAdmin(staff)) return;
      const entry = entryOf(uid);
      if (!entry || !(isScoped(entry) || entry.singularName === 'municipality')) return;
      await this.assertAllowed(staff, await this.municipalityOfDocument(uid, documentId), access);
    },

    async assertAllowed(staff: Staff, municipalityId: number | null, access: 'read' | 'write') {
      if (!staff || isSuperAdmin(staff)) return;
      const mine = await this.municipalitiesOf(staff.id);
      if (municipalityId !== null && mine.includes(municipalityId)) return;
      if (access === 'write') throw new errors.PolicyError('Jūs varat mainīt tikai savas pašvaldības datus');
      throw new errors.NotFoundError('Ieraksts nav atrasts jūsu pašvaldībā');
    },

    /**
     * Organisations were not scoped before: those stored without their municipality's id get it (once, on
     * start); one without a municipality stays visible to administrators only.
     */
    async backfillOrganisations() {
      const rows = (await rowsOf(strapi, 'organisation').findMany({
        where: { municipalityId: null },
        select: ['documentId'],
      })) as { documentId: string }[];
      for (const documentId of new Set(rows.map((row) => row.documentId))) {
        const municipalityId = await this.municipalityOfDocument(uidOf('organisation'), documentId);
        if (municipalityId !== null)
          await rowsOf(strapi, 'organisation').updateMany({ where: { documentId }, data: { municipalityId } });
      }
    },

    /** Where-clause limiting plans to the staff member's municipalities (none for super admins). */
    async planFilter(staff: Staff) {
      if (!staff || isSuperAdmin(staff)) return {};
      return { municipality: { id: { $in: await this.municipalitiesOf(staff.id) } } };
    },
  };
};
