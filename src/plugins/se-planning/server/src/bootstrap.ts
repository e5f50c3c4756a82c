import type { Core } from '@strapi/strapi';
import { actionDefinitions } from '../../common/permissions';
import { refreshPlannerStatistics } from './services/public-sql';
import { benchStockRoutesEnabled } from './bench/stock-routes';

const service = (strapi: Core.Strapi, name: string) => strapi.plugin('se-planning').service(name);

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = strapi.service('admin::permission');
  await permissions.actionProvider.registerMany(actionDefinitions);
  await permissions.conditionProvider.register({
    displayName: 'Savas pašvaldības ieraksti',
    name: 'own-municipality',
    plugin: 'se-planning',
    handler: (user: { id: number; permission?: { subject?: string } }) => service(strapi, 'scoping').conditionFor(user),
  });
  await service(strapi, 'locales').ensure();
  await service(strapi, 'content-manager-labels').apply();
  await service(strapi, 'staff-roles').ensure();
  await service(strapi, 'search-text').backfill();
  await service(strapi, 'public-cache').start();
  await refreshPlannerStatistics(strapi);
  if (benchStockRoutesEnabled()) {
    strapi.log.warn(
      'se-planning: SE_PLANNING_BENCH_STOCK_ROUTES=true, the stock support-programme REST route is on (benchmark only)',
    );
  }
};
