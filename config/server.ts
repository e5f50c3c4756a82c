import type { Core } from '@strapi/strapi';
import { secretList } from '../src/secrets';
import { demoRequested } from '../src/plugins/se-planning/server/src/demo/demo-flag';
import { jsonLogFormat, logFormatOf, LOG_FORMAT_VARIABLE } from '../src/log-format';

type Env = Core.Config.Shared.ConfigParams['env'];
/** JSON lines in production, Strapi's coloured text elsewhere (src/log-format.ts); another value stops the start. */
const jsonLogs = (env: Env) => logFormatOf(env(LOG_FORMAT_VARIABLE)) === 'json';

const config = (params: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // SE_PLANNING_DEMO=true stops a production start here, before anything touches the database
  demoRequested(params.env);
  return serverConfig(params);
};

const serverConfig = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: secretList(env, 'APP_KEYS') },
  // Behind a reverse proxy, TRUST_PROXY=true makes ctx.ip the visitor's address (the public API's rate limit counts
  // per ctx.ip). Only the TRUST_PROXY_HOPS right-most X-Forwarded-For entries, the ones our proxies appended, are
  // read: whatever a visitor writes further left is ignored, so it cannot pose as someone else. Strapi 5 reads
  // `proxy.koa`; a bare `proxy: true` is silently ignored.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: env.int('TRUST_PROXY_HOPS', 1) },
  // Strapi's cron (server.cron.tasks, and se-planning's daily jobs); CRON_ENABLED=false turns all of it off
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  logger: {
    updates: { enabled: false },
    // the start-up banner is a table: not in the test output, not among JSON lines
    startup: { enabled: env('NODE_ENV') !== 'test' && !jsonLogs(env) },
    config: {
      level: env('LOG_LEVEL', env('NODE_ENV') === 'test' ? 'warn' : 'info'),
      ...(jsonLogs(env) ? { format: jsonLogFormat() } : {}),
    },
  },
});

export default config;
