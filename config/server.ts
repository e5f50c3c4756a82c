import type { Core } from '@strapi/strapi';
import { secretList } from '../src/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: secretList(env, 'APP_KEYS') },
  logger: {
    updates: { enabled: false },
    startup: { enabled: env('NODE_ENV') !== 'test' },
    config: { level: env('LOG_LEVEL', env('NODE_ENV') === 'test' ? 'warn' : 'info') },
  },
});

export default config;
