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
import { ANY } from '../public-api/read-sql';

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

/** Every subset of a list (which facets a roll-up fixes to `*`). */
const subsets = <T>(items: T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);

/**
 * Counts a catalogue's facets again from its read rows, for `today`: per language, for every combination of
 * facet values — and of `*`, every value of a facet (the roll-ups) — so any list without a search finds each of
 * its facets in a handful of rows.
 */
export async function refreshCounts(trx: Knex, catalogue: Catalogue, today: string) {
  const { rows, groups, counts, groupCounts, values } = catalogues[catalogue];
  const facets = values(today);
  const columns = facets.map((f) => f.column).join(', ');
  const insert = async (table: string, withGroup: boolean) => {
    await trx(table).del();
    for (const rolledUp of subsets(facets.map((_, i) => i))) {
      const selected = facets.map((f, i) => (rolledUp.includes(i) ? `'${ANY}'` : f.sql));
      const bindings = facets.flatMap((f, i) => (rolledUp.includes(i) ? [] : f.bindings));
      // grouped by the positions of the values not rolled up (1 is the language; the group's slug last)
      const grouped = [1, ...facets.flatMap((_, i) => (rolledUp.includes(i) ? [] : [i + 2]))];
      if (withGroup) grouped.push(facets.length + 2);
      await trx.raw(
        `insert into ${table} (locale, ${columns}${withGroup ? ', slug' : ''}, n) ` +
          `select t.locale, ${selected.join(', ')}${withGroup ? ', g.slug' : ''}, count(*) from ${rows} t ` +
          `${withGroup ? `join ${groups} g on g.row_id = t.id ` : ''}group by ${grouped.join(', ')}`,
        bindings as never,
      );
    }
  };
  await insert(counts, false);
  await insert(groupCounts, true);
  if (catalogue === 'programmes') {
    await trx(META_TABLE).where({ name: 'countsDay' }).del();
    await trx(META_TABLE).insert({ name: 'countsDay', value: today });
  }
}
