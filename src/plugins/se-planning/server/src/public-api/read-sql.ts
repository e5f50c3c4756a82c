/**
 * Reading the public read model (publication/read-tables.ts) in SQL. A list — its page, its total and every
 * facet count ("Granti (12)": per facet, what the other filters leave) — is one statement: the parts joined by
 * UNION ALL, so a list costs one round trip to the database whatever its facets. The page's rows come out
 * as stored JSON, put together as text without being parsed again.
 */
import type { Core } from '@strapi/strapi';
import { queryWords } from '../../../common/rules/public-query';
import { dialectOf, ftsTableOf, type ReadTable } from '../publication/read-tables';
import { readRows } from './read-db';

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
export type Facet = { where: (values: string[]) => Clause; key: Clause; join?: string; counted?: string; group?: true };

/** A facet on a column of the read row (counted in the counts under the same column). */
export const byColumn = (column: string): Facet => ({
  where: (values) => isIn(column, values),
  key: clause(column),
  counted: column.replace(/^t\./, ''),
});

/** A facet on the target groups (a link table `row_id`, `slug`). */
export const byGroup = (groupsTable: string): Facet => ({
  where: (values) => clause(`t.id in (select g.row_id from ${groupsTable} g where ${isIn('g.slug', values).sql})`, values),
  key: clause('g.slug'),
  join: `join ${groupsTable} g on g.row_id = t.id`,
  group: true,
});

/** A facet on a value computed from the row (a programme's state on the day), kept in the counts as `counted`. */
export const byExpression = (expression: Clause, counted?: string): Facet => ({
  where: (values) => clause(`(${expression.sql}) in (${marks(values)})`, [...expression.bindings, ...values]),
  key: expression,
  counted,
});

export type ListSpec<D extends string> = {
  table: ReadTable;
  /** Filters that are not facets: the language, search, amounts, the period. */
  filters: Clause[];
  facets: Record<D, Facet>;
  wanted: Partial<Record<D, string[] | undefined>>;
  /** ORDER BY, ending with a unique column so pages never overlap. */
  order: Clause;
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
  page: number;
  pageSize: number;
};

const whereOf = (clauses: Clause[]): Clause =>
  clauses.length === 0
    ? clause('')
    : clause(`where ${clauses.map((c) => `(${c.sql})`).join(' and ')}`, clauses.flatMap((c) => c.bindings));

const join = (parts: Clause[], separator: string) =>
  clause(parts.map((p) => p.sql).join(separator), parts.flatMap((p) => p.bindings));

/** The facet counts and the total, from the rows: per facet, what the other filters leave. */
function countedFromRows<D extends string>(spec: ListSpec<D>, wanted: [D, string[]][]) {
  const where = (except?: D) =>
    whereOf([
      ...spec.filters,
      ...wanted.filter(([facet]) => facet !== except).map(([facet, values]) => spec.facets[facet].where(values)),
    ]);
  const table = `${spec.table.name} t`;
  const all = where();
  return [
    clause(`select 't', null, count(*), null from ${table} ${all.sql}`, all.bindings),
    ...(Object.entries(spec.facets) as [D, Facet][]).map(([name, facet]) => {
      const others = where(name);
      return clause(
        `select 'f:${name}', ${facet.key.sql}, count(*), null from ${table} ${facet.join ?? ''} ${others.sql} group by 2`,
        [...facet.key.bindings, ...others.bindings],
      );
    }),
  ];
}

/** The same from the catalogue's counts (a few rows per facet value instead of every item). */
function countedFromCounts<D extends string>(spec: ListSpec<D>, wanted: [D, string[]][]) {
  const counts = spec.counts!;
  const groupWanted = wanted.find(([facet]) => spec.facets[facet].group);
  const where = (except?: D) =>
    whereOf([
      clause('c.locale = ?', [counts.locale]),
      ...wanted
        .filter(([facet]) => facet !== except)
        .map(([facet, values]) => (spec.facets[facet].group ? isIn('c.slug', values) : isIn(`c.${spec.facets[facet].counted}`, values))),
    ]);
  // counted per group when one group is wanted (each item once), else over all items
  const tableFor = (except?: D) => (groupWanted && groupWanted[0] !== except ? counts.groups : counts.table);
  const all = where();
  return [
    clause(`select 't', null, sum(c.n), null from ${tableFor()} c ${all.sql}`, all.bindings),
    ...(Object.entries(spec.facets) as [D, Facet][]).map(([name, facet]) => {
      const others = where(name);
      const key = facet.group ? 'c.slug' : `c.${facet.counted}`;
      const table = facet.group ? counts.groups : tableFor(name);
      return clause(`select 'f:${name}', ${key}, sum(c.n), null from ${table} c ${others.sql} group by 2`, others.bindings);
    }),
  ];
}

