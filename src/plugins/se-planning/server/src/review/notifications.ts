/**
 * Tells submitters what became of their item: by e-mail (Strapi's e-mail plugin) whenever an SMTP provider is
 * configured (SMTP_HOST, config/plugins.ts), in the log otherwise. The scheduled reminders send through it too.
 */
import type { Core } from '@strapi/strapi';
import { reviewStates, type ReviewState } from '../../../common/review';
import { actorName, type Actor } from './review';

/** The e-mail plugin's provider for SMTP (@strapi/provider-email-nodemailer), as config/plugins.ts names it. */
const SMTP_PROVIDER = 'nodemailer';

type Reviewed = { title: string; reviewState: ReviewState; submittedById: number | null };

/** The message to the submitter once an approver has decided. */
export function reviewedMessage(item: Reviewed, reviewer: Actor, comment?: string) {
  const outcome = reviewStates[item.reviewState].lv;
  const lines = [
    `Jūsu iesniegtais ieraksts "${item.title}" ir izskatīts: ${outcome}.`,
    ...(comment?.trim() ? [`Komentārs: ${comment.trim()}`] : []),
    `Izskatīja: ${actorName(reviewer)}`,
  ];
  return { subject: `${outcome}: ${item.title}`, text: lines.join('\n') };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Whether mail really goes out: the e-mail plugin has the SMTP provider (SMTP_HOST set). */
  const smtpConfigured = () => strapi.config.get('plugin::email.provider') === SMTP_PROVIDER;

  /** Sends (or, without SMTP, logs) one message; false when the SMTP server refused it (the error is logged). */
  async function notify(to: { email?: string | null } | null, subject: string, text: string): Promise<boolean> {
    if (!to?.email) return false;
    if (!smtpConfigured()) {
      strapi.log.info(`[se-planning] e-pasts ${to.email}: ${subject} — ${text}`);
      return true;
    }
    try {
      await strapi.plugin('email').service('email').send({ to: to.email, subject, text });
      return true;
    } catch (error) {
      strapi.log.error(`[se-planning] e-pastu ${to.email} neizdevās nosūtīt: ${(error as Error).message}`);
      return false;
    }
  }

  return {
    smtpConfigured,
    notify,
    /** Tells the submitter of an item what the approver decided (approved, or changes requested). */
    async reviewed(item: Reviewed, reviewer: Actor, comment?: string) {
      if (!item.submittedById) return;
      const submitter = await strapi.db.query('admin::user').findOne({ where: { id: item.submittedById } });
      const { subject, text } = reviewedMessage(item, reviewer, comment);
      await notify(submitter, subject, text);
    },
  };
};
