/**
 * The staff roles created on first start (and completed on later starts): the planner ("SU plānotājs")
 * drafts and submits, the approver ("SU apstiprinātājs") also approves, publishes and adopts, amends and
 * archives the plan. Both are limited to their own municipalities by the RBAC condition "own-municipality"
 * on every scoped content type, and only read the shared vocabulary (municipalities, target groups). The
 * national target-group vocabulary is kept by its own role ("SU vārdnīcas uzturētājs").
 */
import type { Core } from '@strapi/strapi';
import { model } from '../content-types/model';
import { isScoped, uidOf } from '../content-types/lookup';
import { actions } from '../../../common/permissions';
import { OWN_MUNICIPALITY } from './scoping';
import { schemaOf, modelNameOf } from '../content-types/store';

const CM = 'plugin::content-manager.explorer';
export const ROLES = {
  editor: {
    code: 'se-planning-editor',
    name: 'SU plānotājs',
    description: 'Sagatavo plānu un iesniedz saturu izskatīšanai',
  },
  approver: {
    code: 'se-planning-approver',
    name: 'SU apstiprinātājs',
    description: 'Izskata, apstiprina un publicē saturu; pieņem, groza un arhivē plānu',
  },
  vocabulary: {
    code: 'se-planning-vocabulary',
    name: 'SU vārdnīcas uzturētājs',
    description: 'Uztur valsts mērķa grupu vārdnīcu',
  },
} as const;

/** Types scoped to the own municipality since the release that began recording grants (organisations). */
const SCOPED_SINCE_RECORDS = new Set([uidOf('organisation')] as string[]);

