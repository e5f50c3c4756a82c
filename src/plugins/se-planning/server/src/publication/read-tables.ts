/**
 * The public read model's tables: what the public API reads, and nothing else. One row per public item and
 * requested language (`locale`), with the columns its filters, facets, sorts and search need, indexed, and the
 * item as the API answers it (`rendered`, JSON text). Derived data: written by the workflow when an approved
 * item is published or a plan adopted (read-model.ts), rebuilt from the publication records whenever its
 * format changes (FORMAT_VERSION), so these tables are created here with the database's own features — SQLite
 * FTS5, PostgreSQL tsvector with a GIN index — rather than by Strapi's schema sync, which leaves them alone.
 */
import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

/** Bump when a table, a column or a rendered shape changes: the next start rebuilds the read model. */
export const FORMAT_VERSION = 1;

type ColumnType = 'text' | 'integer' | 'number';
export type ReadTable = {
  name: string;
  columns: Record<string, ColumnType>;
  indexes: string[][];
  /** Full-text search over a title (ranked higher) and a body. */
  search?: true;
};

const rendered = { rendered: 'text' } as const;

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
      amount_max: 'number',
      published_at: 'text',
      sort_title: 'text',
      ...rendered,
    },
    // covering the facets: each counts from an index alone
    indexes: [
      ['locale', 'municipality_slug', 'kind', 'opens_on', 'closes_on'],
      ['locale', 'kind', 'municipality_slug', 'opens_on', 'closes_on'],
      ['locale', 'closes_on', 'document_id'],
      ['locale', 'sort_title'],
      ['locale', 'published_at'],
      ['locale', 'offer_amount'],
      ['locale', 'amount_max'],
      ['document_id', 'locale'],
      ['slug'],
    ],
    search: true,
  },
  programmeGroups: {
    name: 'se_public_programme_groups',
    columns: { row_id: 'integer', slug: 'text' },
    indexes: [['slug', 'row_id'], ['row_id', 'slug']],
  },
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
      ...rendered,
    },
    indexes: [
      ['locale', 'municipality_slug', 'starts_at'],
      ['locale', 'starts_at', 'document_id'],
      ['locale', 'ends_at'],
      ['locale', 'sort_title'],
      ['document_id', 'locale'],
      ['slug'],
    ],
    search: true,
  },
  activityGroups: {
    name: 'se_public_activity_groups',
    columns: { row_id: 'integer', slug: 'text' },
    indexes: [['slug', 'row_id'], ['row_id', 'slug']],
  },
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

/** Which format the stored read model has (one row). */
export const META_TABLE = 'se_public_meta';

/** SQLite: the FTS5 table beside a searchable table (rowid = the row's id). */
export const ftsTableOf = (table: ReadTable) => `${table.name}_fts`;

type Dialect = 'sqlite' | 'postgres';

const sqlType = (dialect: Dialect, type: ColumnType) =>
  ({ text: 'text', integer: 'integer', number: dialect === 'postgres' ? 'double precision' : 'real' })[type];

function createStatements(dialect: Dialect, table: ReadTable): string[] {
  const id =
    dialect === 'postgres' ? 'id integer generated by default as identity primary key' : 'id integer primary key';
  const columns = Object.entries(table.columns).map(([name, type]) => `${name} ${sqlType(dialect, type)}`);
  if (table.search && dialect === 'postgres') columns.push('search_vector tsvector');
  const statements = [`create table if not exists ${table.name} (${[id, ...columns].join(', ')})`];
  for (const index of table.indexes) {
    statements.push(`create index if not exists ${table.name}_${index.join('_')}_idx on ${table.name} (${index.join(', ')})`);
  }
  if (table.search) {
    statements.push(
      dialect === 'postgres'
        ? `create index if not exists ${table.name}_search_idx on ${table.name} using gin (search_vector)`
        : // the texts are folded before they are stored (searchWords): the tokenizer only splits them
          `create virtual table if not exists ${ftsTableOf(table)} using fts5(title, body, tokenize = 'unicode61')`,
    );
  }
  return statements;
}

export const dialectOf = (knex: Knex): Dialect =>
  String(knex.client.config.client).startsWith('p') ? 'postgres' : 'sqlite';

/** Creates whatever of the read model is missing. */
export async function createReadTables(knex: Knex) {
  const dialect = dialectOf(knex);
  await knex.raw(`create table if not exists ${META_TABLE} (name text primary key, value text)`);
  for (const table of Object.values(readTables) as ReadTable[]) {
    for (const statement of createStatements(dialect, table)) await knex.raw(statement);
  }
}

/** Drops the read model (it is derived: a rebuild makes it again). */
export async function dropReadTables(knex: Knex) {
  const dialect = dialectOf(knex);
  for (const table of Object.values(readTables) as ReadTable[]) {
    if (table.search && dialect === 'sqlite') await knex.raw(`drop table if exists ${ftsTableOf(table)}`);
    await knex.raw(`drop table if exists ${table.name}`);
  }
}
