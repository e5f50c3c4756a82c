import type { Core } from '@strapi/strapi';

const results = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('public-results');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await results(strapi).list(ctx.query);
  },
});
