/**
 * The planner and approver roles learn what a new release grants: a role created by an older start
 * gets the missing actions and fields on the next start, keeps what an administrator added or
 * changed, and does not get back what an administrator took away.
 */
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi, unique } from './helpers/strapi';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { actions } from '../src/plugins/se-planning/common/permissions';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await startStrapi();
});
afterAll(stopStrapi);

type Permission = {
  id: number;
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
};
const CM_UPDATE = 'plugin::content-manager.explorer.update';
const RISK = 'plugin::se-planning.risk';
const EXTRA = 'plugin::upload.read'; // something an administrator gave the role themselves

const permissionsOf = async (roleId: number) =>
  (await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as Permission[];
const find = (list: Permission[], action: string, subject: string | null = null) =>
  list.find((p) => p.action === action && (p.subject ?? null) === subject);

/** The planner role as this release grants it, for comparison. */
async function plannerPermissions() {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'se-planning-editor' } });
  return permissionsOf(role.id);
}

/** A planner role as an older release left it: no "submit" action, risks editable without `measures`. */
async function olderPlannerRole() {
  const current = await plannerPermissions();
  const older = current
    .filter((p) => p.action !== actions.submit)
    .map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      conditions,
      properties:
        action === CM_UPDATE && subject === RISK
          ? { ...properties, fields: (properties.fields ?? []).filter((f) => f !== 'preventiveMeasures') }
          : properties,
    }));
  const roles = strapi.service('admin::role');
  const role = await roles.create({ name: unique('Vecs plānotājs'), code: unique('old-planner'), description: '' });
  await roles.assignPermissions(role.id, [...older, { action: EXTRA, subject: null, properties: {}, conditions: [] }]);
  return role.id as number;
}

describe('staff roles on start', () => {
  it('grants the planner role every permission of this release (the roles of this run)', async () => {
    const held = await plannerPermissions();
    expect(find(held, actions.submit)).toBeDefined();
    expect(find(held, CM_UPDATE, RISK)?.properties.fields).toContain('preventiveMeasures');
    expect(find(held, actions.approve)).toBeUndefined(); // a planner does not approve
  });

  it('adds what a role made by an older start lacks, and keeps what an administrator added or changed', async () => {
    const roleId = await olderPlannerRole();
    const before = await permissionsOf(roleId);
    expect(find(before, actions.submit)).toBeUndefined();
    expect(find(before, CM_UPDATE, RISK)?.properties.fields).not.toContain('preventiveMeasures');
    // an administrator narrowed one permission: reading risks without conditions → still theirs after
    const read = find(before, 'plugin::content-manager.explorer.read', RISK)!;
    await strapi.db.query('admin::permission').update({ where: { id: read.id }, data: { conditions: [] } });

    const { added } = await getService(strapi, 'staff-roles').complete(roleId, 'editor');
    expect(added).toEqual([`${actions.submit}|`]);

    const after = await permissionsOf(roleId);
    expect(find(after, actions.submit)).toBeDefined();
    expect(find(after, CM_UPDATE, RISK)?.properties.fields).toContain('preventiveMeasures');
    expect(find(after, EXTRA)).toBeDefined();
    expect(find(after, 'plugin::content-manager.explorer.read', RISK)?.conditions).toEqual([]);
    expect(after).toHaveLength(before.length + 1);
  });

  it('does not give back what an administrator took away after it was granted', async () => {
    const roleId = await olderPlannerRole();
    await getService(strapi, 'staff-roles').complete(roleId, 'editor');
    const granted = await permissionsOf(roleId);
    await strapi.db.query('admin::permission').delete({ where: { id: find(granted, actions.submit)!.id } });
    const update = find(granted, CM_UPDATE, RISK)!;
    await strapi.db.query('admin::permission').update({
      where: { id: update.id },
      data: { properties: { ...update.properties, fields: ['title'] } },
    });

    const { added } = await getService(strapi, 'staff-roles').complete(roleId, 'editor');
    expect(added).toEqual([]);
    const after = await permissionsOf(roleId);
    expect(find(after, actions.submit)).toBeUndefined();
    expect(find(after, CM_UPDATE, RISK)?.properties.fields).toEqual(['title']);
  });

  it('completes the installed planner role on start (ensure), as after an upgrade from a release without records', async () => {
    const held = await plannerPermissions();
    await strapi.db.query('admin::permission').delete({ where: { id: find(held, actions.submit)!.id } });
    const store = strapi.store({ type: 'plugin', name: 'se-planning' });
    const granted = (await store.get({ key: 'grantedPermissions' })) as Record<string, string[]>;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'se-planning-editor' } });
    delete granted[role.id]; // an older release kept no record of what it granted
    await store.set({ key: 'grantedPermissions', value: granted });

    await getService(strapi, 'staff-roles').ensure();
    expect(find(await plannerPermissions(), actions.submit)).toBeDefined();
  });
});
