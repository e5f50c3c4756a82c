import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import services from './services';
import controllers from './controllers';
import routes from './routes';

export default {
  config: {
    default: { allowSelfApproval: false },
    validator(config: { allowSelfApproval?: unknown }) {
      if (typeof config.allowSelfApproval !== 'boolean')
        throw new Error('se-planning: allowSelfApproval must be true or false');
    },
  },
  register,
  bootstrap,
  contentTypes,
  services,
  controllers,
  routes,
};
