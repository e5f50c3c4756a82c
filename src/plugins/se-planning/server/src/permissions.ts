/** Plugin RBAC actions, declared once and used by routes and admin pages alike. */
export const actions = {
  read: 'plugin::se-planning.read',
} as const;

export const actionDefinitions = [
  { uid: 'read', displayName: 'Skatīt plānus un to pārbaudes', section: 'plugins', pluginName: 'se-planning' },
];