/** The page (stored JSON and the computed value of each row), the total, and the facet counts. */
export async function listPage<D extends string>(knex: Knex, spec: ListSpec<D>) {
  const wanted = (Object.entries(spec.wanted) as [D, string[] | undefined][]).filter(
    (entry): entry is [D, string[]] => Boolean(entry[1]?.length),
  );
  const countable =
    spec.counts &&
    wanted.every(([facet, values]) => (spec.facets[facet].group ? values.length === 1 : spec.facets[facet].counted)) &&
    Object.values<Facet>(spec.facets).every((facet) => facet.group || facet.counted);
  const all = whereOf([...spec.filters, ...wanted.map(([facet, values]) => spec.facets[facet].where(values))]);
  const extra = spec.extra ?? clause('null');
  // the page's items in order: their ids first, then their stored answers (only those rows are read)
  const answers = spec.table.answers ? `${spec.table.name}_answers` : null;
  const ordered = clause(
    `select t.id, ${answers ? '' : 't.rendered, '}row_number() over (order by ${spec.order.sql}) as n, ${extra.sql} as x ` +
      `from ${spec.table.name} t ${spec.join?.sql ?? ''} ${all.sql} order by ${spec.order.sql} limit ? offset ?`,
    [
      ...spec.order.bindings,
      ...extra.bindings,
      ...(spec.join?.bindings ?? []),
      ...all.bindings,
      ...spec.order.bindings,
      spec.pageSize,
      (spec.page - 1) * spec.pageSize,
    ],
  );
  const page = answers
    ? clause(`select 'p' as part, a.rendered as k, q.n as n, q.x as x from (${ordered.sql}) q join ${answers} a on a.id = q.id`, ordered.bindings)
    : clause(`select 'p' as part, q.rendered as k, q.n as n, q.x as x from (${ordered.sql}) q`, ordered.bindings);
  const counted = countable ? countedFromCounts(spec, wanted) : countedFromRows(spec, wanted);
  const rows = await readRows(knex, join([page, ...counted], ' union all '));
  const counts = Object.fromEntries(Object.keys(spec.facets).map((name) => [name, {} as Record<string, number>]));
  let found = 0;
  const items: { rendered: string; extra: unknown; n: number }[] = [];
  for (const row of rows) {
    if (row.part === 'p') items.push({ rendered: row.k, extra: row.x, n: Number(row.n) });
    else if (row.part === 't') found = Number(row.n ?? 0);
    else if (row.k !== null && Number(row.n) > 0) counts[String(row.part).slice(2)][String(row.k)] = Number(row.n);
  }
  items.sort((a, b) => a.n - b.n);
  // facet values in a fixed order, so the same data always gives the same bytes
  const facetCounts = Object.fromEntries(
    Object.entries(counts).map(([name, values]) => [
      name,
      Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    ]),
  ) as Record<D, Record<string, number>>;
  return {
    items,
    facets: facetCounts,
    /** Whether the facets were counted from the catalogue's counts (tests compare both ways). */
    countedFrom: countable ? ('counts' as const) : ('rows' as const),
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
  if (words.length === 0) return { filter: clause('1 = 0'), join: undefined, rank: clause('t.document_id') };
  if (dialectOf(knex) === 'postgres') {
    const query = words.map((word) => `${word}:*`).join(' & ');
    return {
      filter: clause(`t.search_vector @@ to_tsquery('simple', ?)`, [query]),
      join: undefined,
      rank: clause(`ts_rank(t.search_vector, to_tsquery('simple', ?)) desc, t.document_id asc`, [query]),
    };
  }
  const fts = ftsTableOf(table, locale);
  const query = words.map((word) => `"${word}"*`).join(' ');
  return {
    filter: clause(`t.id in (select rowid from ${fts} where ${fts} match ?)`, [query]),
    join: clause(`join (select rowid as sid, bm25(${fts}, 4.0, 1.0) as score from ${fts} where ${fts} match ?) s on s.sid = t.id`, [
      query,
    ]),
    rank: clause('s.score asc, t.document_id asc'),
  };
}

/** ORDER BY on the title's sort key: byte order, the same on both databases. */
export const titleOrder = (knex: Knex, direction: 'asc' | 'desc') =>
  `t.sort_title${dialectOf(knex) === 'postgres' ? ' collate "C"' : ''} ${direction}, t.document_id asc`;

/** `{"data":[…],"meta":{…}}` from stored JSON texts, without parsing them. */
export const listAnswer = (items: string[], meta: object) => `{"data":[${items.join(',')}],"meta":${JSON.stringify(meta)}}`;

/** Adds fields to a stored JSON object (text), before its closing brace. */
export const withFields = (rendered: string, fields: string) => `${rendered.slice(0, -1)},${fields}}`;
