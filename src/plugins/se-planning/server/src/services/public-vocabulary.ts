/** The public lists of municipalities and target groups (the shared vocabulary), public fields only. */
import type { Core } from '@strapi/strapi';
import { vocabularyQuery, type VocabularyQuery } from '../../../common/rules/public-query';
import { labelOf, planningRegions } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';
import { paginate, parseQuery } from './public-query';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async municipalities(query: unknown) {
    const params = parseQuery<VocabularyQuery>(vocabularyQuery, query);
    const rows = (await strapi.db.query(uidOf('municipality') as never).findMany({
      select: ['slug', 'name', 'region', 'website'],
      orderBy: { name: 'asc' },
    })) as Row[];
    const { data, pagination } = paginate(
      rows.map((m) => ({
        slug: m.slug,
        name: m.name,
        region: m.region ? { key: m.region, label: labelOf(planningRegions, m.region, params.locale) } : null,
        website: m.website ?? null,
      })),
      params,
    );
    return { data, meta: { pagination } };
  },

  async targetGroups(query: unknown) {
    const params = parseQuery<VocabularyQuery>(vocabularyQuery, query);
    const rows = (await strapi.db.query(uidOf('target-group') as never).findMany({
      select: ['slug', 'name', 'nameEn', 'description'],
      orderBy: { name: 'asc' },
    })) as Row[];
    const { data, pagination } = paginate(
      rows.map((g) => ({
        slug: g.slug,
        name: (params.locale === 'en' && g.nameEn) || g.name,
        description: g.description ?? null,
      })),
      params,
    );
    return { data, meta: { pagination } };
  },
});
