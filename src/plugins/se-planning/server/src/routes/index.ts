import { actions } from '../../../common/permissions';

const allowed = (...required: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: required } },
];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/plans', handler: 'plan.overview', config: { policies: allowed(actions.read) } },
      {
        method: 'GET',
        path: '/plans/:documentId/checks',
        handler: 'plan.checks',
        config: { policies: allowed(actions.read) },
      },
      {
        method: 'POST',
        path: '/plans/:documentId/adopt',
        handler: 'review.adopt',
        config: { policies: allowed(actions.managePlan) },
      },
      {
        method: 'POST',
        path: '/plans/:documentId/archive',
        handler: 'review.archive',
        config: { policies: allowed(actions.managePlan) },
      },
      { method: 'GET', path: '/review/queue', handler: 'review.queue', config: { policies: allowed(actions.approve) } },
      {
        method: 'GET',
        path: '/review/:type/:documentId',
        handler: 'review.show',
        config: { policies: allowed(actions.read) },
      },
      {
        method: 'POST',
        path: '/review/:type/:documentId/submit',
        handler: 'review.submit',
        config: { policies: allowed(actions.submit) },
      },
      {
        method: 'POST',
        path: '/review/:type/:documentId/approve',
        handler: 'review.approve',
        config: { policies: allowed(actions.approve) },
      },
      {
        method: 'POST',
        path: '/review/:type/:documentId/request-changes',
        handler: 'review.requestChanges',
        config: { policies: allowed(actions.approve) },
      },
    ],
  },
};
