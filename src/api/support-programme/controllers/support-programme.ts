import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';

const catalogue = (strapi: Core.Strapi) => getService(strapi, 'public-programmes');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await catalogue(strapi).list(ctx.query);
  },
  async findOne(ctx: any) {
    ctx.body = await catalogue(strapi).findOne(ctx.params.slugOrDocumentId, ctx.query);
  },
});
