import type { Core } from '@strapi/strapi';
import { uidOf } from '../content-types/lookup';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const review = () => getService(strapi, 'review');
  const scoping = () => getService(strapi, 'scoping');

  const transition = (command: 'submit' | 'approve' | 'request_changes') => async (ctx: any) => {
    const { type, documentId } = ctx.params;
    await scoping().assertInScope(ctx.state.user, uidOf(type), documentId);
    const comment = typeof ctx.request.body?.comment === 'string' ? ctx.request.body.comment : undefined;
    const result = await review().transition(type, documentId, command, ctx.state.user, comment);
    if (command !== 'submit') await getService(strapi, 'notifications').reviewed(result, ctx.state.user, comment);
    ctx.body = { data: result };
  };

  return {
    submit: transition('submit'),
    approve: transition('approve'),
    requestChanges: transition('request_changes'),
    async show(ctx: any) {
      const { type, documentId } = ctx.params;
      await scoping().assertInScope(ctx.state.user, uidOf(type), documentId);
      const state = await review().state(type, documentId);
      ctx.body = { data: { ...state, ...(await review().publication(type, documentId)), history: await review().history(type, documentId) } };
    },
    /** An approver publishes an item again, so the public gets its linked content as it is now. */
    async republish(ctx: any) {
      const { type, documentId } = ctx.params;
      await scoping().assertInScope(ctx.state.user, uidOf(type), documentId, 'write');
      ctx.body = { data: await review().republish(type, documentId) };
    },
    async queue(ctx: any) {
      ctx.body = { data: await review().queue(ctx.state.user) };
    },
    async amend(ctx: any) {
      await scoping().assertInScope(ctx.state.user, uidOf('plan'), ctx.params.documentId);
      const reason = typeof ctx.request.body?.comment === 'string' ? ctx.request.body.comment : undefined;
      ctx.body = { data: await review().amend(ctx.params.documentId, reason, ctx.state.user) };
    },
    async archive(ctx: any) {
      await scoping().assertInScope(ctx.state.user, uidOf('plan'), ctx.params.documentId);
      ctx.body = { data: await review().archive(ctx.params.documentId, ctx.state.user) };
    },
    async adopt(ctx: any) {
      await scoping().assertInScope(ctx.state.user, uidOf('plan'), ctx.params.documentId);
      const body = ctx.request.body ?? {};
      ctx.body = {
        data: await review().adopt(
          ctx.params.documentId,
          { number: String(body.councilDecisionNumber ?? ''), date: String(body.councilDecisionDate ?? '') },
          ctx.state.user,
        ),
      };
    },
  };
};
