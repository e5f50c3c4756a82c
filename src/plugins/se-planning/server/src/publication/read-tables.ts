/**
 * The public read model's tables: what the public API reads, and nothing else. One row per public item and
 * requested language (`locale`), with the columns its filters, facets, sorts and search need, indexed, and the
 * item as the API answers it (`rendered`, JSON text). Derived data: written by the workflow when an approved
 * item is published or a plan adopted (read-model.ts), rebuilt from the publication records whenever its
 * format changes (FORMAT_VERSION), so these tables are created here with the database's own features — SQLite
 * FTS5, PostgreSQL tsvector with a GIN index — rather than by Strapi's schema sync, which leaves them alone.
 */
import type { Core } from '@strapi/strapi';
import { randomUUID } from 'crypto';

type Knex = Core.Strapi['db']['connection'];

/** Bump when a table, a column or a rendered shape changes: the next start rebuilds the read model. */
export const FORMAT_VERSION = 1;

type ColumnType = 'text' | 'integer' | 'number';
export type ReadTable = {
  name: string;
  columns: Record<string, ColumnType>;
  indexes: string[][];
  /** Full-text search over a title (ranked higher) and a body, per language. */
  search?: true;
  /**
   * The stored answers (`rendered`) in a table of their own (`<name>_answers`, by the row's id), so the rows the
   * filters, facets and search go through stay small.
   */
  answers?: true;
};

const rendered = { rendered: 'text' } as const;
/**
 * The facets' counts of a catalogue: per language and combination of facet values (and roll-ups, `*`), how many
 * items. One index per facet: the other facets' values first, the counted one last.
 */
const counts = (name: string, columns: Record<string, ColumnType>): ReadTable => {
  const facets = Object.keys(columns);
  return {
    name,
    columns: { locale: 'text', ...columns, n: 'integer' },
    indexes: facets.map((facet) => ['locale', ...facets.filter((other) => other !== facet), facet]),
  };
};

export const readTables = {
  programmes: {
    name: 'se_public_programmes',
    columns: {
      document_id: 'text',
      locale: 'text',
      slug: 'text',
      municipality_slug: 'text',
      kind: 'text',
      opens_on: 'text',
      closes_on: 'text',
      /** What the programme offers at most: the maximum, else the minimum, else 0 (`amountMin`). */
      offer_amount: 'number',
      published_at: 'text',
      sort_title: 'text',
      /** The target groups' slugs, comma-separated: counted with the other facets in one pass (read-sql.ts). */
      groups_key: 'text',
      // the sorts' keys, missing values last in either direction, so each sort walks an index
      closes_asc: 'text',
      closes_desc: 'text',
      amount_desc: 'number',
    },
    // the filters and facets from an index alone; each sort from its own
    indexes: [
      ['locale', 'municipality_slug', 'kind', 'opens_on', 'closes_on'],
      ['locale', 'kind', 'municipality_slug', 'opens_on', 'closes_on'],
      ['locale', 'closes_asc', 'document_id'],
      ['locale', 'closes_desc', 'document_id'],
      ['locale', 'amount_desc', 'document_id'],
      ['locale', 'sort_title', 'document_id'],
      ['locale', 'published_at', 'document_id'],
      ['locale', 'offer_amount'],
      ['document_id', 'locale'],
      ['slug'],
    ],
    search: true,
    answers: true,
  },
  programmeGroups: {
    name: 'se_public_programme_groups',
    columns: { row_id: 'integer', slug: 'text' },
    indexes: [['slug', 'row_id'], ['row_id', 'slug']],
  },
  /** Programmes per language, municipality, kind and state (on the day of `countsDay`). */
  programmeCounts: counts('se_public_programme_counts', { municipality_slug: 'text', kind: 'text', state: 'text' }),
  /** The same per target group (a programme counted once under each of its groups). */
  programmeGroupCounts: counts('se_public_programme_group_counts', {
    municipality_slug: 'text',
    kind: 'text',
    state: 'text',
    slug: 'text',
  }),
  activities: {
    name: 'se_public_activities',
    columns: {
      document_id: 'text',
      locale: 'text',
      slug: 'text',
      municipality_slug: 'text',
      starts_at: 'text',
      ends_at: 'text',
      sort_title: 'text',
      groups_key: 'text',
      starts_asc: 'text',
      starts_desc: 'text',
    },
    indexes: [
      ['locale', 'municipality_slug', 'starts_asc'],
      ['locale', 'starts_asc', 'document_id'],
      ['locale', 'starts_desc', 'document_id'],
      ['locale', 'ends_at'],
      ['locale', 'starts_at'],
      ['locale', 'sort_title', 'document_id'],
      ['document_id', 'locale'],
      ['slug'],
    ],
    search: true,
    answers: true,
  },
  activityGroups: {
    name: 'se_public_activity_groups',
    columns: { row_id: 'integer', slug: 'text' },
    indexes: [['slug', 'row_id'], ['row_id', 'slug']],
  },
  activityCounts: counts('se_public_activity_counts', { municipality_slug: 'text' }),
  activityGroupCounts: counts('se_public_activity_group_counts', { municipality_slug: 'text', slug: 'text' }),
  /** The indicators of each plan's latest adopted version. */
  results: {
    name: 'se_public_results',
    columns: {
      document_id: 'text',
      locale: 'text',
      plan_document_id: 'text',
      municipality_slug: 'text',
      position: 'integer',
      ...rendered,
    },
    indexes: [
      ['locale', 'municipality_slug', 'plan_document_id', 'position'],
      ['locale', 'plan_document_id', 'position'],
    ],
  },
  /** Published measurements (the same in every language). */
  measurements: {
    name: 'se_public_measurements',
    columns: { document_id: 'text', indicator_document_id: 'text', measured_on: 'text', ...rendered },
    indexes: [['indicator_document_id', 'measured_on', 'document_id'], ['document_id']],
  },
  /** Adopted plans: their latest version's summary and the list of versions. */
  plans: {
    name: 'se_public_plans',
    columns: { document_id: 'text', locale: 'text', municipality_slug: 'text', sort_title: 'text', ...rendered },
    indexes: [['locale', 'municipality_slug', 'sort_title'], ['locale', 'sort_title'], ['document_id', 'locale']],
  },
  /** Every adopted version with what changed against the one before. */
  planVersions: {
    name: 'se_public_plan_versions',
    columns: { plan_document_id: 'text', number: 'integer', locale: 'text', ...rendered },
    indexes: [['plan_document_id', 'number', 'locale']],
  },
} satisfies Record<string, ReadTable>;
export type ReadTableName = keyof typeof readTables;

