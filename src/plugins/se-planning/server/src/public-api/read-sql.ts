/**
 * Reading the public read model (publication/read-tables.ts) in SQL. A list — its page, its total and every
 * facet count ("Granti (12)": per facet, what the other filters leave) — is two statements, sent at once: the
 * page, and the counts (from the catalogue's roll-ups or in one pass over the matching rows). The page's rows
 * come out as stored JSON, put together as text without being parsed again.
 */
import type { Core } from '@strapi/strapi';
import { queryWords } from '../../../common/rules/public-query';
import { answersTableOf, dialectOf, ftsTableOf, type ReadTable } from '../publication/read-tables';
import { readRows } from './read-db';
import { indexedSearch } from './search-index';

type Knex = Core.Strapi['db']['connection'];
type Row = Record<string, any>;

/** A piece of SQL with its bindings, in the order its `?` appear. */
export type Clause = { sql: string; bindings: unknown[] };
export const clause = (sql: string, bindings: unknown[] = []): Clause => ({ sql, bindings });

const marks = (values: unknown[]) => values.map(() => '?').join(', ');
/** `column in (…)`. */
export const isIn = (column: string, values: unknown[]) => clause(`${column} in (${marks(values)})`, values);

/**
 * A facet: how its wanted values filter the rows, the value (`key`) each row is counted under, and where the
 * catalogue keeps counts (facet-counts.ts), its column there (`counted`) — or, for the facet on the items'
 * target groups, that it is counted in the group counts (`group`).
 */
export type Facet = {
  where: (values: string[]) => Clause;
  key: Clause;
  join?: string;
  counted?: string;
  group?: true;
  /** Its value(s) in the one-pass count of the rows, if not `key` (the target groups: their list). */
  cellKey?: Clause;
};

/** A facet on a column of the read row (counted in the counts under the same column). */
export const byColumn = (column: string): Facet => ({
  where: (values) => isIn(column, values),
  key: clause(column),
  counted: column.replace(/^t\./, ''),
});

/** A facet on the target groups (a link table `row_id`, `slug`). */
export const byGroup = (groupsTable: string): Facet => ({
  where: (values) =>
    clause(`t.id in (select g.row_id from ${groupsTable} g where ${isIn('g.slug', values).sql})`, values),
  key: clause('g.slug'),
  join: `join ${groupsTable} g on g.row_id = t.id`,
  group: true,
  cellKey: clause('t.groups_key'),
});

/** A facet on a value computed from the row (a programme's state on the day), kept in the counts as `counted`. */
export const byExpression = (expression: Clause, counted?: string): Facet => ({
  where: (values) => clause(`(${expression.sql}) in (${marks(values)})`, [...expression.bindings, ...values]),
  key: expression,
  counted,
});

/** One key of an order: an expression over the row (`t`) or the search's ranking (`s`), and its direction. */
export type OrderKey = { sql: string; bindings?: unknown[]; desc?: boolean };

export type ListSpec<D extends string> = {
  table: ReadTable;
  /** Filters that are not facets: the language, search, amounts, the period. */
  filters: Clause[];
  /** The same filters as the page applies them, where it differs (a search's, so its order's index leads). */
  pageFilters?: Clause[];
  /** Named subqueries the filters use (`m as materialized (…)`: a search's matches, found once). */
  ctes?: Clause[];
  facets: Record<D, Facet>;
  wanted: Partial<Record<D, string[] | undefined>>;
  /** The order, ending with a unique column so pages never overlap. */
  order: OrderKey[];
  /** A join the page needs for its order (search relevance). */
  join?: Clause;
  /** A value computed for each row of the page (a programme's state). */
  extra?: Clause;
  /**
   * The catalogue's counts, when they may answer this list: its only filter besides the facets is the language
   * (`locale`), and the counts are current. Used unless several target groups are wanted (an item with two of
   * them would be counted twice); otherwise every facet is counted from the rows.
   */
  counts?: { table: string; groups: string; locale: string };
  /**
   * A search whose page and facets may come from the index in memory (search-index.ts): its matches' ids, when
   * the order is a key's (not relevance) and nothing but the language and the search filters the list.
   */
  indexed?: { matches: Clause; locale: string };
  page: number;
  pageSize: number;
};

