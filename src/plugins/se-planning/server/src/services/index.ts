import rowRules from './row-rules';
import planPrefill from './plan-prefill';
import planDeletion from './plan-deletion';
import planOverview from './plan-overview';
import planChecks from './plan-checks';
import locales from './locales';
import demoData from '../demo/load';
import contentManagerLabels from './content-manager-labels';
import review from './review';
import notifications from './notifications';
import scoping from './scoping';
import staffRoles from './staff-roles';
import revisions from './revisions';
import publicProgrammes from './public-programmes';
import publicVocabulary from './public-vocabulary';
import publicActivities from './public-activities';
import publicResults from './public-results';
import searchText from './search-text';
import publicCache from './public-cache';
import openapi from './openapi';
import { benchStockServices } from '../bench/stock-routes';

export default {
  'row-rules': rowRules,
  'plan-prefill': planPrefill,
  'plan-deletion': planDeletion,
  'plan-overview': planOverview,
  'plan-checks': planChecks,
  locales,
  'demo-data': demoData,
  'content-manager-labels': contentManagerLabels,
  review,
  notifications,
  scoping,
  'staff-roles': staffRoles,
  revisions,
  'public-programmes': publicProgrammes,
  'public-vocabulary': publicVocabulary,
  'public-activities': publicActivities,
  'public-results': publicResults,
  'search-text': searchText,
  'public-cache': publicCache,
  openapi,
  ...benchStockServices(),
};
