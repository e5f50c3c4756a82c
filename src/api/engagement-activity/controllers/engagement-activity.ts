import type { Core } from '@strapi/strapi';

const activities = (strapi: Core.Strapi) => strapi.plugin('se-planning').service('public-activities');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await activities(strapi).list(ctx.query);
  },
  async calendar(ctx: any) {
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.body = await activities(strapi).calendar(ctx.query, ctx.origin);
  },
  async findOne(ctx: any) {
    ctx.body = await activities(strapi).findOne(ctx.params.slugOrDocumentId, ctx.query);
  },
});
