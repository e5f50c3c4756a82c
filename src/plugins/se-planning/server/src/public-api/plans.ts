/**
 * The public plans, read from the public read model: every adopted (or archived) plan as its latest adopted
 * version has it — summary, period, council decision — with the list of its versions, and each version's goals,
 * tasks and indicators with what changed against the version before it. Never the internal worksheets, never
 * staff; an amendment in progress is not public until it is adopted.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  itemQuery,
  planDocumentId,
  planListQuery,
  versionNumber,
  type PlanListQuery,
} from '../../../common/rules/public-query';
import { readTables } from '../publication/read-tables';
import type { Locale } from '../publication/render';
import { parseQuery } from './query-errors';
import { byColumn, byKey, clause, listAnswer, listPage } from './read-sql';
import { readRows } from './read-db';

const PLANS = readTables.plans;
const VERSIONS = readTables.planVersions;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const notFound = () => new errors.NotFoundError('Pieņemts plāns nav atrasts');

  return {
    async list(query: unknown): Promise<string> {
      const params = parseQuery<PlanListQuery>(planListQuery, query);
      const { items, facets, pagination } = await listPage(knex(), {
        table: PLANS,
        filters: [clause('t.locale = ?', [params.locale])],
        facets: { municipality: byColumn('t.municipality_slug') },
        wanted: { municipality: params.municipality },
        order: byKey('sort_title'),
        page: params.page,
        pageSize: params.pageSize,
      });
      return listAnswer(
        items.map((item) => item.rendered),
        { pagination, facets },
      );
    },

    async findOne(documentId: string, query: unknown): Promise<string> {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      if (!planDocumentId.safeParse(documentId).success) throw notFound();
      const [row] = await readRows(
        knex(),
        clause(`select t.rendered from ${PLANS.name} t where t.document_id = ? and t.locale = ?`, [documentId, locale]),
      );
      if (!row) throw notFound();
      return `{"data":${row.rendered}}`;
    },

    /** One adopted version with what changed against the previous one. */
    async version(documentId: string, number: string, query: unknown): Promise<string> {
      const { locale } = parseQuery<{ locale: Locale }>(itemQuery, query);
      const parsed = parseQuery<number>(versionNumber, number, 'number');
      if (!planDocumentId.safeParse(documentId).success) throw notFound();
      const [row] = await readRows(
        knex(),
        clause(
          `select t.rendered from ${VERSIONS.name} t where t.plan_document_id = ? and t.number = ? and t.locale = ?`,
          [documentId, parsed, locale],
        ),
      );
      if (!row) throw new errors.NotFoundError('Plāna versija nav atrasta');
      return `{"data":${row.rendered}}`;
    },
  };
};
