import type { Core } from '@strapi/strapi';
import { planWritesMiddleware } from './write-guard/plan-writes-middleware';
import { registerPublicationModels } from './publication/models';
import { registerOperationsModels } from './operations/models';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Fixed lists shown with their Latvian/English labels in the admin (see admin/src/components/ChoiceInput).
  strapi.customFields.register([
    { name: 'choice', plugin: 'se-planning', type: 'enumeration' },
    { name: 'choices', plugin: 'se-planning', type: 'json' },
  ]);
  strapi.documents.use(planWritesMiddleware(strapi));
  // what was made public: publication records and adopted plan versions (publication/models.ts)
  registerPublicationModels(strapi);
  // scheduled runs and the reminders sent (operations/models.ts)
  registerOperationsModels(strapi);
};
