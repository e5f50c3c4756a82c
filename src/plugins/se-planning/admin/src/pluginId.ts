export const PLUGIN_ID = 'se-planning';
export const PERMISSIONS = { read: [{ action: 'plugin::se-planning.read', subject: null }] };
