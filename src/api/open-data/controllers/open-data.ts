/**
 * The open-data files. Only their content type is set here: the licence `Link` and a CSV's
 * `Content-Disposition` are the path's (src/middlewares/open-data-headers.ts), so a cached answer has them too.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../../../plugins/se-planning/server/src/get-service';
import { answerJson } from '../../../public-routes';

const openData = (strapi: Core.Strapi) => getService(strapi, 'public-open-data');

const answerCsv = (ctx: { type: string; body: unknown }, csv: string) => {
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = csv;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async catalog(ctx: any) {
    ctx.type = 'application/ld+json; charset=utf-8';
    ctx.body = await openData(strapi).catalog(ctx.query);
  },
  async programmesCsv(ctx: any) {
    answerCsv(ctx, await openData(strapi).programmes('csv', ctx.query));
  },
  async programmesJson(ctx: any) {
    answerJson(ctx, await openData(strapi).programmes('json', ctx.query));
  },
  async programmesCommonGrants(ctx: any) {
    answerJson(ctx, await openData(strapi).commonGrants(ctx.query));
  },
  async resultsCsv(ctx: any) {
    answerCsv(ctx, await openData(strapi).results('csv', ctx.query));
  },
  async resultsJson(ctx: any) {
    answerJson(ctx, await openData(strapi).results('json', ctx.query));
  },
});
