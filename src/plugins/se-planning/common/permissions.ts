/**
 * The plugin's RBAC actions, declared once: the server registers them and guards its routes with
 * them, the staff roles are granted them, and the admin pages and the review panel ask for them.
 */
export const PLUGIN_ID = 'se-planning';

const definitions = {
  read: 'Skatīt plānus, pārbaudes un vēsturi',
  submit: 'Iesniegt izskatīšanai',
  approve: 'Apstiprināt vai pieprasīt labojumus',
  publish: 'Publicēt apstiprināto',
  'manage-plan': 'Pieņemt, grozīt un arhivēt plānu; dzēst publicētu saturu',
  'manage-vocabulary': 'Uzturēt valsts mērķa grupu vārdnīcu',
} as const;

type ActionKey = keyof typeof definitions;
const uid = <K extends ActionKey>(key: K) => `plugin::${PLUGIN_ID}.${key}` as const;

/** Action uids (`plugin::se-planning.<key>`) by the name the code uses. */
export const actions = {
  read: uid('read'),
  submit: uid('submit'),
  approve: uid('approve'),
  publish: uid('publish'),
  managePlan: uid('manage-plan'),
  manageVocabulary: uid('manage-vocabulary'),
} as const;
export type ActionName = keyof typeof actions;

/** What the server registers with Strapi's action provider. */
export const actionDefinitions = (Object.entries(definitions) as [ActionKey, string][]).map(([key, displayName]) => ({
  uid: key,
  displayName,
  section: 'plugins',
  pluginName: PLUGIN_ID,
}));

/** The admin's `permissions` props (`Page.Protect`, menu links, `useRBAC`): one action each. */
export const permissionsFor = (name: ActionName) => [{ action: actions[name], subject: null }];
