import type { Core } from '@strapi/strapi';
import { actionDefinitions } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions);
  await strapi.plugin('se-planning').service('locales').ensure();
  await strapi.plugin('se-planning').service('content-manager-labels').apply();
};
