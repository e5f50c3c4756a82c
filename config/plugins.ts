import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: { jwtSecret: secret(env, 'JWT_SECRET') },
  },
  'se-planning': {
    enabled: true,
    resolve: './src/plugins/se-planning',
    config: {
      // Four-eyes rule: the submitter cannot approve their own item, unless a very small
      // municipality relaxes it.
      allowSelfApproval: env.bool('SE_PLANNING_ALLOW_SELF_APPROVAL', false),
    },
  },
});

export default config;
