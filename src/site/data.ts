/**
 * What the website shows, read through the same public services as the API (the plugin's public read model):
 * only approved, published content and adopted plans, never drafts. The services answer JSON text; the pages
 * read it as the API's documented shapes.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../plugins/se-planning/server/src/get-service';
import type { activityAnswer, Locale, programmeAnswer } from '../plugins/se-planning/server/src/publication/render';
import type { ProgrammeState } from '../plugins/se-planning/common/programme-state';
import type { PublicMeasurement, PublicResult } from '../plugins/se-planning/server/src/public-api/results';

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };
export type Facets = Record<string, Record<string, number>>;
export type List<T> = { data: T[]; meta: { pagination: Pagination; facets: Facets } };

export type Programme = ReturnType<typeof programmeAnswer> & { state: { key: ProgrammeState; label: string } };
export type Activity = ReturnType<typeof activityAnswer>;
export type Measurement = PublicMeasurement;
export type Result = PublicResult;
export type Decision = { number: string | null; date: string | null };
export type Plan = {
  documentId: string;
  title: string;
  summary: string | null;
  periodStartYear: number | null;
  periodEndYear: number | null;
  municipality: { slug: string; name: string } | null;
  status: { key: string; label: string };
  version: number;
  councilDecision: Decision;
};
export type Municipality = {
  slug: string;
  name: string;
  region: { key: string; label: string } | null;
  website: string | null;
};
export type TargetGroup = { slug: string; name: string; description: string | null };

/** A query as the site passes it on: the form's parameters, the page's language. */
export type SiteQuery = Record<string, string | string[] | number | undefined>;

/** Every row of a vocabulary list (at most 100 a page). */
async function allOf<T>(
  read: (query: SiteQuery) => Promise<{ data: T[]; meta: { pagination: Pagination } }>,
  locale: Locale,
) {
  const rows: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await read({ locale, page, pageSize: 100 });
    rows.push(...answer.data);
    if (page >= answer.meta.pagination.pageCount) return rows;
  }
}

export const siteData = (strapi: Core.Strapi) => {
  const parsed = <T>(json: Promise<string>) => json.then((text) => JSON.parse(text) as T);
  const programmes = getService(strapi, 'public-programmes');
  const activities = getService(strapi, 'public-activities');
  const vocabulary = getService(strapi, 'public-vocabulary');
  return {
    programmes: (query: SiteQuery) => parsed<List<Programme>>(programmes.list(query)),
    programme: (slug: string, locale: Locale) => parsed<{ data: Programme }>(programmes.findOne(slug, { locale })),
    activities: (query: SiteQuery) => parsed<List<Activity>>(activities.list(query)),
    activity: (slug: string, locale: Locale) => parsed<{ data: Activity }>(activities.findOne(slug, { locale })),
    results: (query: SiteQuery) => parsed<List<Result>>(getService(strapi, 'public-results').list(query)),
    plans: (query: SiteQuery) => parsed<List<Plan>>(getService(strapi, 'public-plans').list(query)),
    municipalities: (locale: Locale) =>
      allOf(
        (query) =>
          vocabulary.municipalities(query) as Promise<{ data: Municipality[]; meta: { pagination: Pagination } }>,
        locale,
      ),
    targetGroups: (locale: Locale) =>
      allOf(
        (query) => vocabulary.targetGroups(query) as Promise<{ data: TargetGroup[]; meta: { pagination: Pagination } }>,
        locale,
      ),
  };
};
export type SiteData = ReturnType<typeof siteData>;
