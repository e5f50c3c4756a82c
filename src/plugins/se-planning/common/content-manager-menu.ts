/**
 * The Content Manager's menu in the method's order. The menu sorts its links by their title with a collator and
 * only then shows each title through the admin's translations (`formatMessage({ id: title, defaultMessage: title })`,
 * @strapi/content-manager 5.54 components/LeftMenu), so by display name "Atbalsta programmas" came first and the
 * worksheets in alphabetical order (#3, #5, #4, #2…). The plugin gives each of its links a title that sorts by the
 * position below and carries its display name (so the menu's search box still finds it by name), and registers that
 * title as a message whose text is the display name: the menu shows the names unchanged, in this order.
 */
import { PLUGIN_ID } from './permissions';
import { displayNames } from './display-names';
import { isModelName, type ModelName } from './model-names';

/** The plan, its 11 worksheets in order (#1 … #11), the public catalogue, then the shared vocabulary. */
export const menuOrder = [
  'plan',
  'policy-document',
  'cooperation-model',
  'data-source',
  'need',
  'resource',
  'support-given',
  'goal',
  'task',
  'activity',
  'indicator',
  'measurement',
  'partnership-step',
  'engagement-activity',
  'risk',
  'monitoring-activity',
  'support-programme',
  'municipality',
  'municipal-unit',
  'organisation',
  'target-group',
  'review-event',
] as const satisfies readonly ModelName[];

const prefix = `plugin::${PLUGIN_ID}.`;

/** The menu title of a type: its position (two digits, so 10 sorts after 09) and its display name. */
export const menuTitle = (name: ModelName) =>
  `${PLUGIN_ID}.menu.${String(menuOrder.indexOf(name as (typeof menuOrder)[number]) + 1).padStart(2, '0')} ${displayNames[name]}`;

/** The admin messages that show each menu title as the type's display name. */
export const menuMessages = (): Record<string, string> =>
  Object.fromEntries(menuOrder.map((name) => [menuTitle(name), displayNames[name]]));

/**
 * The Content Manager's links with the plugin's own retitled to sort in `menuOrder`; other links, and a link whose
 * title is not the display name this release knows (then it has no message to show it by), are left as they are.
 */
export function inMethodOrder<L extends { uid: string; title: string }>(links: L[]): L[] {
  return links.map((link) => {
    const name = link.uid.startsWith(prefix) ? link.uid.slice(prefix.length) : '';
    if (!isModelName(name) || link.title !== displayNames[name]) return link;
    return { ...link, title: menuTitle(name) };
  });
}
