import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';
import { answerJson } from '../../../public-routes';

const activities = (strapi: Core.Strapi) => getService(strapi, 'public-activities');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    answerJson(ctx, await activities(strapi).list(ctx.query));
  },
  // Absolute links come from PUBLIC_URL, never from the request's Host header (the answer is cached for all).
  async calendar(ctx: any) {
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.body = await activities(strapi).calendar(ctx.query);
  },
  async findOne(ctx: any) {
    answerJson(ctx, await activities(strapi).findOne(ctx.params.slugOrDocumentId, ctx.query));
  },
});
