/**
 * Keeps `searchText` — the normalised copy of a public row's searchable texts (model `search`) —
 * in step with every write, so the public search runs in SQL, ignoring case and Latvian
 * diacritics on SQLite and PostgreSQL alike. Rows stored before the column existed are filled
 * at startup.
 */
import type { Core } from '@strapi/strapi';
import { searchTextOf } from '../../../common/rules/public-query';
import { entryOf } from '../content-types/lookup';
import { model } from '../content-types/model';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function refreshRows(uid: string, where: Row) {
    const fields = entryOf(uid)?.search;
    if (!fields) return;
    const rows = (await strapi.db
      .query(uid as never)
      .findMany({ where, select: ['id', 'searchText', ...fields] })) as Row[];
    for (const row of rows) {
      const searchText = searchTextOf(fields.map((field) => row[field]));
      if (row.searchText !== searchText)
        await strapi.db.query(uid as never).update({ where: { id: row.id }, data: { searchText } });
    }
  }

  return {
    /** After a write: every row (locale, draft, published) of the document. */
    refresh: (uid: string, documentId: string) => refreshRows(uid, { documentId }),

    /** At startup: rows written before `searchText` existed. */
    async backfill() {
      for (const entry of model.filter((candidate) => candidate.search)) {
        await refreshRows(`plugin::se-planning.${entry.singularName}`, { searchText: { $null: true } });
      }
    },
  };
};
