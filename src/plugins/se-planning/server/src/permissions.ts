/** Plugin RBAC actions, declared once and used by routes, roles and admin pages alike. */
const PLUGIN = 'plugin::se-planning';

export const actions = {
  read: `${PLUGIN}.read`,
  submit: `${PLUGIN}.submit`,
  approve: `${PLUGIN}.approve`,
  publish: `${PLUGIN}.publish`,
  managePlan: `${PLUGIN}.manage-plan`,
} as const;

export const actionDefinitions = [
  { uid: 'read', displayName: 'Skatīt plānus, pārbaudes un vēsturi' },
  { uid: 'submit', displayName: 'Iesniegt izskatīšanai' },
  { uid: 'approve', displayName: 'Apstiprināt vai pieprasīt labojumus' },
  { uid: 'publish', displayName: 'Publicēt apstiprināto' },
  { uid: 'manage-plan', displayName: 'Pieņemt plānu (domes lēmums)' },
].map((action) => ({ ...action, section: 'plugins', pluginName: 'se-planning' }));
