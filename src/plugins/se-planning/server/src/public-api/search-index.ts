/**
 * A search's facets and page from an index kept in memory. A common word matches thousands of items, and
 * counting their facets in SQL (one pass over the matches, grouped) costs far more than finding them: here the
 * full-text index finds the matching rows' ids (one statement), and each language's facet values and order
 * ranks, read once from the read model, count and order them in memory; then only the page's stored answers
 * are read (a second statement).
 *
 * The index is that of one state of the read model: every write to it changes its generation (in the write's
 * transaction: read-model.ts), which each search reads first — a publication on any instance is searched at
 * once, never an index a change has left behind. It is kept per table, language, facet and order shape and the
 * values bound in them (the day a programme's state is computed for), so a new day builds it anew.
 */
import type { Core } from '@strapi/strapi';
import { answersTableOf, dialectOf, GENERATION, META_TABLE, type ReadTable } from '../publication/read-tables';
import type { Clause, Facet, OrderKey } from './read-sql';
import { readColumn, readRows } from './read-db';

type Knex = Core.Strapi['db']['connection'];
const clause = (sql: string, bindings: unknown[] = []): Clause => ({ sql, bindings });

/** A facet's values: one per row (`codes`), or several (the target groups: `lists`), as codes of `names`. */
type FacetValues = { names: string[]; codes?: Int32Array; lists?: Int32Array[] };

type Index = {
  /** Row id → slot (position in the arrays below). */
  slots: Map<number, number>;
  ids: Int32Array;
  facets: FacetValues[];
  /** Per order: slot → rank, and the slots by rank. */
  orders: Map<string, Promise<{ rank: Int32Array; byRank: Int32Array }>>;
};

/** Indexes kept, by their key; only those of the latest generation seen stay, and at most a few. */
const kept = new Map<string, { generation: string; index: Promise<Index> }>();
const KEPT = 16;

export type IndexedSearch<D extends string> = {
  table: ReadTable;
  locale: string;
  /** The matching rows' ids (`id`), from the full-text index. */
  matches: Clause;
  facets: [D, Facet][];
  wanted: Map<D, string[]>;
  order: OrderKey[];
  /** A value computed for each row of the page (a programme's state). */
  extra?: Clause;
  page: number;
  pageSize: number;
};

async function generationOf(knex: Knex) {
  const [row] = await readRows(knex, clause(`select value from ${META_TABLE} where name = ?`, [GENERATION]));
  return String(row?.value ?? '');
}

/**
 * The read model's generation and the search's matching ids: on PostgreSQL in one statement (one snapshot, one
 * round trip), on SQLite (in-process, one connection) one after the other.
 */
async function generationAndMatches(knex: Knex, matches: Clause): Promise<[string, unknown[]]> {
  if (dialectOf(knex) === 'postgres') {
    const [row] = await readRows(
      knex,
      clause(`select (select value from ${META_TABLE} where name = ?) as g, array(${matches.sql}) as ids`, [
        GENERATION,
        ...matches.bindings,
      ]),
    );
    return [String(row?.g ?? ''), (row?.ids as unknown[]) ?? []];
  }
  return [await generationOf(knex), await readColumn(knex, matches)];
}

const keyOf = (parts: unknown[]) => JSON.stringify(parts);

async function build(knex: Knex, table: ReadTable, locale: string, facets: Facet[]): Promise<Index> {
  const keys = facets.map((facet) => facet.cellKey ?? facet.key);
  const rows = await readRows(
    knex,
    clause(
      `select t.id, ${keys.map((key, i) => `${key.sql} as f${i}`).join(', ')} from ${table.name} t where t.locale = ?`,
      [...keys.flatMap((key) => key.bindings), locale],
    ),
  );
  const ids = new Int32Array(rows.length);
  const slots = new Map<number, number>();
  const values: FacetValues[] = facets.map((facet) =>
    facet.group
      ? { names: [], lists: new Array<Int32Array>(rows.length) }
      : { names: [], codes: new Int32Array(rows.length) },
  );
  const dictionaries = facets.map(() => new Map<string, number>());
  const codeOf = (i: number, value: string) => {
    let code = dictionaries[i].get(value);
    if (code === undefined) {
      code = values[i].names.push(value) - 1;
      dictionaries[i].set(value, code);
    }
    return code;
  };
  rows.forEach((row, slot) => {
    ids[slot] = Number(row.id);
    slots.set(ids[slot], slot);
    facets.forEach((facet, i) => {
      const value = row[`f${i}`] as string | null;
      if (facet.group) values[i].lists![slot] = Int32Array.from(value ? value.split(',') : [], (v) => codeOf(i, v));
      else values[i].codes![slot] = value ? codeOf(i, value) : -1;
    });
  });
  return { slots, ids, facets: values, orders: new Map() };
}

