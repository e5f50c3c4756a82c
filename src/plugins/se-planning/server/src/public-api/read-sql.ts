/**
 * Reading the public read model (publication/read-tables.ts) in SQL. A list — its page, its total and every
 * facet count ("Granti (12)": per facet, what the other filters leave) — is one statement: the parts joined by
 * UNION ALL, so a list costs one round trip to the database whatever its facets. The page's rows come out
 * as stored JSON, put together as text without being parsed again.
 */
import type { Core } from '@strapi/strapi';
import { queryWords } from '../../../common/rules/public-query';
import { dialectOf, ftsTableOf, type ReadTable } from '../publication/read-tables';

type Knex = Core.Strapi['db']['connection'];
type Row = Record<string, any>;

/** A piece of SQL with its bindings, in the order its `?` appear. */
export type Clause = { sql: string; bindings: unknown[] };
export const clause = (sql: string, bindings: unknown[] = []): Clause => ({ sql, bindings });

const marks = (values: unknown[]) => values.map(() => '?').join(', ');
/** `column in (…)`. */
export const isIn = (column: string, values: unknown[]) => clause(`${column} in (${marks(values)})`, values);

/** A facet: how its wanted values filter, and the value (`key`) each row is counted under. */
export type Facet = { where: (values: string[]) => Clause; key: Clause; join?: string };

/** A facet on a column of the read row. */
export const byColumn = (column: string): Facet => ({ where: (values) => isIn(column, values), key: clause(column) });

/** A facet on the target groups (a link table `row_id`, `slug`). */
export const byGroup = (groupsTable: string): Facet => ({
  where: (values) => clause(`t.id in (select g.row_id from ${groupsTable} g where ${isIn('g.slug', values).sql})`, values),
  key: clause('g.slug'),
  join: `join ${groupsTable} g on g.row_id = t.id`,
});

/** A facet on a value computed from the row (a programme's state on the day). */
export const byExpression = (expression: Clause): Facet => ({
  where: (values) => clause(`(${expression.sql}) in (${marks(values)})`, [...expression.bindings, ...values]),
  key: expression,
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
  page: number;
  pageSize: number;
};

const whereOf = (clauses: Clause[]): Clause =>
  clauses.length === 0
    ? clause('')
    : clause(`where ${clauses.map((c) => `(${c.sql})`).join(' and ')}`, clauses.flatMap((c) => c.bindings));

const join = (parts: Clause[], separator: string) =>
  clause(parts.map((p) => p.sql).join(separator), parts.flatMap((p) => p.bindings));

/** A statement's rows, the same shape on SQLite and PostgreSQL. */
export async function rowsOfRaw(knex: Knex, statement: Clause): Promise<Row[]> {
  const result = await knex.raw(statement.sql, statement.bindings as never);
  return (Array.isArray(result) ? result : result.rows) as Row[];
}

/** The page (stored JSON and the computed value of each row), the total, and the facet counts. */
export async function listPage<D extends string>(knex: Knex, spec: ListSpec<D>) {
  const wanted = (Object.entries(spec.wanted) as [D, string[] | undefined][]).filter(([, values]) => values?.length);
  const where = (except?: D) =>
    whereOf([
      ...spec.filters,
      ...wanted.filter(([facet]) => facet !== except).map(([facet, values]) => spec.facets[facet].where(values!)),
    ]);
  const table = `${spec.table.name} t`;
  const all = where();
  const extra = spec.extra ?? clause('null');
  const page = clause(
    `select 'p' as part, q.rendered as k, q.n as n, q.x as x from (select t.rendered, row_number() over (order by ${spec.order.sql}) as n, ${extra.sql} as x from ${table} ${spec.join?.sql ?? ''} ${all.sql} order by ${spec.order.sql} limit ? offset ?) q`,
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
  const total = clause(`select 't', null, count(*), null from ${table} ${all.sql}`, all.bindings);
  const facets = (Object.entries(spec.facets) as [D, Facet][]).map(([name, facet]) => {
    const others = where(name);
    return clause(
      `select 'f:${name}', ${facet.key.sql}, count(*), null from ${table} ${facet.join ?? ''} ${others.sql} group by 2`,
      [...facet.key.bindings, ...others.bindings],
    );
  });
  const rows = await rowsOfRaw(knex, join([page, total, ...facets], ' union all '));
  const counts = Object.fromEntries(Object.keys(spec.facets).map((name) => [name, {} as Record<string, number>]));
  let found = 0;
  const items: { rendered: string; extra: unknown; n: number }[] = [];
  for (const row of rows) {
    if (row.part === 'p') items.push({ rendered: row.k, extra: row.x, n: Number(row.n) });
    else if (row.part === 't') found = Number(row.n);
    else if (row.k !== null) counts[String(row.part).slice(2)][String(row.k)] = Number(row.n);
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
export function fullText(knex: Knex, table: ReadTable, q: string) {
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
  const fts = ftsTableOf(table);
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