const whereOf = (clauses: Clause[]): Clause =>
  clauses.length === 0
    ? clause('')
    : clause(
        `where ${clauses.map((c) => `(${c.sql})`).join(' and ')}`,
        clauses.flatMap((c) => c.bindings),
      );

const join = (parts: Clause[], separator: string) =>
  clause(
    parts.map((p) => p.sql).join(separator),
    parts.flatMap((p) => p.bindings),
  );

/** A facet value counted over every value of its facet, in the counts' roll-ups (facet-counts.ts). */
export const ANY = '*';

type Counted = {
  statement: Clause;
  tally: (rows: Row[]) => { total: number; facets: Record<string, Record<string, number>> };
};

/**
 * From the rows, in one pass: every combination of facet values (the target groups as their list) among the
 * items the filters that are not facets leave (search, amounts, period) is counted once; each facet and the total
 * then add up the combinations whose other values are wanted — a target group's count being that of every
 * combination that has it.
 */
function countedFromRows<D extends string>(spec: ListSpec<D>, wanted: [D, string[]][]): Counted {
  const facets = Object.entries(spec.facets) as [D, Facet][];
  const table = `${spec.table.name} t`;
  const wantedOf = new Map(wanted);
  const where = whereOf(spec.filters);
  const keys = facets.map(([, facet]) => facet.cellKey ?? facet.key);
  const statement = clause(
    `select ${keys.map((key, i) => `${key.sql} as f${i}`).join(', ')}, count(*) as n from ${table} ${where.sql} ` +
      `group by ${keys.map((_, i) => i + 1).join(', ')}`,
    [...keys.flatMap((key) => key.bindings), ...where.bindings],
  );
  const wants = facets.map(([name]) => wantedOf.get(name));
  return {
    statement,
    tally(rows) {
      const counts: Record<string, Record<string, number>> = Object.fromEntries(facets.map(([name]) => [name, {}]));
      let total = 0;
      const values: string[][] = facets.map(() => []);
      const held: boolean[] = facets.map(() => true);
      for (const row of rows) {
        const n = Number(row.n);
        let missing = 0;
        for (let i = 0; i < facets.length; i++) {
          const value = row[`f${i}`] as string | null;
          values[i] = !value ? [] : facets[i][1].group ? value.split(',') : [value];
          const want = wants[i];
          held[i] = !want || values[i].some((v) => want.includes(v));
          if (!held[i]) missing += 1;
        }
        if (missing === 0) total += n;
        if (missing > 1) continue;
        for (let i = 0; i < facets.length; i++) {
          // a facet counts the cells every other wanted facet holds
          if (missing === 1 && held[i]) continue;
          const counted = counts[facets[i][0]];
          for (const value of values[i]) counted[value] = (counted[value] ?? 0) + n;
        }
      }
      return { total, facets: counts };
    },
  };
}

/**
 * From the catalogue's counts: each facet, and the total, read from the roll-up whose other facets are fixed
 * to the wanted values (or to every value, `*`) — a handful of rows, whatever the number of items.
 */
function countedFromCounts<D extends string>(spec: ListSpec<D>, wanted: [D, string[]][]): Counted {
  const counts = spec.counts!;
  const facets = Object.entries(spec.facets) as [D, Facet][];
  const groupWanted = wanted.find(([facet]) => spec.facets[facet].group);
  const wantedOf = new Map(wanted);
  /** The cells: per other facet its wanted values or `*`; the counted facet itself any value but `*`. */
  const where = (counted?: D) =>
    whereOf([
      clause('c.locale = ?', [counts.locale]),
      ...facets.flatMap(([name, facet]) => {
        const column = facet.group ? 'c.slug' : `c.${facet.counted}`;
        if (name === counted) return facet.group ? [] : [clause(`${column} <> ?`, [ANY])];
        if (facet.group) return wantedOf.has(name) ? [isIn(column, wantedOf.get(name)!)] : [];
        return [wantedOf.has(name) ? isIn(column, wantedOf.get(name)!) : clause(`${column} = ?`, [ANY])];
      }),
    ]);
  // per target group when one is wanted (each item counted once) or when counting the groups
  const tableFor = (counted?: D) =>
    (counted && spec.facets[counted].group) || (groupWanted && groupWanted[0] !== counted)
      ? counts.groups
      : counts.table;
  const all = where();
  return {
    statement: join(
      [
        clause(`select 't' as part, null as k, sum(c.n) as n from ${tableFor()} c ${all.sql}`, all.bindings),
        ...facets.map(([name, facet]) => {
          const cells = where(name);
          const key = facet.group ? 'c.slug' : `c.${facet.counted}`;
          return clause(
            `select 'f:${name}', ${key}, sum(c.n) from ${tableFor(name)} c ${cells.sql} group by 2`,
            cells.bindings,
          );
        }),
      ],
      ' union all ',
    ),
    tally(rows) {
      const counted: Record<string, Record<string, number>> = Object.fromEntries(facets.map(([name]) => [name, {}]));
      let total = 0;
      for (const row of rows) {
        if (row.part === 't') total = Number(row.n ?? 0);
        else if (row.k !== null) counted[String(row.part).slice(2)][String(row.k)] = Number(row.n);
      }
      return { total, facets: counted };
    },
  };
}

