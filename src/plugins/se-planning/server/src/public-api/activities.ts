/**
 * The public engagement activities (worksheet #9 information and engagement plan), read from the public read
 * model: what an approver published, as it was published; the documented filters and facets, and an iCalendar
 * feed of the same selection.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  activityCalendarQuery,
  activityListQuery,
  itemQuery,
  type ActivityCalendarQuery,
  type ActivityListQuery,
} from '../../../common/rules/public-query';
import { answersTableOf, readTables } from '../publication/read-tables';
import type { activityAnswer, Locale } from '../publication/render';
import { parseQuery } from './query-errors';
import { byColumn, byGroup, byKey, clause, fullText, listAnswer, listPage, type Clause, type OrderKey } from './read-sql';
import { readRows } from './read-db';
import { toICalendar } from './icalendar';

const TABLE = readTables.activities;

/** The documented sorts (undated last), each ending with the documentId so pages never overlap. */
const ORDERS: Record<NonNullable<ActivityListQuery['sort']>, OrderKey[]> = {
  'startsAt:asc': byKey('starts_asc'),
  'startsAt:desc': byKey('starts_desc', true),
  'title:asc': byKey('sort_title'),
};
const GROUPS = readTables.activityGroups;

/** At most this many events in one calendar feed (the earliest first); narrow it with from/to. */
const CALENDAR_LIMIT = 5000;

/** The portal's public address (config/plugins.ts, from PUBLIC_URL; checked when the configuration loads). */
const publicUrlOf = (strapi: Core.Strapi) => {
  const url = strapi.config.get('plugin::se-planning.publicUrl');
  if (typeof url !== 'string' || url === '') throw new Error('se-planning: publicUrl (PUBLIC_URL) is not configured');
  return url;
};

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString();

/**
 * Overlaps the asked period, in whole (UTC) days: ends on or after `from`, starts before the day after `to`;
 * an activity with one end only is that moment. Undated ones match no period. (Times are stored as ISO text,
 * which orders as the moments do.)
 */
function inPeriod(from?: string, to?: string): Clause[] {
  const periods: Clause[] = [];
  if (from) {
    const start = `${from}T00:00:00.000Z`;
    periods.push(clause('t.ends_at >= ? or (t.ends_at is null and t.starts_at >= ?)', [start, start]));
  }
  if (to) {
    const end = nextDay(to);
    periods.push(clause('t.starts_at < ? or (t.starts_at is null and t.ends_at < ?)', [end, end]));
  }
  return periods;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;


  function select(params: ActivityCalendarQuery, sort: ActivityListQuery['sort'], page: number, pageSize: number) {
    const search = params.q ? fullText(knex(), TABLE, params.q, params.locale) : undefined;
    const byRelevance = search && !sort;
    const filters = [clause('t.locale = ?', [params.locale]), ...(search ? [search.filter] : []), ...inPeriod(params.from, params.to)];
    return listPage(knex(), {
      table: TABLE,
      filters,
      pageFilters: search ? filters.map((f) => (f === search.filter ? search.pageFilter : f)) : undefined,
      ctes: search ? [search.cte] : [],
      // the facets from the catalogue's counts, unless a search or a period narrows the list
      counts:
        filters.length === 1
          ? { table: readTables.activityCounts.name, groups: readTables.activityGroupCounts.name, locale: params.locale }
          : undefined,
      facets: { municipality: byColumn('t.municipality_slug'), targetGroup: byGroup(GROUPS.name) },
      wanted: { municipality: params.municipality, targetGroup: params.targetGroup },
      order: byRelevance ? search.rank : ORDERS[sort ?? 'startsAt:asc'],
      join: byRelevance ? search.join : undefined,
      // a search in an order of its own: its facets and page from the index in memory
      indexed: search && !byRelevance && filters.length === 2 ? { matches: search.ids, locale: params.locale } : undefined,
      page,
      pageSize,
    });
  }

  return {
    async list(query: unknown): Promise<string> {
      const params = parseQuery<ActivityListQuery>(activityListQuery, query);
      const { items, facets, pagination } = await select(params, params.sort, params.page, params.pageSize);
      return listAnswer(
        items.map((item) => item.rendered),
        { pagination, facets },
      );
    },

    /**
     * The feed's links and event ids name the portal's configured public URL (PUBLIC_URL), never the request's
     * Host: the answer is the same for everyone, so the response cache may share it.
     */
    async calendar(query: unknown) {
      const params = parseQuery<ActivityCalendarQuery>(activityCalendarQuery, query);
      const { items } = await select(params, 'startsAt:asc', 1, CALENDAR_LIMIT);
      const activities = items.map((item) => JSON.parse(item.rendered) as ReturnType<typeof activityAnswer>);
      return toICalendar(
        activities.filter((a) => a.startsAt),
        {
          name: params.locale === 'en' ? 'Engagement activities' : 'Sabiedrības iesaistes aktivitātes',
          publicUrl: publicUrlOf(strapi),
        },
      );
    },

    async findOne(slugOrDocumentId: string, query: unknown): Promise<string> {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const [row] = await readRows(
        knex(),
        clause(
          `select a.rendered from ${TABLE.name} t join ${answersTableOf(TABLE)} a on a.id = t.id where t.locale = ? and t.document_id in ` +
            `(select n.document_id from ${TABLE.name} n where n.document_id = ? or n.slug = ?) limit 1`,
          [locale, slugOrDocumentId, slugOrDocumentId],
        ),
      );
      if (!row) throw new errors.NotFoundError('Aktivitāte nav atrasta');
      return `{"data":${row.rendered}}`;
    },
  };
};
