import type { Core } from '@strapi/strapi';
import { closePublicRegistration } from './edge/public-registration';
import { answerPublicReadsFirst } from './edge/public-answers';
import { logRequests } from './edge/request-log';
import { logFormatOf, LOG_FORMAT_VARIABLE } from './log-format';
import { getService } from './plugins/se-planning/server/src/get-service';

// The application hosts the se-planning plugin and, later, the public API in src/api.
export default {
  register() {},
  /**
   * Runs after every plugin (the admin's roles included) has bootstrapped. Public sign-up is closed on every
   * start (src/edge/public-registration.ts); `npm run demo` sets SE_PLANNING_DEMO=true to load the demo data and
   * print the demo staff logins.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await closePublicRegistration(strapi);
    // the public API answered at the HTTP server, before Koa, once Koa has answered a route (src/edge/public-answers.ts)
    answerPublicReadsFirst(strapi);
    // one log line per request, ahead of the listeners above, so the public answers are logged too (src/edge/request-log.ts)
    logRequests(strapi, logFormatOf(process.env[LOG_FORMAT_VARIABLE]));
    await getService(strapi, 'demo-data').loadIfRequested();
  },
};