/** `with …` before a statement that uses named subqueries. */
const withCtes = (ctes: Clause[] | undefined, statement: Clause) =>
  ctes?.length ? join([clause(`with ${join(ctes, ', ').sql}`, join(ctes, ', ').bindings), statement], ' ') : statement;

/**
 * The page: the ids of its rows in order (only the order's keys are sorted), then their stored answers — in
 * one statement whose own ORDER BY keeps the order.
 */
function pageStatement<D extends string>(spec: ListSpec<D>, all: Clause) {
  const keys = spec.order.map((key, i) => ({ ...key, alias: `o${i + 1}` }));
  const direction = (key: OrderKey) => (key.desc ? 'desc' : 'asc');
  const extra = spec.extra ?? clause('null');
  const answers = spec.table.answers ? answersTableOf(spec.table) : null;
  const inner = clause(
    `select t.id, ${answers ? '' : 't.rendered, '}${keys.map((k) => `${k.sql} as ${k.alias}`).join(', ')}, ${extra.sql} as x ` +
      `from ${spec.table.name} t ${spec.join?.sql ?? ''} ${all.sql} ` +
      `order by ${keys.map((k) => `${k.sql} ${direction(k)}`).join(', ')} limit ? offset ?`,
    [
      ...keys.flatMap((k) => k.bindings ?? []),
      ...extra.bindings,
      ...(spec.join?.bindings ?? []),
      ...all.bindings,
      ...keys.flatMap((k) => k.bindings ?? []),
      spec.pageSize,
      (spec.page - 1) * spec.pageSize,
    ],
  );
  const outer = keys.map((k) => `q.${k.alias} ${direction(k)}`).join(', ');
  return answers
    ? clause(
        `select a.rendered as k, q.x as x from (${inner.sql}) q join ${answers} a on a.id = q.id order by ${outer}`,
        inner.bindings,
      )
    : clause(`select q.rendered as k, q.x as x from (${inner.sql}) q order by ${outer}`, inner.bindings);
}

/** The page (stored JSON and the computed value of each row), the total, and the facet counts. */
export async function listPage<D extends string>(knex: Knex, spec: ListSpec<D>) {
  const wanted = (Object.entries(spec.wanted) as [D, string[] | undefined][]).filter((entry): entry is [D, string[]] =>
    Boolean(entry[1]?.length),
  );
  // (a page of the API's sizes: the calendar feed's thousands of events are read in SQL)
  if (spec.indexed && spec.pageSize <= 100) {
    const { rows, total, facets } = await indexedSearch(knex, {
      table: spec.table,
      locale: spec.indexed.locale,
      matches: spec.indexed.matches,
      facets: Object.entries(spec.facets) as [D, Facet][],
      wanted: new Map(wanted),
      order: spec.order,
      extra: spec.extra,
      page: spec.page,
      pageSize: spec.pageSize,
    });
    return answerOf(spec, rows, total, facets, 'index');
  }
  const countable =
    spec.counts &&
    wanted.every(([facet, values]) => (spec.facets[facet].group ? values.length === 1 : spec.facets[facet].counted)) &&
    Object.values<Facet>(spec.facets).every((facet) => facet.group || facet.counted);
  const all = whereOf([
    ...(spec.pageFilters ?? spec.filters),
    ...wanted.map(([facet, values]) => spec.facets[facet].where(values)),
  ]);
  const counted = countable ? countedFromCounts(spec, wanted) : countedFromRows(spec, wanted);
  // two statements, at once where the pool has two connections (PostgreSQL)
  const [pageRows, countRows] = await Promise.all([
    readRows(knex, withCtes(spec.ctes, pageStatement(spec, all))),
    readRows(knex, withCtes(countable ? undefined : spec.ctes, counted.statement)),
  ]);
  const { total, facets } = counted.tally(countRows);
  return answerOf(spec, pageRows, total, facets, countable ? 'counts' : 'rows');
}