function ranked(knex: Knex, table: ReadTable, locale: string, index: Index, order: OrderKey[]) {
  const sql = order.map((key) => `${key.sql} ${key.desc ? 'desc' : 'asc'}`).join(', ');
  let found = index.orders.get(sql);
  if (!found) {
    found = readColumn(
      knex,
      clause(`select t.id from ${table.name} t where t.locale = ? order by ${sql}`, [
        locale,
        ...order.flatMap((key) => key.bindings ?? []),
      ]),
    ).then((ids) => {
      const rank = new Int32Array(index.ids.length).fill(-1);
      const byRank = new Int32Array(ids.length);
      ids.forEach((id, i) => {
        const slot = index.slots.get(Number(id));
        if (slot === undefined) return;
        rank[slot] = i;
        byRank[i] = slot;
      });
      return { rank, byRank };
    });
    index.orders.set(sql, found);
  }
  return found;
}

function indexOf(knex: Knex, table: ReadTable, locale: string, facets: Facet[], generation: string) {
  const keys = facets.map((facet) => facet.cellKey ?? facet.key);
  const key = keyOf([generation, table.name, locale, keys]);
  let found = kept.get(key);
  if (!found) {
    for (const [old, { generation: of }] of kept) if (of !== generation) kept.delete(old);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
    found = { generation, index: build(knex, table, locale, facets) };
    kept.set(key, found);
    found.index.catch(() => kept.delete(key));
  }
  return found.index;
}

/**
 * The page, the total and the facet counts of a search: per facet, the matches every other wanted facet holds,
 * counted under each of their values (a target group: every match that has it); the total, those all wanted facets
 * hold.
 */
export async function indexedSearch<D extends string>(knex: Knex, search: IndexedSearch<D>) {
  const [generation, matched] = await generationAndMatches(knex, search.matches);
  const index = await indexOf(
    knex,
    search.table,
    search.locale,
    search.facets.map(([, facet]) => facet),
    generation,
  );
  const { rank, byRank } = await ranked(knex, search.table, search.locale, index, search.order);
  const facets = index.facets;
  // per facet: which codes are wanted (none: every value holds)
  const wants = search.facets.map(([name], i) => {
    const values = search.wanted.get(name);
    if (!values) return null;
    const wanted = new Uint8Array(facets[i].names.length);
    for (const value of values) {
      const code = facets[i].names.indexOf(value);
      if (code >= 0) wanted[code] = 1;
    }
    return wanted;
  });
  const counts = facets.map((facet) => new Float64Array(facet.names.length));
  const held = new Uint8Array(facets.length);
  const matching: number[] = [];
  for (const id of matched) {
    const slot = index.slots.get(Number(id));
    if (slot === undefined || rank[slot] < 0) continue;
    let missing = 0;
    for (let i = 0; i < facets.length; i++) {
      const wanted = wants[i];
      let holds = 1;
      if (wanted) {
        const codes = facets[i].lists ? facets[i].lists![slot] : [facets[i].codes![slot]];
        holds = 0;
        for (const code of codes) if (code >= 0 && wanted[code]) holds = 1;
      }
      held[i] = holds;
      if (!holds) missing += 1;
    }
    if (missing === 0) matching.push(rank[slot]);
    if (missing > 1) continue;
    for (let i = 0; i < facets.length; i++) {
      // a facet counts the matches every other wanted facet holds
      if (missing === 1 && held[i]) continue;
      if (facets[i].lists) for (const code of facets[i].lists![slot]) counts[i][code] += 1;
      else if (facets[i].codes![slot] >= 0) counts[i][facets[i].codes![slot]] += 1;
    }
  }
  const ranks = Int32Array.from(matching).sort();
  const from = (search.page - 1) * search.pageSize;
  const pageIds = Array.from(ranks.subarray(from, from + search.pageSize), (r) => index.ids[byRank[r]]);
  return {
    rows: await pageRows(knex, search, pageIds),
    total: matching.length,
    facets: Object.fromEntries(
      search.facets.map(([name], i) => [
        name,
        Object.fromEntries(facets[i].names.map((value, code) => [value, counts[i][code]] as const)),
      ]),
    ) as Record<D, Record<string, number>>,
  };
}

/** The page's stored answers (and computed values), in the page's order; one statement shape per page size. */
async function pageRows<D extends string>(knex: Knex, search: IndexedSearch<D>, ids: number[]) {
  if (ids.length === 0) return [];
  const extra = search.extra ?? clause('null');
  const answers = search.table.answers ? answersTableOf(search.table) : null;
  const padded = [...ids, ...new Array<number>(search.pageSize - ids.length).fill(0)];
  const rows = await readRows(
    knex,
    clause(
      `select t.id, ${answers ? 'a.rendered' : 't.rendered'} as k, ${extra.sql} as x from ${search.table.name} t ` +
        `${answers ? `join ${answers} a on a.id = t.id ` : ''}where t.id in (${padded.map(() => '?').join(', ')})`,
      [...extra.bindings, ...padded],
    ),
  );
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
