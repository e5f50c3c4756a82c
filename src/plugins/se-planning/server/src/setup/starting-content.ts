/**
 * What every installation starts with, not only the demo: the national target groups (common/target-groups.ts).
 * Run on every start: a group is created once, the first time this release starts, unless a group with its slug or
 * name is already there (the demo's, an editor's). The store remembers which groups were offered, so a restart never
 * duplicates one, never overwrites one an editor changed, and never brings back one an editor deleted.
 */
import type { Core } from '@strapi/strapi';
import { standardTargetGroups } from '../../../common/target-groups';
import { documentsOf, rowsOf } from '../content-types/store';

const OFFERED = 'standardTargetGroupsOffered';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Creates the standard target groups not offered before and not already there; returns the slugs created. */
  async ensureTargetGroups(): Promise<string[]> {
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    const offered = new Set(((await store.get({ key: OFFERED })) as string[] | null) ?? []);
    const pending = standardTargetGroups.filter((group) => !offered.has(group.slug));
    if (pending.length === 0) return [];
    const existing = (await rowsOf(strapi, 'target-group').findMany({
      where: {
        $or: [{ slug: { $in: pending.map((g) => g.slug) } }, { name: { $in: pending.map((g) => g.name) } }],
      },
      select: ['slug', 'name'],
    })) as { slug: string; name: string }[];
    const taken = new Set(existing.flatMap((row) => [`slug:${row.slug}`, `name:${row.name}`]));
    const created: string[] = [];
    for (const group of pending) {
      if (!taken.has(`slug:${group.slug}`) && !taken.has(`name:${group.name}`)) {
        await documentsOf(strapi, 'target-group').create({ data: { ...group } as never });
        created.push(group.slug);
      }
      offered.add(group.slug);
    }
    await store.set({ key: OFFERED, value: [...offered] });
    if (created.length > 0) strapi.log.info(`[se-planning] standard target groups created: ${created.join(', ')}`);
    return created;
  },
});
