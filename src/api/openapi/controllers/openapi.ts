import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async document(ctx: any) {
    ctx.body = getService(strapi, 'openapi').document();
  },
});
