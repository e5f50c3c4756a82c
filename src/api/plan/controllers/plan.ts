import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';
import { answerJson } from '../../../public-routes';

const plans = (strapi: Core.Strapi) => getService(strapi, 'public-plans');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    answerJson(ctx, await plans(strapi).list(ctx.query));
  },
  async findOne(ctx: any) {
    answerJson(ctx, await plans(strapi).findOne(ctx.params.documentId, ctx.query));
  },
  async version(ctx: any) {
    answerJson(ctx, await plans(strapi).version(ctx.params.documentId, ctx.params.number, ctx.query));
  },
});
