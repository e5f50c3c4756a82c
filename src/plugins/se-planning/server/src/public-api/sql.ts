/**
 * The public lists in SQL, so they stay fast at national scale: the filters, the facet counts
 * ("Granti (12)": per facet, what the other filters leave), the order and the page are all
 * queries on indexed columns; only the page's rows are then read with their relations (one
 * query per relation, never per row). Table and column names come from Strapi's metadata.
 */
import type { Core } from '@strapi/strapi';
import { entryOf } from '../content-types/lookup';
import { rowsOf, metadataOf, modelNameOf } from '../content-types/store';

type Knex = Core.Strapi['db']['connection'];
export type QB = ReturnType<Knex['queryBuilder']>;
export type Locale = 'lv' | 'en';
type Row = Record<string, any>;

/** A content type's table, aliased `t` in every query. */
export function sqlTable(strapi: Core.Strapi, uid: string) {
  const meta = metadataOf(strapi, modelNameOf(uid)) as any;
  const attribute = (name: string) => {
    const found = meta.attributes[name];
    if (!found) throw new Error(`${uid} has no attribute ${name}`);
    return found;
  };
  return {
    uid,
    name: meta.tableName as string,
    /** The column of a scalar attribute. */
    column: (name: string) => (attribute(name).columnName ?? name) as string,
    /** `t.<column>` of a scalar attribute. */
    col: (name: string) => `t.${attribute(name).columnName ?? name}`,
    /** The link table of a relation and its two columns. */
    link: (name: string) => {
      const joinTable = attribute(name).joinTable;
      if (!joinTable) throw new Error(`${uid}.${name} has no link table`);
      return {
        table: joinTable.name as string,
        own: joinTable.joinColumn.name as string,
        other: joinTable.inverseJoinColumn.name as string,
        targetUid: attribute(name).target as string,
        target: strapi.db.metadata.get(attribute(name).target).tableName as string,
        order: joinTable.orderColumnName as string | undefined,
      };
    },
  };
}
export type SqlTable = ReturnType<typeof sqlTable>;

/**
 * Published rows, one per document: the requested locale, else the Latvian one (documents not
 * translated yet fall back to Latvian).
 */
export function publishedRows(strapi: Core.Strapi, table: SqlTable, locale: Locale): QB {
  const knex = strapi.db.connection;
  const rows = knex({ t: table.name }).whereNotNull('t.published_at');
  if (locale === 'lv') return rows.where('t.locale', 'lv');
  const translated = knex({ x: table.name })
    .select(knex.raw('1'))
    .whereRaw('x.document_id = t.document_id')
    .where('x.locale', locale)
    .whereNotNull('x.published_at');
  return rows.where((either) =>
    either.where('t.locale', locale).orWhere((fallback) => fallback.where('t.locale', 'lv').whereNotExists(translated)),
  );
}

/**
 * A facet: filters on the values asked for, and names the value of a row as `facet_key`. The
 * values may first be resolved (slugs to ids), so the planner sees plain values for its indexes.
 */
export type Dimension = {
  resolve?: (values: string[]) => Promise<unknown[]>;
  where: (qb: QB, values: any[]) => void;
  key: (qb: QB) => void;
};

/** A facet on a column of the row (kind). */
export const byColumn = (column: string): Dimension => ({
  where: (qb, values) => void qb.whereIn(column, values),
  key: (qb) => void qb.select({ facet_key: column }),
});

/** A facet on a value computed from the row (a programme's state). */
export const byExpression = (strapi: Core.Strapi, sql: string, bindings: unknown[]): Dimension => ({
  where: (qb, values) =>
    void qb.whereRaw(`(${sql}) in (${values.map(() => '?').join(', ')})`, [...bindings, ...values] as never),
  key: (qb) => void qb.select(strapi.db.connection.raw(`(${sql}) as facet_key`, bindings as never)),
});

/** A facet on the municipality, by slug, through the row's `municipalityId`. */
export function byMunicipality(strapi: Core.Strapi, table: SqlTable): Dimension {
  const municipalities = metadataOf(strapi, 'municipality').tableName as string;
  const column = table.col('municipalityId');
  return {
    resolve: async (slugs) =>
      (await strapi.db.connection(municipalities).select('id').whereIn('slug', slugs)).map((row: Row) => row.id),
    where: (qb, ids) => void qb.whereIn(column, ids),
    key: (qb) => void qb.join({ m: municipalities }, 'm.id', column).select({ facet_key: 'm.slug' }),
  };
}

/** A facet on a related row's column (a target group's slug, a plan's documentId). */
export function byRelated(strapi: Core.Strapi, table: SqlTable, relation: string, column: string): Dimension {
  const link = table.link(relation);
  return {
    where: (qb, values) =>
      void qb.whereExists(
        strapi.db
          .connection({ l: link.table })
          .select(strapi.db.connection.raw('1'))
          .join({ r: link.target }, 'r.id', `l.${link.other}`)
          .whereRaw(`l.${link.own} = t.id`)
          .whereIn(`r.${column}`, values),
      ),
    key: (qb) =>
      void qb
        .join({ l: link.table }, `l.${link.own}`, 't.id')
        .join({ r: link.target }, 'r.id', `l.${link.other}`)
        .select({ facet_key: `r.${column}` }),
  };
}

/** Text search in the stored `searchText` (services/search-text.ts); the needle is already normalised. */
export const searchFilter = (needle: string | undefined) => (qb: QB) => {
  if (needle) qb.whereRaw(`t.search_text like ? escape '!'`, [`%${needle.replace(/[!%_]/g, '!$&')}%`]);
};

