import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await strapi.plugin('se-planning').service('public-vocabulary').targetGroups(ctx.query);
  },
});
