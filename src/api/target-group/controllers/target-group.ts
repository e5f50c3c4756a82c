import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await getService(strapi, 'public-vocabulary').targetGroups(ctx.query);
  },
});