/** The list's parts as the answer gives them: facet values counted at least once, in a fixed order. */
function answerOf<D extends string>(
  spec: ListSpec<D>,
  rows: Row[],
  found: number,
  tallied: Record<string, Record<string, number>>,
  countedFrom: 'counts' | 'rows' | 'index',
) {
  // facet values in a fixed order, so the same data always gives the same bytes
  const facetCounts = Object.fromEntries(
    Object.entries(tallied).map(([name, values]) => [
      name,
      Object.fromEntries(
        Object.entries(values)
          .filter(([, n]) => n > 0)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
    ]),
  ) as Record<D, Record<string, number>>;
  return {
    items: rows.map((row) => ({ rendered: row.k as string, extra: row.x })),
    facets: facetCounts,
    /** Whether the facets were counted from the catalogue's counts, from the rows or in the search index. */
    countedFrom,
    pagination: {
      page: spec.page,
      pageSize: spec.pageSize,
      pageCount: Math.ceil(found / spec.pageSize),
      total: found,
    },
  };
}

/**
 * Full-text search of a searchable read table: SQLite FTS5, PostgreSQL tsvector, both over the folded words
 * (searchWords), every word of the query matching the words that begin with it, all words required. `rank`
 * orders by relevance: a word in the title weighs more than one in the other texts.
 */
export function fullText(knex: Knex, table: ReadTable, q: string, locale: string) {
  const words = queryWords(q);
  // the matches, found once for all the list's parts
  const matches = (ids: Clause) => clause(`m as materialized (${ids.sql})`, ids.bindings);
  const filter = clause('t.id in (select m.id from m)');
  // the page walks its order's index and keeps the matches (not: sorts every match)
  const pageFilter = clause('+t.id in (select m.id from m)');
  if (words.length === 0) {
    const ids = clause(`select id from ${table.name} where 1 = 0`);
    return {
      ids,
      cte: matches(ids),
      filter,
      pageFilter,
      join: undefined,
      rank: [{ sql: 't.document_id' }] as OrderKey[],
    };
  }
  if (dialectOf(knex) === 'postgres') {
    const query = words.map((word) => `${word}:*`).join(' & ');
    const ids = clause(`select id from ${table.name} where locale = ? and search_vector @@ to_tsquery('simple', ?)`, [
      locale,
      query,
    ]);
    return {
      ids,
      cte: matches(ids),
      filter,
      pageFilter,
      join: undefined,
      rank: [
        { sql: `ts_rank(t.search_vector, to_tsquery('simple', ?))`, bindings: [query], desc: true },
        { sql: 't.document_id' },
      ] as OrderKey[],
    };
  }
  const fts = ftsTableOf(table, locale);
  const query = words.map((word) => `"${word}"*`).join(' ');
  const ids = clause(`select rowid as id from ${fts} where ${fts} match ?`, [query]);
  return {
    ids,
    cte: matches(ids),
    filter,
    pageFilter,
    join: clause(
      `join (select rowid as sid, bm25(${fts}, 4.0, 1.0) as score from ${fts} where ${fts} match ?) s on s.sid = t.id`,
      [query],
    ),
    rank: [{ sql: 's.score' }, { sql: 't.document_id' }] as OrderKey[],
  };
}

/** An order on a key column, ties by documentId in the same direction (both walk one index). */
export const byKey = (column: string, desc = false): OrderKey[] => [
  { sql: `t.${column}`, desc },
  { sql: 't.document_id', desc },
];

/** `{"data":[…],"meta":{…}}` from stored JSON texts, without parsing them. */
export const listAnswer = (items: string[], meta: object) =>
  `{"data":[${items.join(',')}],"meta":${JSON.stringify(meta)}}`;

/** Adds fields to a stored JSON object (text), before its closing brace. */
export const withFields = (rendered: string, fields: string) => `${rendered.slice(0, -1)},${fields}}`;
