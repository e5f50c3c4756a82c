import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';
import { answerJson } from '../../../public-routes';

const catalogue = (strapi: Core.Strapi) => getService(strapi, 'public-programmes');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    answerJson(ctx, await catalogue(strapi).list(ctx.query));
  },
  async findOne(ctx: any) {
    answerJson(ctx, await catalogue(strapi).findOne(ctx.params.slugOrDocumentId, ctx.query));
  },
});
