import type { Core } from '@strapi/strapi';
import { planWritesMiddleware } from './services/plan-writes-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(planWritesMiddleware(strapi));
};
