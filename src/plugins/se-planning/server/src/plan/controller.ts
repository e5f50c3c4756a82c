import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: any) {
    const overview = getService(strapi, 'plan-overview');
    ctx.body = { data: await overview.list(ctx.state.user), meta: { columns: overview.columns() } };
  },
  async checks(ctx: any) {
    await getService(strapi, 'scoping').assertInScope(
      ctx.state.user,
      'plugin::se-planning.plan',
      ctx.params.documentId,
    );
    ctx.body = { data: await getService(strapi, 'plan-checks').forPlan(ctx.params.documentId) };
  },
});
