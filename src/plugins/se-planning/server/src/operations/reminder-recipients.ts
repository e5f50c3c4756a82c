/**
 * Who is reminded of a row: its responsible unit's contact e-mail (the unit the worksheet names, "Struktūrvienības
 * e-pasts") when the unit has one; otherwise the active staff of the plan's municipality who hold the planner role
 * ("SU plānotājs"), who keep the plan up to date; with no planner there, its approvers ("SU apstiprinātājs").
 * Staff belong to municipalities (municipality.staff), not to units, so a unit without an e-mail falls back to them.
 */
import type { Core } from '@strapi/strapi';
import { rowsOf } from '../content-types/store';
import { ROLES } from '../access/staff-roles';
import type { DueItem } from './due-items';

type StaffRow = { email?: string | null; isActive?: boolean; blocked?: boolean; roles?: { code?: string }[] };

export function reminderRecipients(strapi: Core.Strapi) {
  /** Per run: a municipality's staff are read once. */
  const staffOf = new Map<number, Promise<{ planners: string[]; approvers: string[] }>>();

  const loadStaff = async (municipalityId: number) => {
    const municipality = (await rowsOf(strapi, 'municipality').findOne({
      where: { id: municipalityId },
      populate: {
        staff: { select: ['email', 'isActive', 'blocked'], populate: { roles: { select: ['code'] } } },
      },
    })) as { staff?: StaffRow[] } | null;
    const active = (municipality?.staff ?? []).filter((user) => user.email && user.isActive && !user.blocked);
    const holding = (code: string) =>
      active.filter((user) => user.roles?.some((role) => role.code === code)).map((user) => user.email!.toLowerCase());
    return { planners: holding(ROLES.editor.code), approvers: holding(ROLES.approver.code) };
  };

  return async function recipientsOf(item: DueItem): Promise<string[]> {
    const unitEmail = item.unit?.contactEmail?.trim();
    if (unitEmail) return [unitEmail.toLowerCase()];
    const id = item.municipality.id;
    if (!staffOf.has(id)) staffOf.set(id, loadStaff(id));
    const { planners, approvers } = await staffOf.get(id)!;
    return [...new Set(planners.length ? planners : approvers)].sort();
  };
}