/**
 * A programme's state on a day (`programmeState`, common/programme-state.ts) in SQL over the programmes' read
 * rows (`t`): the reader's filter and facet, and the counts' state column (facet-counts.ts).
 */
export const programmeStateSql = (today: string) => ({
  sql: `case when t.opens_on is null and t.closes_on is null then 'ongoing' when t.opens_on > ? then 'upcoming' when t.closes_on < ? then 'closed' else 'open' end`,
  bindings: [today, today] as unknown[],
});

/** Which format the stored read model has, and the day its programme counts are for (one row each). */
export const META_TABLE = 'se_public_meta';

/** The public languages, each searched in a full-text table of its own (SQLite). */
export const SEARCH_LOCALES = ['lv', 'en'] as const;

/** SQLite: the FTS5 table of a language beside a searchable table (rowid = the row's id). */
export const ftsTableOf = (table: ReadTable, locale: string) => `${table.name}_fts_${locale}`;

/** The table of a table's stored answers (`id` = the row's id). */
export const answersTableOf = (table: ReadTable) => `${table.name}_answers`;

type Dialect = 'sqlite' | 'postgres';

/** Texts compare and sort byte by byte on both databases (PostgreSQL: the "C" collation; SQLite's default). */
const sqlType = (dialect: Dialect, type: ColumnType) =>
  ({
    text: dialect === 'postgres' ? 'text collate "C"' : 'text',
    integer: 'integer',
    number: dialect === 'postgres' ? 'double precision' : 'real',
  })[type];

function createStatements(dialect: Dialect, table: ReadTable): string[] {
  const id =
    dialect === 'postgres' ? 'id integer generated by default as identity primary key' : 'id integer primary key';
  const columns = Object.entries(table.columns).map(([name, type]) => `${name} ${sqlType(dialect, type)}`);
  if (table.search && dialect === 'postgres') columns.push('search_vector tsvector');
  const statements = [`create table if not exists ${table.name} (${[id, ...columns].join(', ')})`];
  for (const index of table.indexes) {
    statements.push(`create index if not exists ${table.name}_${index.join('_')}_idx on ${table.name} (${index.join(', ')})`);
  }
  if (table.search && dialect === 'postgres')
    statements.push(`create index if not exists ${table.name}_search_idx on ${table.name} using gin (search_vector)`);
  if (table.search && dialect === 'sqlite') {
    // the texts are folded before they are stored (searchWords): the tokenizer only splits them
    for (const locale of SEARCH_LOCALES)
      statements.push(
        `create virtual table if not exists ${ftsTableOf(table, locale)} using fts5(title, body, tokenize = 'unicode61')`,
      );
  }
  if (table.answers)
    statements.push(`create table if not exists ${answersTableOf(table)} (id integer primary key, rendered text)`);
  return statements;
}

export const dialectOf = (knex: Knex): Dialect =>
  String(knex.client.config.client).startsWith('p') ? 'postgres' : 'sqlite';

/** The meta row whose value changes with every write to the read rows (public-api/search-index.ts). */
export const GENERATION = 'generation';

/** Moves the read model to a new generation, in the write's transaction. */
export async function newGeneration(trx: Knex) {
  await trx(META_TABLE).where({ name: GENERATION }).del();
  await trx(META_TABLE).insert({ name: GENERATION, value: randomUUID() });
}

/** The read model's own state (its format, the day of its counts, its generation). */
export const createMetaTable = (knex: Knex) =>
  knex.raw(`create table if not exists ${META_TABLE} (name text primary key, value text)`);

/** Creates whatever of the read model is missing. */
export async function createReadTables(knex: Knex) {
  const dialect = dialectOf(knex);
  await createMetaTable(knex);
  for (const table of Object.values(readTables) as ReadTable[]) {
    for (const statement of createStatements(dialect, table)) await knex.raw(statement);
  }
}

/** Every table of the read model: each read table with its answers and (SQLite) its full-text tables. */
export const physicalTables = (dialect: Dialect) =>
  (Object.values(readTables) as ReadTable[]).flatMap((table) => [
    ...(table.search && dialect === 'sqlite' ? SEARCH_LOCALES.map((locale) => ftsTableOf(table, locale)) : []),
    ...(table.answers ? [answersTableOf(table)] : []),
    table.name,
  ]);

/** Empties the read model's tables (a rebuild in the same format: prepared statements stay valid). */
export async function clearReadTables(knex: Knex) {
  for (const name of physicalTables(dialectOf(knex))) await knex(name).del();
}

/** Drops the read model (it is derived: a rebuild makes it again). */
export async function dropReadTables(knex: Knex) {
  for (const name of physicalTables(dialectOf(knex))) await knex.raw(`drop table if exists ${name}`);
}
