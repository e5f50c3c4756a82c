import type { StrapiApp } from '@strapi/strapi/admin';

/** Strapi's admin keeps the interface language here (see @strapi/admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Latvian first (patches/@strapi+admin adds it to the language picker); English second.
    // The se-planning screens ship lv and en; Strapi's own strings fall back to English.
    locales: ['lv'],
  },
  register(_app: StrapiApp) {
    // Latvian is the default for anyone who has not chosen a language in their profile.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'lv');
  },
  bootstrap(_app: StrapiApp) {},
};
