/**
 * Keeps a public row's stored search fields — `searchText`, the normalised copy of its searchable
 * texts (model `search`), and `sortTitle` — in step with every write, so the public search and
 * the title order run in SQL, ignoring case and Latvian diacritics on SQLite and PostgreSQL
 * alike. Rows stored before the fields existed are filled at startup.
 */
import type { Core } from '@strapi/strapi';
import { searchFieldsOf } from '../../../common/rules/public-query';
import { entryOf } from '../content-types/lookup';
import { model } from '../content-types/model';
import { rowsOf, modelNameOf } from '../content-types/store';

type Row = Record<string, any>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function refreshRows(uid: string, where: Row) {
    const fields = entryOf(uid)?.search;
    if (!fields) return;
    const rows = (await rowsOf(strapi, modelNameOf(uid)).findMany({
      where,
      select: ['id', 'searchText', 'sortTitle', ...fields],
    })) as Row[];
    for (const row of rows) {
      const stored = searchFieldsOf(fields.map((field) => row[field]));
      if (row.searchText !== stored.searchText || row.sortTitle !== stored.sortTitle)
        await rowsOf(strapi, modelNameOf(uid)).update({ where: { id: row.id }, data: stored });
    }
  }

  return {
    /** After a write: every row (locale, draft, published) of the document. */
    refresh: (uid: string, documentId: string) => refreshRows(uid, { documentId }),

    /** At startup: rows written before the search fields existed. */
    async backfill() {
      for (const entry of model.filter((candidate) => candidate.search)) {
        await refreshRows(`plugin::se-planning.${entry.singularName}`, {
          $or: [{ searchText: { $null: true } }, { sortTitle: { $null: true } }],
        });
      }
    },
  };
};
