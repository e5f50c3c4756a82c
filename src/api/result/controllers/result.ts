import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';

const results = (strapi: Core.Strapi) => getService(strapi, 'public-results');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await results(strapi).list(ctx.query);
  },
});
