/** The public lists of municipalities and target groups (the shared vocabulary), public fields only. */
import type { Core } from '@strapi/strapi';
import { vocabularyQuery, type VocabularyQuery } from '../../../common/rules/public-query';
import { labelOf, planningRegions } from '../../../common/vocabulary';
import { uidOf } from '../content-types/lookup';
import { paginate, parseQuery } from './query-errors';
import { rowsOf } from '../content-types/store';
import type { ModelName } from '../../../common/model-names';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** One list: the parameters checked, the rows read by name, each mapped to its public shape. */
  const publicList =
    (type: ModelName, select: string[], toPublic: (row: Row, params: VocabularyQuery) => object) =>
    async (query: unknown) => {
      const params = parseQuery<VocabularyQuery>(vocabularyQuery, query);
      const rows = (await rowsOf(strapi, type).findMany({ select, orderBy: { name: 'asc' } })) as Row[];
      const { data, pagination } = paginate(
        rows.map((row) => toPublic(row, params)),
        params,
      );
      return { data, meta: { pagination } };
    };

  return {
    municipalities: publicList('municipality', ['slug', 'name', 'region', 'website'], (m, { locale }) => ({
      slug: m.slug,
      name: m.name,
      region: m.region ? { key: m.region, label: labelOf(planningRegions, m.region, locale) } : null,
      website: m.website ?? null,
    })),
    targetGroups: publicList('target-group', ['slug', 'name', 'nameEn', 'description'], (g, { locale }) => ({
      slug: g.slug,
      name: (locale === 'en' && g.nameEn) || g.name,
      description: g.description ?? null,
    })),
  };
};
