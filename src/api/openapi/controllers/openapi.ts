import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: any) {
    ctx.body = strapi.plugin('se-planning').service('openapi').document();
  },
});
