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
import { commonDimensions, catalogueRows, publicCommon, publishedItem, type Related, type Locale } from './catalogue';
import { parseQuery } from './query-errors';
import { dbInstant, listPage, publishedRows, searchFilter, sqlTable, titleOrder, type QB } from './sql';
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
  responsibleUnit: row.responsibleUnit?.[0]?.name ?? null,
  publishedAt: row.publishedAt,
});

/** The documented sorts, each ending with the id so pages never overlap. */
const orderBy = (strapi: Core.Strapi): Record<ActivityListQuery['sort'], string> => ({
  'startsAt:asc': 't.starts_at is null, t.starts_at asc, t.id asc',
  'startsAt:desc': 't.starts_at is null, t.starts_at desc, t.id asc',
  'title:asc': `${titleOrder(strapi, 'asc')}, t.id asc`,
});

/** At most this many events in one calendar feed (the earliest first); narrow it with from/to. */
const CALENDAR_LIMIT = 5000;

const related: Related = { responsibleUnit: ['name'] };

/** The portal's public address (config/plugins.ts, from PUBLIC_URL; checked when the configuration loads). */
const publicUrlOf = (strapi: Core.Strapi) => {
  const url = strapi.config.get('plugin::se-planning.publicUrl');
  if (typeof url !== 'string' || url === '') throw new Error('se-planning: publicUrl (PUBLIC_URL) is not configured');
  return url;
};

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Overlaps the asked period, in whole (UTC) days: ends on or after `from`, starts before the
   * day after `to`; an activity with one end only is that moment. Undated ones match no period.
   * Written as ORs over plain columns so the starts_at and ends_at indexes serve.
   */
  const inPeriod = (from?: string, to?: string) => (qb: QB) => {
    const atOrAfter = (first: string, second: string, instant: number | Date) =>
      qb.where((either) =>
        either.where(first, '>=', instant).orWhere((only) => only.whereNull(first).where(second, '>=', instant)),
      );
    const before = (first: string, second: string, instant: number | Date) =>
      qb.where((either) =>
        either.where(first, '<', instant).orWhere((only) => only.whereNull(first).where(second, '<', instant)),
      );
    if (from) atOrAfter('t.ends_at', 't.starts_at', dbInstant(strapi, `${from}T00:00:00Z`));
    if (to) before('t.starts_at', 't.ends_at', dbInstant(strapi, nextDay(to)));
  };

  async function select(
    params: ActivityCalendarQuery,
    sort: ActivityListQuery['sort'],
    page: number,
    pageSize: number,
  ) {
    const table = sqlTable(strapi, UID);
    const { ids, facets, pagination } = await listPage({
      from: () => publishedRows(strapi, table, params.locale),
      filters: [searchFilter(params.q && searchable(params.q)), inPeriod(params.from, params.to)],
      dimensions: commonDimensions(strapi, table),
      wanted: { municipality: params.municipality, targetGroup: params.targetGroup },
      orderBy: orderBy(strapi)[sort],
      page,
      pageSize,
    });
    const rows = await catalogueRows(strapi, UID, ids, related);
    return { data: rows.map((row) => toPublic(row, params.locale)), facets, pagination };
  }

  return {
    async list(query: unknown) {
      const params = parseQuery<ActivityListQuery>(activityListQuery, query);
      const { data, facets, pagination } = await select(params, params.sort, params.page, params.pageSize);
      return { data, meta: { pagination, facets } };
    },

    /**
     * The feed's links and event ids name the portal's configured public URL (PUBLIC_URL), never the request's
     * Host: the answer is the same for everyone, so the response cache may share it.
     */
    async calendar(query: unknown) {
      const params = parseQuery<ActivityCalendarQuery>(activityCalendarQuery, query);
      const { data } = await select(params, 'startsAt:asc', 1, CALENDAR_LIMIT);
      return toICalendar(
        data.filter((a) => a.startsAt),
        {
          name: params.locale === 'en' ? 'Engagement activities' : 'Sabiedrības iesaistes aktivitātes',
          publicUrl: publicUrlOf(strapi),
        },
      );
    },

    async findOne(slugOrDocumentId: string, query: unknown) {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const row = await publishedItem(strapi, UID, slugOrDocumentId, locale, related);
      if (!row) throw new errors.NotFoundError('Aktivitāte nav atrasta');
      return { data: toPublic(row, locale) };
    },
  };
};
