import type { Core } from '@strapi/strapi';
import { reviewStates } from '../../../common/review';

const review = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('review');
const scoping = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('scoping');
const uidOf = (type: string) => `plugin::se-planning.${type}`;
const notifications = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('notifications');

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Tells the submitter what became of their item. */
  const tellSubmitter = async (submittedById: number | null, subject: string, text: string) => {
    if (!submittedById) return;
    const submitter = await strapi.db.query('admin::user').findOne({ where: { id: submittedById } });
    await notifications(strapi).notify(submitter, subject, text);
  };

  const transition = (command: 'submit' | 'approve' | 'request_changes') => async (ctx: any) => {
    const { type, documentId } = ctx.params;
    await scoping(strapi).assertInScope(ctx.state.user, uidOf(type), documentId);
    const comment = typeof ctx.request.body?.comment === 'string' ? ctx.request.body.comment : undefined;
    const result = await review(strapi).transition(type, documentId, command, ctx.state.user, comment);
    if (command !== 'submit') {
      const outcome = reviewStates[result.reviewState as keyof typeof reviewStates].lv;
      await tellSubmitter(result.submittedById, `${outcome}: ${result.title}`, comment || outcome);
    }
    ctx.body = { data: result };
  };

  return {
    submit: transition('submit'),
    approve: transition('approve'),
    requestChanges: transition('request_changes'),
    async show(ctx: any) {
      const { type, documentId } = ctx.params;
      await scoping(strapi).assertInScope(ctx.state.user, uidOf(type), documentId);
      const state = await review(strapi).state(type, documentId);
      ctx.body = { data: { ...state, history: await review(strapi).history(type, documentId) } };
    },
    async queue(ctx: any) {
      ctx.body = { data: await review(strapi).queue(ctx.state.user) };
    },
    async adopt(ctx: any) {
      await scoping(strapi).assertInScope(ctx.state.user, uidOf('plan'), ctx.params.documentId);
      const body = ctx.request.body ?? {};
      ctx.body = {
        data: await review(strapi).adopt(
          ctx.params.documentId,
          { number: String(body.councilDecisionNumber ?? ''), date: String(body.councilDecisionDate ?? '') },
          ctx.state.user,
        ),
      };
    },
  };
};
