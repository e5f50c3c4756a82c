/**
 * The public engagement activities (worksheet #9 information and engagement plan): published
 * only, the documented filters, facets, and an iCalendar feed of the same selection.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  activityCalendarQuery,
  activityListQuery,
  itemQuery,
  searchable,
  type ActivityCalendarQuery,
  type ActivityListQuery,
} from '../../../common/rules/public-query';
import { uidOf } from '../content-types/lookup';
import {
  commonFacets,
  commonMatchers,
  facetedFilter,
  publicCommon,
  publishedDocumentId,
  publishedDocuments,
  type Locale,
} from './public-catalogue';
import { paginate, parseQuery } from './public-query';
import { toICalendar } from './icalendar';

type Row = Record<string, any>;
const UID = uidOf('engagement-activity');

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** The public shape of an engagement activity: a whitelist, never the stored row. */
const toPublic = (row: Row, locale: Locale) => ({
  ...publicCommon(row, locale),
  description: row.description ?? null,
  audience: row.audience ?? null,
  channels: row.channels ?? null,
  startsAt: iso(row.startsAt),
  endsAt: iso(row.endsAt),
  timelineNote: row.timelineNote ?? null,
  place: row.place ?? null,
  registrationUrl: row.registrationUrl ?? null,
  responsibleUnit: row.responsibleUnit?.name ?? null,
  publishedAt: row.publishedAt,
});
type Activity = ReturnType<typeof toPublic>;

const compare: Record<ActivityListQuery['sort'], (a: Activity, b: Activity) => number> = {
  'startsAt:asc': (a, b) => (a.startsAt ?? '9999').localeCompare(b.startsAt ?? '9999'),
  'startsAt:desc': (a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? ''),
  'title:asc': (a, b) => a.title.localeCompare(b.title, 'lv'),
};

/** Overlaps the asked period: ends on or after `from`, starts on or before `to` (whole days). */
const inPeriod = (activity: Activity, from?: string, to?: string) => {
  const start = activity.startsAt ?? activity.endsAt;
  const end = activity.endsAt ?? activity.startsAt;
  if (!start || !end) return !from && !to;
  return (!from || end.slice(0, 10) >= from) && (!to || start.slice(0, 10) <= to);
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const published = async (locale: Locale, where: Row = {}) =>
    (await publishedDocuments(strapi, UID, locale, { responsibleUnit: { select: ['name'] } }, where)).map((row) =>
      toPublic(row, locale),
    );

  async function select(params: ActivityCalendarQuery) {
    const needle = params.q ? searchable(params.q) : null;
    const base = (await published(params.locale)).filter(
      (a) =>
        inPeriod(a, params.from, params.to) &&
        (!needle || searchable([a.title, a.description ?? '', a.audience ?? ''].join(' ')).includes(needle)),
    );
    return facetedFilter(
      base,
      { municipality: params.municipality, targetGroup: params.targetGroup },
      commonMatchers,
      commonFacets,
    );
  }

  return {
    async list(query: unknown) {
      const params = parseQuery<ActivityListQuery>(activityListQuery, query);
      const { results, facets } = await select(params);
      const { data, pagination } = paginate(results.sort(compare[params.sort]), params);
      return { data, meta: { pagination, facets } };
    },

    async calendar(query: unknown, origin: string) {
      const params = parseQuery<ActivityCalendarQuery>(activityCalendarQuery, query);
      const { results } = await select(params);
      return toICalendar(
        results.sort(compare['startsAt:asc']).filter((a) => a.startsAt),
        { name: params.locale === 'en' ? 'Engagement activities' : 'Sabiedrības iesaistes aktivitātes', origin },
      );
    },

    async findOne(slugOrDocumentId: string, query: unknown) {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const documentId = await publishedDocumentId(strapi, UID, slugOrDocumentId);
      const [activity] = documentId ? await published(locale, { documentId }) : [];
      if (!activity) throw new errors.NotFoundError('Aktivitāte nav atrasta');
      return { data: activity };
    },
  };
};
