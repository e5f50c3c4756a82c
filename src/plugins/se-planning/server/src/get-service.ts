/** The one way into the plugin's services: `getService(strapi, 'review')` is typed by its name. */
import type { Core } from '@strapi/strapi';
import type { ServiceName, Services } from './services';

export const getService = <K extends ServiceName>(strapi: Core.Strapi, name: K): Services[K] =>
  strapi.plugin('se-planning').service(name) as Services[K];
