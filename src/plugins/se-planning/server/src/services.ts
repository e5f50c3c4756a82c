/**
 * Every service the plugin registers, by the name Strapi knows it under, grouped by feature.
 * `Services` is the name→type map behind the one typed accessor (`getService` in get-service.ts).
 */
import scoping from './access/scoping';
import staffRoles from './access/staff-roles';
import locales from './setup/locales';
import contentManagerLabels from './setup/content-manager-labels';
import startingContent from './setup/starting-content';
import rowRules from './write-guard/row-rules';
import revisions from './write-guard/revisions';
import review from './review/review';
import notifications from './review/notifications';
import planPrefill from './plan/prefill';
import planDeletion from './plan/deletion';
import planOverview from './plan/overview';
import planChecks from './plan/checks';
import planWorkspace from './plan/workspace';
import planChain from './plan/chain';
import planCompleteness from './plan/completeness';
import planDocument from './plan/plan-document';
import planPdf from './plan/plan-pdf';
import planSpreadsheet from './plan/spreadsheets';
import publicProgrammes from './public-api/programmes';
import publicActivities from './public-api/activities';
import publicResults from './public-api/results';
import publicVocabulary from './public-api/vocabulary';
import publicPlans from './public-api/plans';
import publicSitemap from './public-api/sitemap';
import publicOpenData from './public-api/open-data/service';
import readModel from './publication/read-model';
import publicCache from './public-api/cache';
import openapi from './public-api/openapi/service';
import demoData from './demo/load';
import scheduledJobs from './operations/scheduled';
import reminders from './operations/reminders';

export const services = {
  // who may do what, and where
  scoping,
  'staff-roles': staffRoles,
  // what every start sets up
  locales,
  'content-manager-labels': contentManagerLabels,
  'starting-content': startingContent,
  // the write guard below every write path
  'row-rules': rowRules,
  revisions,
  // the editorial workflow
  review,
  notifications,
  // a plan and its worksheets
  'plan-prefill': planPrefill,
  'plan-deletion': planDeletion,
  'plan-overview': planOverview,
  'plan-checks': planChecks,
  'plan-workspace': planWorkspace,
  'plan-chain': planChain,
  'plan-completeness': planCompleteness,
  // the plan as a document for the council (DOCX, and PDF where the server has Chromium)
  'plan-document': planDocument,
  'plan-pdf': planPdf,
  'plan-spreadsheet': planSpreadsheet,
  // what the public sees: the read model the workflow writes (publication/), and the public API reading it
  'read-model': readModel,
  'public-programmes': publicProgrammes,
  'public-activities': publicActivities,
  'public-results': publicResults,
  'public-vocabulary': publicVocabulary,
  'public-plans': publicPlans,
  'public-sitemap': publicSitemap,
  'public-open-data': publicOpenData,
  'public-cache': publicCache,
  openapi,
  // scheduled work, once across instances, and the deadline reminders it runs
  'scheduled-jobs': scheduledJobs,
  reminders,
  // demo data set
  'demo-data': demoData,
};

export type ServiceName = keyof typeof services;
export type Services = { [K in ServiceName]: ReturnType<(typeof services)[K]> };
