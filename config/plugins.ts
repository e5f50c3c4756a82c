import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: { jwtSecret: secret(env, 'JWT_SECRET') },
  },
  'se-planning': {
    enabled: true,
    resolve: './src/plugins/se-planning',
  },
});

export default config;
