/**
 * The public support-programme catalogue, read from the public read model (publication/): only what an
 * approver published, as it was published. Filters, facet counts, sorting, search and pagination follow the
 * documented query parameters (common/rules/public-query.ts), in one SQL statement (read-sql.ts); the state
 * of a programme's application window follows today's date in Riga and is added to the stored answer.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { itemQuery, programmeListQuery, type ProgrammeListQuery } from '../../../common/rules/public-query';
import { rigaToday } from '../../../common/programme-state';
import { programmeStates } from '../../../common/vocabulary';
import { answersTableOf, programmeStateSql, readTables } from '../publication/read-tables';
import { getService } from '../get-service';
import type { Locale } from '../publication/render';
import { parseQuery } from './query-errors';
import {
  byColumn,
  byExpression,
  byGroup,
  clause,
  fullText,
  listAnswer,
  listPage,
  byKey,
  withFields,
  type Clause,
  type OrderKey,
} from './read-sql';
import { readRows } from './read-db';

const TABLE = readTables.programmes;

/** The documented sorts (missing values last), each ending with the documentId so pages never overlap. */
const ORDERS: Record<NonNullable<ProgrammeListQuery['sort']>, OrderKey[]> = {
  'closesOn:asc': byKey('closes_asc'),
  'closesOn:desc': byKey('closes_desc', true),
  'title:asc': byKey('sort_title'),
  'title:desc': byKey('sort_title', true),
  'amountMax:desc': byKey('amount_desc', true),
  'publishedAt:desc': byKey('published_at', true),
};
const GROUPS = readTables.programmeGroups;

/** `programmeState` (common/programme-state.ts) as SQL, for today. */
const stateOf = (today: string) => programmeStateSql(today);

/** A programme's state, as the answer gives it: `"state":{"key","label"}`. */
const stateFields = Object.fromEntries(
  (['lv', 'en'] as Locale[]).map((locale) => [
    locale,
    Object.fromEntries(
      Object.entries(programmeStates).map(([key, label]) => [
        key,
        `"state":${JSON.stringify({ key, label: label[locale] })}`,
      ]),
    ),
  ]),
) as Record<Locale, Record<string, string>>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;


  return {
    /** The list as JSON text (the stored answers put together). */
    async list(query: unknown): Promise<string> {
      const params = parseQuery<ProgrammeListQuery>(programmeListQuery, query);
      const today = rigaToday();
      const search = params.q ? fullText(knex(), TABLE, params.q, params.locale) : undefined;
      const filters: Clause[] = [clause('t.locale = ?', [params.locale])];
      if (search) filters.push(search.filter);
      if (params.amountMin !== undefined) filters.push(clause('t.offer_amount >= ?', [params.amountMin]));
      const ctes = search ? [search.cte] : [];
      const byRelevance = search && !params.sort;
      // the facets from the catalogue's counts, unless a search or an amount narrows the list (or they are a day old)
      const countable = filters.length === 1 && (await getService(strapi, 'read-model').countsReady(today));
      const { items, facets, pagination } = await listPage(knex(), {
        table: TABLE,
        filters,
        pageFilters: search && filters.map((f) => (f === search.filter ? search.pageFilter : f)),
        ctes,
        facets: {
          municipality: byColumn('t.municipality_slug'),
          targetGroup: byGroup(GROUPS.name),
          kind: byColumn('t.kind'),
          state: byExpression(stateOf(today), 'state'),
        },
        counts: countable
          ? { table: readTables.programmeCounts.name, groups: readTables.programmeGroupCounts.name, locale: params.locale }
          : undefined,
        wanted: {
          municipality: params.municipality,
          targetGroup: params.targetGroup,
          kind: params.kind,
          state: params.state,
        },
        order: byRelevance ? search.rank : ORDERS[params.sort ?? 'closesOn:asc'],
        join: byRelevance ? search.join : undefined,
        // a search in an order of its own: its facets and page from the index in memory
        indexed: search && !byRelevance && filters.length === 2 ? { matches: search.ids, locale: params.locale } : undefined,
        extra: stateOf(today),
        page: params.page,
        pageSize: params.pageSize,
      });
      const states = stateFields[params.locale];
      return listAnswer(
        items.map((item) => withFields(item.rendered, states[String(item.extra)])),
        { pagination, facets },
      );
    },

    /** One programme by its slug (in any language) or documentId, as JSON text. */
    async findOne(slugOrDocumentId: string, query: unknown): Promise<string> {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const state = stateOf(rigaToday());
      const [row] = await readRows(
        knex(),
        clause(
          `select a.rendered, ${state.sql} as state from ${TABLE.name} t join ${answersTableOf(TABLE)} a on a.id = t.id ` +
            `where t.locale = ? and t.document_id in ` +
            `(select n.document_id from ${TABLE.name} n where n.document_id = ? or n.slug = ?) limit 1`,
          [...state.bindings, locale, slugOrDocumentId, slugOrDocumentId],
        ),
      );
      if (!row) throw new errors.NotFoundError('Atbalsta programma nav atrasta');
      return `{"data":${withFields(row.rendered, stateFields[locale][row.state])}}`;
    },
  };
};