/** The shared vocabulary staff only read (kept by administrators and the vocabulary keepers). */
const READ_ONLY_FOR_PLANNERS = new Set(['municipality', 'target-group']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const roleService = () => strapi.service('admin::role');

  /** Content Manager permissions on the plugin's types (or some of them), scoped where the type is. */
  function contentPermissions(cmActions: string[], only?: string[]) {
    const ours = model.filter((entry) => !entry.hidden && (!only || only.includes(entry.singularName)));
    const subjects = new Set<string>(ours.map((entry) => uidOf(entry.singularName)));
    const available = strapi
      .service('admin::permission')
      .actionProvider.values()
      .filter((action: { actionId: string }) => cmActions.includes(action.actionId));
    const others = Object.keys(strapi.contentTypes).filter((uid) => !subjects.has(uid));
    const permissions = strapi
      .service('admin::content-type')
      .getPermissionsWithNestedFields(available, { restrictedSubjects: others }) as {
      action: string;
      subject: string;
      properties: Record<string, unknown>;
      conditions?: string[];
    }[];
    // municipalities (and their staff) and target groups have their own keepers: planners only read them
    const allowed = permissions.filter(
      (permission) =>
        only || permission.action === `${CM}.read` || !READ_ONLY_FOR_PLANNERS.has(modelNameOf(permission.subject)),
    );
    return allowed.map((permission) => {
      const entry = ours.find((candidate) => uidOf(candidate.singularName) === permission.subject)!;
      const scoped = isScoped(entry) || entry.singularName === 'municipality';
      const localized = Boolean(
        (schemaOf(strapi, modelNameOf(permission.subject)) as any).pluginOptions?.i18n?.localized,
      );
      return {
        ...permission,
        properties: { ...permission.properties, ...(localized ? { locales: ['lv', 'en'] } : {}) },
        conditions: scoped ? [OWN_MUNICIPALITY] : [],
      };
    });
  }

  const editing = [`${CM}.read`, `${CM}.create`, `${CM}.update`, `${CM}.delete`];
  const permissionsOf: Record<keyof typeof ROLES, () => Grant[]> = {
    vocabulary: () => [
      ...contentPermissions(editing, ['target-group']),
      ...[actions.read, actions.manageVocabulary].map((action) => ({
        action,
        subject: null,
        properties: {},
        conditions: [],
      })),
    ],
    editor: () => [
      ...contentPermissions(editing),
      ...[actions.read, actions.submit].map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ],
    approver: () => [
      ...contentPermissions([...editing, `${CM}.publish`]),
      ...[actions.read, actions.submit, actions.approve, actions.publish, actions.managePlan].map((action) => ({
        action,
        subject: null,
        properties: {},
        conditions: [],
      })),
    ],
  };

  type Grant = {
    action: string;
    subject: string | null;
    properties: { fields?: string[]; locales?: string[] };
    conditions: string[];
  };
  type Stored = {
    id: number;
    action: string;
    subject: string | null;
    properties: { fields?: string[] } | null;
    conditions: string[] | null;
  };
  const keyOf = (p: { action: string; subject?: string | null }) => `${p.action}|${p.subject ?? ''}`;
  /** What a grant gives: the action on its subject, and each of its fields. */
  const keysOf = (grant: Grant) => [
    keyOf(grant),
    ...(grant.properties.fields ?? []).map((field) => `${keyOf(grant)}#${field}`),
    ...grant.conditions.map((condition) => `${keyOf(grant)}@${condition}`),
  ];
  const store = () => strapi.store({ type: 'plugin', name: 'se-planning' });
  const grantedBefore = async () =>
    ((await store().get({ key: 'grantedPermissions' })) as Record<string, string[]> | null) ?? {};

  /**
   * Gives an existing role what this release grants and it lacks (a new action, a new field of a
   * worksheet), never what it was given before: a permission or field an administrator took away
   * stays away, and nothing the role has is changed or removed.
   */
  async function complete(roleId: number, key: keyof typeof ROLES) {
    const granted = await grantedBefore();
    const recorded = granted[roleId] !== undefined;
    const before = new Set(granted[roleId] ?? []);
    const current = (await strapi.db.query('admin::permission').findMany({
      where: { role: { id: roleId } },
    })) as Stored[];
    const desired = permissionsOf[key]();
    const missing: Grant[] = [];
    for (const grant of desired) {
      const held = current.find((p) => keyOf(p) === keyOf(grant));
      if (!held) {
        if (!before.has(keyOf(grant))) missing.push(grant);
        continue;
      }
      // a condition this release adds (a type that became scoped) narrows the permission: added once
      const heldConditions = held.conditions ?? [];
      // (a role of a release that kept no record only gets those of the types scoped since then)
      const newConditions = grant.conditions.filter(
        (c) =>
          !heldConditions.includes(c) &&
          !before.has(`${keyOf(grant)}@${c}`) &&
          (recorded || SCOPED_SINCE_RECORDS.has(String(grant.subject))),
      );
      const fields = grant.properties.fields;
      const heldFields = held.properties?.fields;
      const newFields =
        fields && heldFields
          ? fields.filter((f) => !heldFields.includes(f) && !before.has(`${keyOf(grant)}#${f}`))
          : [];
      if (newFields.length || newConditions.length) {
        await strapi.db.query('admin::permission').update({
          where: { id: held.id },
          data: {
            ...(newFields.length ? { properties: { ...held.properties, fields: [...heldFields!, ...newFields] } } : {}),
            ...(newConditions.length ? { conditions: [...heldConditions, ...newConditions] } : {}),
          },
        });
      }
    }
    if (missing.length) await roleService().addPermissions(roleId, missing);
    granted[roleId] = [...new Set([...before, ...desired.flatMap(keysOf)])];
    await store().set({ key: 'grantedPermissions', value: granted });
    return { added: missing.map(keyOf) };
  }

  return {
    complete,
    /** Creates the roles if missing, and completes existing ones with what this release grants. */
    async ensure() {
      // Strapi creates its own roles only while none exist: let it do so before ours.
      await roleService().createRolesIfNoneExist();
      for (const key of ['editor', 'approver', 'vocabulary'] as const) {
        const { code, name, description } = ROLES[key];
        const existing = await strapi.db.query('admin::role').findOne({ where: { code } });
        if (existing) {
          const { added } = await complete(existing.id, key);
          if (added.length) strapi.log.info(`[se-planning] ${name}: added ${added.length} new permissions`);
          continue;
        }
        const role = await roleService().create({ name, code, description });
        await roleService().assignPermissions(role.id, permissionsOf[key]());
        await complete(role.id, key);
      }
    },
  };
};
