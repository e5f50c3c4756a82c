/**
 * Loads the demo data set (a complete plan for "Parauga novads", a smaller one for
 * "Kaimiņu novads", support programmes and engagement activities in every state) and the demo
 * staff logins. Its dates are those of the demo calendar for the day it is loaded (today in Riga
 * unless told otherwise), so the demo is true on the day it is loaded.
 * Idempotent: vocabulary is found or created by its natural key, and a demo municipality that
 * already has a plan is left as it is, so loading twice (even on another day) adds nothing.
 */
import type { ModelName } from '../../../common/model-names';
import type { Core } from '@strapi/strapi';
import { demoCalendar, type IsoDate } from './calendar';
import type { DemoData, DemoIndicator, DemoPlan, PublicState } from './types';
import type { Actor } from '../review/review';
import { ROLES } from '../access/staff-roles';
import { getService } from '../get-service';
import { documentsOf } from '../content-types/store';
import { demoRequested, refuseDemoInProduction } from './demo-flag';

/** Demo staff: a super admin, and a planner and an approver of each demo municipality's own. */
export const DEMO_LOGINS = [
  { email: 'admin@parauga-novads.lv', firstname: 'Anna', lastname: 'Administratore', role: null, municipality: null },
  {
    email: 'planotajs@parauga-novads.lv',
    firstname: 'Pēteris',
    lastname: 'Plānotājs',
    role: ROLES.editor,
    municipality: 'parauga-novads',
  },
  {
    email: 'apstiprinatajs@parauga-novads.lv',
    firstname: 'Inese',
    lastname: 'Apstiprinātāja',
    role: ROLES.approver,
    municipality: 'parauga-novads',
  },
  {
    email: 'apstiprinatajs@kaiminu-novads.lv',
    firstname: 'Jānis',
    lastname: 'Kaimiņš',
    role: ROLES.approver,
    municipality: 'kaiminu-novads',
  },
].map((login) => ({ ...login, password: 'Demo-Parole-2025' }));
const [, DEMO_EDITOR, DEMO_APPROVER] = DEMO_LOGINS.map((login) => login.email);

