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
      const through = planOwned(entry)
        ? { plan: { populate: { municipality: { select: ['id'] } } } }
        : { municipality: { select: ['id'] } };
      const row = (await rowsOf(strapi, modelNameOf(uid)).findOne({ where: { documentId }, populate: through })) as any;
      return (planOwned(entry) ? row?.plan?.municipality?.id : row?.municipality?.id) ?? null;
    },

    /**
     * After a write: keep `municipalityId` in step (a plan cannot move to another municipality),
     * then refuse the write if it lands outside the staff member's municipalities. The
     * municipality is looked up once for both.
     */
    async afterWrite(staff: Staff, uid: string, documentId: string) {
      const entry = entryOf(uid);
      if (!entry || !(isScoped(entry) || entry.singularName === 'municipality')) return;
      const municipalityId = await this.municipalityOfDocument(uid, documentId);
      if (isScoped(entry)) {
        const rows = (await rowsOf(strapi, modelNameOf(uid)).findMany({
          where: { documentId },
          select: ['id', 'municipalityId'],
        })) as {
          municipalityId: number | null;
        }[];
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