/** ORDER BY on the normalised title (`sortTitle`): byte order, the same on both databases. */
export const titleOrder = (strapi: Core.Strapi, direction: 'asc' | 'desc') =>
  `t.sort_title${strapi.db.dialect.client === 'postgres' ? ' collate "C"' : ''} ${direction}`;

/** A moment as the database stores datetimes (SQLite: milliseconds; PostgreSQL: timestamp). */
export const dbInstant = (strapi: Core.Strapi, iso: string) =>
  strapi.db.dialect.client === 'sqlite' ? Date.parse(iso) : new Date(iso);

export type ListQuery<D extends string> = {
  /** The rows the list chooses from. */
  from: () => QB;
  /** Filters that are not facets (search, amounts, period). */
  filters?: ((qb: QB) => void)[];
  dimensions: Record<D, Dimension>;
  wanted: Partial<Record<D, string[] | undefined>>;
  /** ORDER BY, ending with a unique column so pages never overlap. */
  orderBy: string;
  page: number;
  pageSize: number;
};

/** One page of row ids, the total, and per dimension the counts of what the other filters leave. */
export async function listPage<D extends string>(query: ListQuery<D>) {
  const dimensions = Object.keys(query.dimensions) as D[];
  const wanted = new Map<D, unknown[]>();
  for (const dimension of dimensions) {
    const values = query.wanted[dimension];
    if (!values?.length) continue;
    const { resolve } = query.dimensions[dimension];
    wanted.set(dimension, resolve ? await resolve(values) : values);
  }
  const filtered = (except?: D) => {
    const qb = query.from();
    for (const filter of query.filters ?? []) filter(qb);
    for (const [dimension, values] of wanted) if (dimension !== except) query.dimensions[dimension].where(qb, values);
    return qb;
  };
  const page = filtered()
    .select('t.id')
    .orderByRaw(query.orderBy)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const facetQueries = dimensions.map((dimension) => {
    const qb = filtered(dimension);
    query.dimensions[dimension].key(qb);
    return qb.count({ n: '*' }).groupBy('facet_key');
  });
  const [rows, counted, ...facetRows] = (await Promise.all([
    page,
    filtered().count({ n: '*' }),
    ...facetQueries,
  ])) as Row[][];
  const total = Number(counted[0]?.n ?? 0);
  const facets = Object.fromEntries(
    dimensions.map((dimension, i) => [
      dimension,
      Object.fromEntries(
        facetRows[i].filter((row) => row.facet_key !== null).map((row) => [String(row.facet_key), Number(row.n)]),
      ),
    ]),
  ) as Record<D, Record<string, number>>;
  return {
    ids: rows.map((row) => row.id as number),
    facets,
    pagination: {
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.ceil(total / query.pageSize),
      total,
    },
  };
}

/**
 * The fields a public shape may read: the model's own attributes (never the workflow's, the
 * scoping's or the search's stored fields) and the document's identity.
 */
export const ownFields = (strapi: Core.Strapi, uid: string) => {
  const stored = (metadataOf(strapi, modelNameOf(uid)) as any).attributes as Record<string, unknown>;
  return ['id', 'documentId', 'locale', 'publishedAt', ...Object.keys(entryOf(uid)?.attributes ?? {})].filter(
    (field) => field in stored,
  );
};

/**
 * The rows related to the given rows through a relation's link table, by owner id, in the
 * relation's own order: one query for all of them.
 */
export async function linkedRows(
  strapi: Core.Strapi,
  table: SqlTable,
  relation: string,
  ownerIds: number[],
  fields: string[],
): Promise<Map<number, Row[]>> {
  const link = table.link(relation);
  const target = sqlTable(strapi, link.targetUid);
  const query = strapi.db
    .connection({ l: link.table })
    .join({ r: link.target }, 'r.id', `l.${link.other}`)
    .whereIn(`l.${link.own}`, ownerIds)
    .select({ owner: `l.${link.own}` })
    .select(Object.fromEntries(fields.map((field) => [field, `r.${target.column(field)}`])));
  if (link.order) query.orderBy(`l.${link.order}`);
  const byOwner = new Map<number, Row[]>();
  for (const { owner, ...related } of (await query) as Row[]) {
    byOwner.set(Number(owner), [...(byOwner.get(Number(owner)) ?? []), related]);
  }
  return byOwner;
}

/** The rows of a page, in the page's order, with the relations the public shape needs. */
export async function rowsByIds(
  strapi: Core.Strapi,
  uid: string,
  ids: number[],
  { populate = {}, extraFields = [] }: { populate?: Row; extraFields?: string[] } = {},
): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = (await rowsOf(strapi, modelNameOf(uid)).findMany({
    where: { id: { $in: ids } },
    select: [...ownFields(strapi, uid), ...extraFields],
    populate,
  })) as Row[];
  const byId = new Map(rows.map((row) => [row.id as number, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is Row => Boolean(row));
}

/**
 * SQLite chooses between the list indexes by its table statistics, which it gathers only when
 * asked: refresh them at startup where missing or stale (PostgreSQL's autovacuum keeps its own).
 */
export async function refreshPlannerStatistics(strapi: Core.Strapi) {
  if (strapi.db.dialect.client === 'sqlite') await strapi.db.connection.raw('PRAGMA optimize=0x10002');
}
