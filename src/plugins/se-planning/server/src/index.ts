import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import services from './services';
import controllers from './controllers';
import routes from './routes';

export default {
  register,
  bootstrap,
  contentTypes,
  services,
  controllers,
  routes,
};
