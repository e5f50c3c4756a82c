import { Briefcase } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { permissionsFor } from '../../common/permissions';
import { ReviewPanel } from './components/ReviewPanel';
import { labelChoiceColumns } from './components/ChoiceCell';
import { inMethodOrder, menuMessages } from '../../common/content-manager-menu';
import { messageId } from './translate';
import lv from './translations/lv.json';
import en from './translations/en.json';

const translations: Record<string, Record<string, string>> = { lv, en };

const prefixed = (messages: Record<string, string>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [messageId(key), value]));

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Briefcase,
      intlLabel: { id: messageId('plugin.name'), defaultMessage: lv['plugin.name'] },
      Component: () => import('./pages/App'),
      permissions: permissionsFor('read'),
    });
    for (const [name, type] of [
      ['choice', 'enumeration'],
      ['choices', 'json'],
    ] as const) {
      app.customFields.register({
        name,
        pluginId: PLUGIN_ID,
        type,
        intlLabel: { id: messageId(`field.${name}`), defaultMessage: lv[`field.${name}`] },
        intlDescription: {
          id: messageId(`field.${name}.description`),
          defaultMessage: lv[`field.${name}.description`],
        },
        components: { Input: () => import('./components/ChoiceInput') },
      });
    }
    app.registerPlugin({ id: PLUGIN_ID, name: lv['plugin.name'] });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([ReviewPanel]);
    // the Content Manager's menu in the method's order: the plan, worksheets #1–#11, then the rest
    app.registerHook(
      'Admin/CM/pages/App/mutate-collection-types-links',
      ({ ctLinks, models }: { ctLinks: { uid: string; title: string }[]; models: unknown }) => ({
        ctLinks: inMethodOrder(ctLinks),
        models,
      }),
    );
    // fixed-list columns of the list views by their labels, not their stored keys
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelChoiceColumns);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    // the menu titles (common/content-manager-menu.ts) are shown as the content types' display names
    return locales.map((locale) => ({ locale, data: { ...prefixed(translations[locale] ?? lv), ...menuMessages() } }));
  },
};
