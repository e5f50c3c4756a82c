/**
 * Bench only (`npm run bench`): Strapi's stock core REST route and controller for support
 * programmes, the baseline the public catalogue is measured against. Registered only when
 * SE_PLANNING_BENCH_STOCK_ROUTES=true, under the plugin's content-API routes
 * (GET /api/se-planning/support-programmes[/:id]), read actions only, with Strapi's default
 * authentication: no role is granted these actions, the bench calls them with a read-only API token.
 */
import { factories } from '@strapi/strapi';
import { uidOf } from '../content-types/lookup';

const UID = uidOf('support-programme') as any;

export const benchStockRoutesEnabled = () => process.env.SE_PLANNING_BENCH_STOCK_ROUTES === 'true';

/** The plugin's services to add: the stock service the stock controller calls (strapi.service(uid)). */
export const benchStockServices = () =>
  benchStockRoutesEnabled() ? { 'support-programme': factories.createCoreService(UID) } : {};

/** The plugin's controllers to add: the stock controller, named like the handler the core router uses. */
export const benchStockControllers = () =>
  benchStockRoutesEnabled() ? { 'support-programme': factories.createCoreController(UID) } : {};

/** The plugin's routers to add: the stock content-API router (find and findOne only). */
export const benchStockRouters = () =>
  benchStockRoutesEnabled()
    ? { 'content-api': factories.createCoreRouter(UID, { type: 'content-api', only: ['find', 'findOne'] }) }
    : {};
