import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The plan of the route is one the staff member plans for (404 otherwise, as if it did not exist). */
  const inScope = (ctx: any) =>
    getService(strapi, 'scoping').assertInScope(ctx.state.user, 'plugin::se-planning.plan', ctx.params.documentId);
  return {
    async overview(ctx: any) {
      const overview = getService(strapi, 'plan-overview');
      ctx.body = { data: await overview.list(ctx.state.user), meta: { columns: overview.columns() } };
    },
    async checks(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-checks').forPlan(ctx.params.documentId) };
    },
    async chain(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-chain').of(ctx.params.documentId) };
    },
    async workspace(ctx: any) {
      await inScope(ctx);
      ctx.body = { data: await getService(strapi, 'plan-workspace').of(ctx.params.documentId) };
    },
  };
};
