/** The plugin's admin routes: each names the one RBAC action (common/permissions.ts) it needs. */
import { actions, type ActionName } from '../../../common/permissions';

type AdminRoute = [method: 'GET' | 'POST', path: string, handler: string, action: ActionName];

const adminRoutes: AdminRoute[] = [
  ['GET', '/plans', 'plan.overview', 'read'],
  ['GET', '/plans/:documentId/checks', 'plan.checks', 'read'],
  ['GET', '/plans/:documentId/workspace', 'plan.workspace', 'read'],
  ['GET', '/plans/:documentId/chain', 'plan.chain', 'read'],
  ['GET', '/plans/:documentId/export.docx', 'plan.exportDocx', 'read'],
  ['GET', '/plans/:documentId/export.pdf', 'plan.exportPdf', 'read'],
  ['GET', '/plans/:documentId/versions/:number/export.docx', 'plan.exportDocx', 'read'],
  ['GET', '/plans/:documentId/versions/:number/export.pdf', 'plan.exportPdf', 'read'],
  ['GET', '/exports/availability', 'plan.exportAvailability', 'read'],
  ['GET', '/plans/:documentId/export.xlsx', 'plan.exportXlsx', 'read'],
  // a write of rows: planners' action; the write guard (scoping, revisions, rules) judges each row
  ['POST', '/plans/:documentId/import', 'plan.importRows', 'submit'],
  ['POST', '/plans/:documentId/adopt', 'review.adopt', 'managePlan'],
  ['POST', '/plans/:documentId/amend', 'review.amend', 'managePlan'],
  ['POST', '/plans/:documentId/archive', 'review.archive', 'managePlan'],
  ['GET', '/review/queue', 'review.queue', 'approve'],
  ['GET', '/review/:type/:documentId', 'review.show', 'read'],
  ['POST', '/review/:type/:documentId/submit', 'review.submit', 'submit'],
  ['POST', '/review/:type/:documentId/approve', 'review.approve', 'approve'],
  ['POST', '/review/:type/:documentId/request-changes', 'review.requestChanges', 'approve'],
  ['POST', '/review/:type/:documentId/republish', 'review.republish', 'publish'],
];

export default {
  admin: {
    type: 'admin',
    routes: adminRoutes.map(([method, path, handler, action]) => ({
      method,
      path,
      handler,
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          { name: 'admin::hasPermissions', config: { actions: [actions[action]] } },
        ],
      },
    })),
  },
};
