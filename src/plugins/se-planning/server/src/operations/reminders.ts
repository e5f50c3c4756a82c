/**
 * Deadline reminders (#7 activities, #11 monitoring): a daily scheduled job (scheduled.ts: once across instances)
 * e-mails each recipient (reminder-recipients.ts) one message listing their rows that are due within the horizon or
 * overdue (due-items.ts). Each reminder goes out once: a row is recorded (se_reminders_sent) with its kind and
 * deadline once every mail naming it was accepted, so it is reminded of once as upcoming and once more when overdue
 * (and again if its deadline moves). Without SMTP the messages are only logged and nothing is recorded, so they go
 * out once mail is configured.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { dueItems, type DueItem } from './due-items';
import { reminderRecipients } from './reminder-recipients';
import { reminderMessage } from './reminder-message';
import { REMINDER_SENT } from './models';
import type { ScheduledJob } from './scheduled';

export const REMINDERS_JOB = 'deadline-reminders';

export type RemindersConfig = { enabled: boolean; at: string; rule: string; horizonDays: number };

/** The cron rule of the daily run: `rule` when given, else every day at `at` (HH:MM, Europe/Riga). */
export const ruleOf = ({ at, rule }: Pick<RemindersConfig, 'at' | 'rule'>) => {
  if (rule.trim()) return rule.trim();
  const [hours, minutes] = at.split(':').map(Number);
  return `0 ${minutes} ${hours} * * *`;
};

const keyOf = (row: { contentType: string; targetDocumentId: string; kind: string; deadline: string }) =>
  `${row.contentType}|${row.targetDocumentId}|${row.kind}|${row.deadline}`;
const itemKey = (item: DueItem) =>
  keyOf({ contentType: item.type, targetDocumentId: item.documentId, kind: item.kind, deadline: item.deadline });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sent = () => strapi.db.query(REMINDER_SENT as never);
  const config = () => strapi.config.get('plugin::se-planning.reminders') as RemindersConfig;

  /** The rows due on `day` that no reminder of their kind and deadline has gone out for. */
  async function pendingOn(day: string) {
    const items = await dueItems(strapi, day, config().horizonDays);
    if (!items.length) return [];
    const recorded = (await sent().findMany({
      where: { targetDocumentId: { $in: [...new Set(items.map((item) => item.documentId))] } },
      select: ['contentType', 'targetDocumentId', 'kind', 'deadline'],
    })) as { contentType: string; targetDocumentId: string; kind: string; deadline: string }[];
    const done = new Set(recorded.map(keyOf));
    return items.filter((item) => !done.has(itemKey(item)));
  }

  /** Sends the reminders due on `day` (YYYY-MM-DD, Riga); answers how many rows and mails. */
  async function send(day: string) {
    const { horizonDays } = config();
    const items = await pendingOn(day);
    const recipientsOf = reminderRecipients(strapi);
    const byRecipient = new Map<string, DueItem[]>();
    const recipients = new Map<DueItem, string[]>();
    for (const item of items) {
      const to = await recipientsOf(item);
      if (!to.length) {
        strapi.log.warn(
          `[se-planning] atgādinājumam "${item.title}" (#${item.worksheet}) nav saņēmēja: ` +
            `struktūrvienībai nav e-pasta, pašvaldībā "${item.municipality.name}" nav plānotāja`,
        );
        continue;
      }
      recipients.set(item, to);
      for (const address of to) byRecipient.set(address, [...(byRecipient.get(address) ?? []), item]);
    }
    const notifications = getService(strapi, 'notifications');
    const failed = new Set<string>();
    for (const [address, list] of byRecipient) {
      const { subject, text } = reminderMessage(list, horizonDays);
      if (!(await notifications.notify({ email: address }, subject, text))) failed.add(address);
    }
    const delivered = [...recipients].filter(([, to]) => to.every((address) => !failed.has(address)));
    if (notifications.smtpConfigured()) {
      const sentAt = new Date().toISOString();
      for (const [item, to] of delivered) {
        await sent().create({
          data: {
            contentType: item.type,
            targetDocumentId: item.documentId,
            kind: item.kind,
            deadline: item.deadline,
            recipients: to.join(', '),
            sentAt,
          },
        });
      }
    }
    return { rows: delivered.length, mails: byRecipient.size - failed.size, failed: failed.size };
  }

  /** The daily job (whether or not reminders are on). */
  const job = (): ScheduledJob => ({
    name: REMINDERS_JOB,
    rule: ruleOf(config()),
    run: async (day) => {
      const { rows, mails, failed } = await send(day);
      strapi.log.info(`[se-planning] atgādinājumi ${day}: ${rows} ieraksti, ${mails} e-pasti, ${failed} neizdevās`);
      if (failed) throw new Error(`${failed} atgādinājumu e-pastus neizdevās nosūtīt`);
    },
  });

  return {
    send,
    job,
    /** The jobs to schedule: the daily reminders when they are on (SE_PLANNING_REMINDERS=true). */
    jobs: (): ScheduledJob[] => (config().enabled ? [job()] : []),
  };
};
