import type { Core } from '@strapi/strapi';

const service = (strapi: Core.Strapi, name: string) => strapi.plugin('se-planning').service(name);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async overview(ctx: any) {
    const overview = service(strapi, 'plan-overview');
    ctx.body = { data: await overview.list(ctx.state.user), meta: { columns: overview.columns() } };
  },
  async checks(ctx: any) {
    await service(strapi, 'scoping').assertInScope(ctx.state.user, 'plugin::se-planning.plan', ctx.params.documentId);
    ctx.body = { data: await service(strapi, 'plan-checks').forPlan(ctx.params.documentId) };
  },
});
