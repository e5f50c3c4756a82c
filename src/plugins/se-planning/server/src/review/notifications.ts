/**
 * Tells submitters what became of their item: by e-mail (Strapi's e-mail plugin) in production,
 * in the log in development and tests.
 */
import type { Core } from '@strapi/strapi';
import { reviewStates, type ReviewState } from '../../../common/review';
import { actorName, type Actor } from './review';

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
  async function notify(to: { email?: string | null } | null, subject: string, text: string) {
    if (!to?.email) return;
    if (process.env.NODE_ENV !== 'production') {
      strapi.log.info(`[se-planning] e-pasts ${to.email}: ${subject} — ${text}`);
      return;
    }
    try {
      await strapi.plugin('email').service('email').send({ to: to.email, subject, text });
    } catch (error) {
      strapi.log.error(`[se-planning] e-pastu ${to.email} neizdevās nosūtīt: ${(error as Error).message}`);
    }
  }

  return {
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
