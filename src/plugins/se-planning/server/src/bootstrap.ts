import type { Core } from '@strapi/strapi';
import { actionDefinitions } from '../../common/permissions';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = strapi.service('admin::permission');
  await permissions.actionProvider.registerMany(actionDefinitions);
  await permissions.conditionProvider.register({
    displayName: 'Savas pašvaldības ieraksti',
    name: 'own-municipality',
    plugin: 'se-planning',
    handler: (user: { id: number; permission?: { subject?: string } }) =>
      getService(strapi, 'scoping').conditionFor(user),
  });
  await getService(strapi, 'locales').ensure();
  await getService(strapi, 'content-manager-labels').apply();
  // what every installation starts with, demo or not: the national target groups (#4)
  await getService(strapi, 'starting-content').ensureTargetGroups();
  await getService(strapi, 'staff-roles').ensure();
  await getService(strapi, 'scoping').backfillOrganisations();
  await getService(strapi, 'public-cache').start();
  // the public read model exists, in its current format (rebuilt when not)
  await getService(strapi, 'read-model').ensure();
  // daily jobs (deadline reminders) on Strapi's cron, each run once across instances
  getService(strapi, 'scheduled-jobs').schedule(getService(strapi, 'reminders').jobs());
  // SQLite chooses between indexes by statistics it gathers only when asked (PostgreSQL's autovacuum keeps its own)
  if (strapi.db.dialect.client === 'sqlite') await strapi.db.connection.raw('PRAGMA optimize=0x10002');
};
