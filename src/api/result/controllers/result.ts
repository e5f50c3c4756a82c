import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';
import { answerJson } from '../../../public-routes';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    answerJson(ctx, await getService(strapi, 'public-results').list(ctx.query));
  },
});
