/**
 * The catalogues' facet counts, kept beside their read rows: per language and combination of facet values
 * (municipality, kind, state; and each target group) how many items there are. A list without a search or an
 * amount (the websites' usual question: a municipality's open grants) then counts its facets from a few dozen
 * of these rows instead of every matching item. They are counted again from the read rows whenever the rows
 * change (in the same transaction) and, since a programme's state follows the day, once a day for the
 * programmes (`countsDay` in the meta table): until that is done a reader counts from the rows.
 */
import type { Core } from '@strapi/strapi';
import { META_TABLE, programmeStateSql, readTables } from './read-tables';

type Knex = Core.Strapi['db']['connection'];

export type Catalogue = 'programmes' | 'activities';

/** Each catalogue's counts: its tables, and the facet values it counts (as SQL over its read rows `t`). */
const catalogues = {
  programmes: {
    rows: readTables.programmes.name,
    groups: readTables.programmeGroups.name,
    counts: readTables.programmeCounts.name,
    groupCounts: readTables.programmeGroupCounts.name,
    values: (today: string) => [
      { column: 'municipality_slug', sql: 't.municipality_slug', bindings: [] as unknown[] },
      { column: 'kind', sql: 't.kind', bindings: [] as unknown[] },
      { column: 'state', ...programmeStateSql(today) },
    ],
  },
  activities: {
    rows: readTables.activities.name,
    groups: readTables.activityGroups.name,
    counts: readTables.activityCounts.name,
    groupCounts: readTables.activityGroupCounts.name,
    values: () => [{ column: 'municipality_slug', sql: 't.municipality_slug', bindings: [] as unknown[] }],
  },
};

/** The day the programme counts are counted for (their states), if any. */
export async function countsDay(knex: Knex): Promise<string | null> {
  const [row] = (await knex(META_TABLE).where({ name: 'countsDay' }).select('value')) as { value: string }[];
  return row?.value ?? null;
}

/** Counts a catalogue's facets again from its read rows, for `today`. */
export async function refreshCounts(trx: Knex, catalogue: Catalogue, today: string) {
  const { rows, groups, counts, groupCounts, values } = catalogues[catalogue];
  const facets = values(today);
  const columns = facets.map((f) => f.column).join(', ');
  const selected = facets.map((f) => f.sql).join(', ');
  const bindings = facets.flatMap((f) => f.bindings);
  const positions = facets.map((_, i) => i + 2).join(', ');
  await trx(counts).del();
  await trx.raw(
    `insert into ${counts} (locale, ${columns}, n) select t.locale, ${selected}, count(*) from ${rows} t group by 1, ${positions}`,
    bindings as never,
  );
  await trx(groupCounts).del();
  await trx.raw(
    `insert into ${groupCounts} (locale, ${columns}, slug, n) select t.locale, ${selected}, g.slug, count(*) ` +
      `from ${rows} t join ${groups} g on g.row_id = t.id group by 1, ${positions}, ${facets.length + 2}`,
    bindings as never,
  );
  if (catalogue === 'programmes') {
    await trx(META_TABLE).where({ name: 'countsDay' }).del();
    await trx(META_TABLE).insert({ name: 'countsDay', value: today });
  }
}
