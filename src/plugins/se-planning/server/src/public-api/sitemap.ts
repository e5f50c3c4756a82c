/**
 * Every published programme and activity by its address in each language, for the website's sitemap.xml: one
 * statement per catalogue over the read model (what is public, and nothing else).
 */
import type { Core } from '@strapi/strapi';
import { readTables } from '../publication/read-tables';
import type { Locale } from '../publication/render';
import { clause } from './read-sql';
import { readRows } from './read-db';

export type SitemapItem = { documentId: string; slugs: Partial<Record<Locale, string>> };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function itemsOf(table: { name: string }): Promise<SitemapItem[]> {
    const rows = await readRows(
      strapi.db.connection,
      clause(
        `select t.document_id as id, t.locale as locale, t.slug as slug from ${table.name} t order by t.document_id, t.locale`,
      ),
    );
    const items = new Map<string, SitemapItem>();
    for (const row of rows) {
      const item: SitemapItem = items.get(row.id) ?? { documentId: row.id, slugs: {} };
      item.slugs[row.locale as Locale] = row.slug;
      items.set(row.id, item);
    }
    return [...items.values()];
  }
  return {
    programmes: () => itemsOf(readTables.programmes),
    activities: () => itemsOf(readTables.activities),
  };
};
