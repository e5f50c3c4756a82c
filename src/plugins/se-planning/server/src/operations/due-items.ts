/**
 * What the deadline reminders are about: #7 activities and #11 monitoring activities whose deadline is within the
 * next `horizonDays` days (upcoming) or has passed (overdue) without being marked done, in plans that are not
 * archived. An activity's deadline is the end of its timeline (`endsOn`, its start when it has no end); it is done
 * when its execution status is "Izpildīta" (or "Atcelta": cancelled, nothing left to do). A monitoring activity's
 * deadline is its `deadline`, done when `done` is ticked.
 */
import type { Core } from '@strapi/strapi';
import { rowsOf } from '../content-types/store';

export type ReminderKind = 'upcoming' | 'overdue';
export type RemindedType = 'activity' | 'monitoring-activity';

export type Unit = { id: number; name: string; contactEmail?: string | null };
export type DueItem = {
  type: RemindedType;
  worksheet: 7 | 11;
  documentId: string;
  title: string;
  deadline: string;
  kind: ReminderKind;
  unit: Unit | null;
  plan: { documentId: string; title: string };
  municipality: { id: number; name: string };
};

/** Execution statuses (#7) that leave nothing to remind of. */
const FINISHED_STATUSES = ['done', 'cancelled'];

/** `day` + `days`, both YYYY-MM-DD. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

type Row = {
  documentId: string;
  title: string;
  responsibleUnit?: Unit | null;
  plan?: {
    documentId: string;
    title: string;
    planStatus?: string | null;
    municipality?: { id: number; name: string } | null;
  } | null;
};

const populate = {
  responsibleUnit: { select: ['id', 'name', 'contactEmail'] },
  plan: { select: ['documentId', 'title', 'planStatus'], populate: { municipality: { select: ['id', 'name'] } } },
};

export async function dueItems(strapi: Core.Strapi, today: string, horizonDays: number): Promise<DueItem[]> {
  const until = addDays(today, horizonDays);
  const activities = (await rowsOf(strapi, 'activity').findMany({
    where: {
      $and: [
        { $or: [{ endsOn: { $lte: until } }, { endsOn: null, startsOn: { $lte: until } }] },
        { $or: [{ executionStatus: null }, { executionStatus: { $notIn: FINISHED_STATUSES } }] },
      ],
    },
    populate,
  })) as (Row & { endsOn?: string | null; startsOn?: string | null })[];
  const monitoring = (await rowsOf(strapi, 'monitoring-activity').findMany({
    where: { deadline: { $lte: until }, $or: [{ done: false }, { done: null }] },
    populate,
  })) as (Row & { deadline: string })[];

  const items: DueItem[] = [];
  const seen = new Set<string>();
  const add = (type: RemindedType, worksheet: 7 | 11, row: Row, deadline: string | null | undefined) => {
    const key = `${type}:${row.documentId}`;
    const { plan } = row;
    if (!deadline || seen.has(key) || !plan?.municipality || plan.planStatus === 'archived') return;
    seen.add(key);
    items.push({
      type,
      worksheet,
      documentId: row.documentId,
      title: row.title,
      deadline: String(deadline).slice(0, 10),
      kind: String(deadline).slice(0, 10) < today ? 'overdue' : 'upcoming',
      unit: row.responsibleUnit ?? null,
      plan: { documentId: plan.documentId, title: plan.title },
      municipality: plan.municipality,
    });
  };
  for (const row of activities) add('activity', 7, row, row.endsOn ?? row.startsOn);
  for (const row of monitoring) add('monitoring-activity', 11, row, row.deadline);
  return items;
}
