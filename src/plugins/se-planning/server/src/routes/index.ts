import { actions } from '../permissions';

const canRead = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [actions.read] } },
];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/plans', handler: 'plan.overview', config: { policies: canRead } },
      { method: 'GET', path: '/plans/:documentId/checks', handler: 'plan.checks', config: { policies: canRead } },
    ],
  },
};