type Refs = Map<string, string>; // demo key → documentId
type Doc = { documentId: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (type: ModelName) => documentsOf(strapi, type) as any;
  const create = async (type: ModelName, data: Record<string, unknown>): Promise<string> =>
    ((await docs(type).create({ data })) as Doc).documentId;
  const findOrCreate = async (type: ModelName, where: Record<string, unknown>, data: Record<string, unknown>) => {
    const found = (await docs(type).findFirst({ filters: where })) as Doc | null;
    return found
      ? { documentId: found.documentId, created: false }
      : { documentId: await create(type, data), created: true };
  };
  const ref = (refs: Refs, key: string | undefined, kind: string) => {
    if (key === undefined) return undefined;
    const documentId = refs.get(`${kind}:${key}`);
    if (!documentId) throw new Error(`Demo data: unknown ${kind} "${key}"`);
    return documentId;
  };
  const refList = (refs: Refs, keys: string[] | undefined, kind: string) =>
    (keys ?? []).map((key) => ref(refs, key, kind) as string);

  type Staff = { editor: Actor; approver: Actor };
  let staff: Staff = { editor: null, approver: null };

  /** Published demo content went through review like any other: submitted, approved, published. */
  async function reviewAndPublish(type: ModelName, documentId: string, options: { locale?: string } = {}) {
    const review = getService(strapi, 'review');
    await review.transition(type, documentId, 'submit', staff.editor);
    await review.transition(type, documentId, 'approve', staff.approver);
    if (type !== 'plan') await docs(type).publish({ documentId, ...options });
  }

  async function createIndicators(
    plan: string,
    refs: Refs,
    owner: Record<string, string>,
    indicators?: DemoIndicator[],
  ) {
    for (const [position, { measurements, ...indicator }] of (indicators ?? []).entries()) {
      const documentId = await create('indicator', { ...indicator, ...owner, plan, position });
      for (const [index, { published, ...measurement }] of (measurements ?? []).entries()) {
        const created = await create('measurement', { ...measurement, indicator: documentId, plan, position: index });
        if (published) await reviewAndPublish('measurement', created);
      }
    }
  }

  async function createPublic(
    type: 'support-programme' | 'engagement-activity',
    plan: string,
    items: ({ state: PublicState; lv: Record<string, unknown>; en?: Record<string, unknown> } & Record<
      string,
      unknown
    >)[],
    relations: (item: any) => Record<string, unknown>,
  ) {
    for (const [position, item] of items.entries()) {
      const { state, lv, en, ...shared } = item;
      const data = { ...shared, ...relations(item), plan, position };
      const documentId = ((await docs(type).create({ locale: 'lv', data: { ...data, ...lv } })) as Doc).documentId;
      if (en) await docs(type).update({ documentId, locale: 'en', data: { ...data, ...en } });
      if (state !== 'draft') await reviewAndPublish(type, documentId, { locale: '*' });
    }
  }

  async function loadPlan(plan: DemoPlan, refs: Refs) {
    const municipality = ref(refs, plan.municipality, 'municipality')!;
    // by municipality, not title: the title carries the plan's years, which depend on the load date
    const existing = (await docs('plan').findFirst({
      filters: { municipality: { documentId: municipality } },
    })) as Doc | null;
    if (existing) return false;

    const { periodStartYear, periodEndYear, status, summary, title, councilDecision } = plan;
    if (status === 'adopted' && !councilDecision) {
      throw new Error(`Demo data: the adopted plan "${title}" needs its council decision`);
    }
    const planId = await create('plan', {
      title,
      periodStartYear,
      periodEndYear,
      summary,
      municipality,
    });
    const unit = (key?: string) => ref(refs, key && `${plan.municipality}/${key}`, 'unit');
    const rows = async <T>(
      type: ModelName,
      kind: string | null,
      items: (T & { key?: string })[],
      map: (item: T) => object,
    ) => {
      for (const [position, item] of items.entries()) {
        const { key, ...rest } = item as T & { key?: string };
        const documentId = await create(type, { ...rest, ...map(item), plan: planId, position });
        if (kind && key) refs.set(`${kind}:${key}`, documentId);
      }
    };

    // #1: the national acts the plan was pre-filled with are completed (their links), the plan's own rows added after
    const prefilledActs = (await docs('policy-document').findMany({
      filters: { plan: { documentId: planId } },
    })) as (Doc & { standardKey?: string | null; position?: number })[];
    const ownDocuments = [];
    for (const item of plan.policyDocuments) {
      if (!('standardKey' in item)) {
        ownDocuments.push(item);
        continue;
      }
      const { key, standardKey, ...completion } = item;
      const row = prefilledActs.find((act) => act.standardKey === standardKey);
      if (!row) throw new Error(`Demo data: the plan has no pre-filled national act "${standardKey}"`);
      await docs('policy-document').update({ documentId: row.documentId, data: completion });
      refs.set(`policy:${key}`, row.documentId);
    }
    for (const [index, { key, ...document }] of ownDocuments.entries()) {
      const documentId = await create('policy-document', {
        ...document,
        plan: planId,
        position: prefilledActs.length + index,
      });
      refs.set(`policy:${key}`, documentId);
    }
    await rows('cooperation-model', 'cooperation', plan.cooperationModels, (c) => ({
      organisation: ref(refs, c.organisation, 'organisation'),
    }));
    await rows('data-source', null, plan.dataSources, (d) => ({ sourceUnit: unit(d.sourceUnit) }));
    await rows('need', 'need', plan.needs, (n) => ({ targetGroup: ref(refs, n.targetGroup, 'target-group') }));
    await rows('resource', 'resource', plan.resources, (r) => ({ holder: unit(r.holder) }));
    await rows('support-given', null, plan.supportGiven, (s) => ({
      recipientOrganisation: ref(refs, s.recipientOrganisation, 'organisation'),
    }));

    for (const [goalPosition, { tasks, indicators, ...goal }] of plan.goals.entries()) {
      const goalId = await create('goal', {
        ...goal,
        strategy: ref(refs, goal.strategy, 'policy'),
        needs: refList(refs, goal.needs, 'need'),
        resources: refList(refs, goal.resources, 'resource'),
        partners: refList(refs, goal.partners, 'cooperation'),
        plan: planId,
        position: goalPosition,
      });
      await createIndicators(planId, refs, { goal: goalId }, indicators);
      for (const [taskPosition, { activities, indicators: taskIndicators, ...task }] of tasks.entries()) {
        const taskId = await create('task', { ...task, goal: goalId, plan: planId, position: taskPosition });
        await createIndicators(planId, refs, { task: taskId }, taskIndicators);
        for (const [position, { indicators: activityIndicators, ...activity }] of activities.entries()) {
          const activityId = await create('activity', {
            ...activity,
            task: taskId,
            organisations: refList(refs, activity.organisations, 'organisation'),
            resources: refList(refs, activity.resources, 'resource'),
            responsibleUnit: unit(activity.responsibleUnit),
            plan: planId,
            position,
          });
          await createIndicators(planId, refs, { activity: activityId }, activityIndicators);
        }
      }
    }

    // The plan's pre-filled rows (#9, #10, #11) are completed, not duplicated.
    const prefilled = async (type: ModelName, field: string, values: Record<string, Record<string, unknown>>) => {
      const existingRows = (await docs(type).findMany({ filters: { plan: { documentId: planId } } })) as (Doc &
        Record<string, string>)[];
      for (const row of existingRows) {
        const value = values[row[field]];
        if (!value) continue;
        const { responsibleUnit, ...rest } = value as { responsibleUnit?: string };
        await docs(type).update({
          documentId: row.documentId,
          data: { ...rest, ...(responsibleUnit ? { responsibleUnit: unit(responsibleUnit) } : {}) },
        });
      }
    };
    await prefilled('partnership-step', 'step', plan.partnershipSteps);
    await prefilled('risk', 'standardKey', plan.risks);
    await prefilled('monitoring-activity', 'standardKey', plan.monitoring);

    const publicRelations = (item: {
      targetGroups?: string[];
      responsibleUnit?: string;
      legalBasis?: string[];
      sourceResource?: string;
    }) => ({
      targetGroups: refList(refs, item.targetGroups, 'target-group'),
      ...(item.responsibleUnit !== undefined ? { responsibleUnit: unit(item.responsibleUnit) } : {}),
      ...(item.legalBasis !== undefined ? { legalBasis: refList(refs, item.legalBasis, 'policy') } : {}),
      ...(item.sourceResource !== undefined ? { sourceResource: ref(refs, item.sourceResource, 'resource') } : {}),
    });
    await createPublic('engagement-activity', planId, plan.engagementActivities as never, publicRelations);
    await createPublic('support-programme', planId, plan.supportProgrammes as never, publicRelations);
    if (status === 'adopted' && councilDecision) {
      // adopted as a council would: the approved plan with the decision's number and date
      await reviewAndPublish('plan', planId);
      await getService(strapi, 'review').adopt(planId, councilDecision, staff.approver);
    }
    return true;
  }

  return {
    /**
     * Loads the data set for `today` (default: today in Riga; a data set given as `data` is loaded as
     * it is); each plan in its own transaction, so a broken one leaves nothing behind.
     */
    async load({ today, data }: { today?: IsoDate; data?: DemoData } = {}) {
      refuseDemoInProduction();
      const set = data ?? (await import('./parauga-novads')).demoData(demoCalendar(today));
      const refs: Refs = new Map();
      for (const group of set.targetGroups) {
        refs.set(
          `target-group:${group.slug}`,
          (await findOrCreate('target-group', { slug: group.slug }, group)).documentId,
        );
      }
      for (const { units, ...municipality } of set.municipalities) {
        const { documentId } = await findOrCreate('municipality', { slug: municipality.slug }, municipality);
        refs.set(`municipality:${municipality.slug}`, documentId);
        for (const { key, ...unit } of units) {
          const found = await findOrCreate(
            'municipal-unit',
            { name: unit.name, municipality: { documentId } },
            { ...unit, municipality: documentId },
          );
          refs.set(`unit:${municipality.slug}/${key}`, found.documentId);
        }
      }
      for (const { key, municipality, ...organisation } of set.organisations) {
        const data = { ...organisation, municipality: ref(refs, municipality, 'municipality') };
        refs.set(
          `organisation:${key}`,
          (await findOrCreate('organisation', { name: organisation.name }, data)).documentId,
        );
      }
      await this.ensureDemoLogins();
      const staffByEmail = async (email: string) =>
        (await strapi.db.query('admin::user').findOne({ where: { email } })) as Actor;
      staff = { editor: await staffByEmail(DEMO_EDITOR), approver: await staffByEmail(DEMO_APPROVER) };
      let plansCreated = 0;
      for (const plan of set.plans) {
        if (await strapi.db.transaction(() => loadPlan(plan, refs))) plansCreated += 1;
      }
      return { plansCreated };
    },

    /** The demo staff, with their roles and municipalities (the municipalities must exist). */
    async ensureDemoLogins() {
      refuseDemoInProduction();
      const users = strapi.service('admin::user');
      const superAdmin = await strapi.service('admin::role').getSuperAdmin();
      for (const { role, municipality, ...login } of DEMO_LOGINS) {
        if (await users.exists({ email: login.email })) continue;
        const roleId = role
          ? (await strapi.db.query('admin::role').findOne({ where: { code: role.code } })).id
          : superAdmin.id;
        const user = await users.create({ ...login, isActive: true, roles: [roleId], preferedLanguage: 'lv' });
        const home = municipality ? await docs('municipality').findFirst({ filters: { slug: municipality } }) : null;
        if (home)
          await docs('municipality').update({
            documentId: home.documentId,
            data: { staff: { connect: [{ id: user.id }] } },
          });
      }
      return DEMO_LOGINS.map(({ email, password, role }) => ({ email, password, role: role?.name ?? 'Super Admin' }));
    },

    /** `npm run demo` sets SE_PLANNING_DEMO=true: load the data and print the logins (never in production). */
    async loadIfRequested() {
      if (!demoRequested((key) => process.env[key])) return;
      const { plansCreated } = await this.load();
      const logins = await this.ensureDemoLogins();
      strapi.log.info(
        plansCreated > 0
          ? `[se-planning] demo data loaded, dated from today (${plansCreated} new plans)`
          : '[se-planning] demo plans already exist: they keep the dates of the day they were loaded (start from an empty database for a fresh demo)',
      );
      const lines = logins.map((l) => `    ${l.email}  /  ${l.password}   (${l.role})`).join('\n');
      // Printed once the server listens, below Strapi's start-up banner where people look.
      strapi.server.httpServer.once('listening', () =>
        setImmediate(() => console.log(`\n  Demo staff logins (development only):\n${lines}\n`)),
      );
    },
  };
};
