/**
 * The headers of the open-data files (src/api/open-data), decided by the path alone: every answer names its
 * licence (`Link: <CC BY 4.0>; rel="license"`), a CSV is a download named after its file. Set here rather than in
 * the controller, so they go out with an answer the public cache keeps (which skips the controller) and with the
 * edge's answers, which re-send the headers Koa gave the route (src/edge/public-answers.ts). Errors get neither.
 */
import type { Core } from '@strapi/strapi';
import { OPEN_DATA_LICENSE } from '../plugins/se-planning/common/open-data';

const openDataHeaders: Core.MiddlewareFactory = (_config, { strapi }) => {
  const base = `${strapi.config.get<string>('api.rest.prefix', '/api')}/open-data/`;
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith(base) || ![200, 304].includes(ctx.status)) return;
    ctx.set('Link', `<${OPEN_DATA_LICENSE.url}>; rel="license"`);
    const file = ctx.path.slice(base.length);
    if (file.endsWith('.csv')) ctx.set('Content-Disposition', `attachment; filename="${file}"`);
  };
};

export default openDataHeaders;
