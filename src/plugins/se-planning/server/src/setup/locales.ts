/**
 * Latvian is the default content locale and English the second. The default is set once, on the
 * first start (an administrator may change it later); both locales are ensured on every start.
 */
import type { Core } from '@strapi/strapi';

const LOCALES = [
  { code: 'lv', name: 'Latvian (lv)' },
  { code: 'en', name: 'English (en)' },
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensure() {
    const service = strapi.plugin('i18n').service('locales');
    for (const locale of LOCALES) {
      if (!(await service.findByCode(locale.code))) await service.create(locale);
    }
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    if (!(await store.get({ key: 'defaultLocaleSet' }))) {
      await service.setDefaultLocale({ code: 'lv' });
      await store.set({ key: 'defaultLocaleSet', value: true });
    }
  },
});
