import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Latvian first: the se-planning screens ship lv and en translations.
    locales: ['lv'],
  },
  bootstrap(_app: StrapiApp) {},
};
