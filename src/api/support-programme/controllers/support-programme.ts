import type { Core } from '@strapi/strapi';

const catalogue = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('public-programmes');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await catalogue(strapi).list(ctx.query);
  },
  async findOne(ctx: any) {
    ctx.body = await catalogue(strapi).findOne(ctx.params.slugOrDocumentId, ctx.query);
  },
});
