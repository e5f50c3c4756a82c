/** A real Strapi instance for a test file, with helpers to call it as staff would. */
import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { getService } from '../../src/plugins/se-planning/server/src/get-service';

const ROOT = path.resolve(__dirname, '..', '..');
export const uid = (name: string) => `plugin::se-planning.${name}` as any;

let instance: Core.Strapi | undefined;

export async function startStrapi({ serveAdminPanel = false } = {}): Promise<Core.Strapi> {
  if (instance) return instance;
  const strapi = createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel,
  } as any);
  await strapi.load();
  await strapi.server.mount();
  instance = strapi;
  return strapi;
}

export async function stopStrapi() {
  if (!instance) return;
  await instance.destroy();
  instance = undefined;
}

/** The instance this test file started. */
export function running(): Core.Strapi {
  if (!instance) throw new Error('startStrapi() first');
  return instance;
}

export const http = (strapi: Core.Strapi) => request(strapi.server.httpServer);

let counter = 0;
/** A unique suffix so every test file works on its own rows in the shared run database. */
export const unique = (label: string) => `${label}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

export type Staff = { token: string; user: { id: number; email: string; firstname: string } };

/**
 * A staff member logged in to the admin HTTP API (Content Manager, plugin admin routes):
 * a super admin unless role codes are given.
 */
export async function staffLogin(
  strapi: Core.Strapi,
  { roles, firstname = 'Testa' }: { roles?: string[]; firstname?: string } = {},
): Promise<Staff> {
  const email = `${unique('staff')}@tests.lv`;
  const password = 'Testa-Parole-123';
  const roleIds = roles
    ? await Promise.all(
        roles.map(async (code) => (await strapi.db.query('admin::role').findOne({ where: { code } })).id as number),
      )
    : [(await strapi.service('admin::role').getSuperAdmin()).id];
  const user = await strapi.service('admin::user').create({
    email,
    password,
    firstname,
    lastname: 'Darbinieks',
    isActive: true,
    roles: roleIds,
  });
  const res = await http(strapi).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token, user: { id: user.id, email, firstname } };
}

export const adminToken = async (strapi: Core.Strapi) => (await staffLogin(strapi)).token;

export const docs = (strapi: Core.Strapi, name: string) => strapi.documents(uid(name)) as any;

/** A municipality with one unit and a fresh plan (pre-filled as every new plan is). */
export async function makePlan(
  strapi: Core.Strapi,
  overrides: Record<string, unknown> = {},
): Promise<{ municipality: string; unit: string; plan: string }> {
  const name = unique('Testa novads');
  const municipality = (await docs(strapi, 'municipality').create({ data: { name, slug: unique('novads') } }))
    .documentId;
  const unit = (await docs(strapi, 'municipal-unit').create({ data: { name: 'Attīstības nodaļa', municipality } }))
    .documentId;
  const plan = (
    await docs(strapi, 'plan').create({
      data: { title: `Plāns ${name}`, periodStartYear: 2025, periodEndYear: 2027, municipality, ...overrides },
    })
  ).documentId;
  return { municipality, unit, plan };
}

/**
 * Takes a plan through the real commands to adoption: submitted by one staff member, approved and
 * adopted (council decision) by another.
 */
export async function adoptPlan(strapi: Core.Strapi, plan: string, decision = { number: '12/3', date: '2025-01-30' }) {
  const actor = async (firstname: string) => {
    const { user } = await staffLogin(strapi, { firstname });
    return user;
  };
  const [submitter, approver] = [await actor('Iesniedzējs'), await actor('Apstiprinātājs')];
  const review = getService(strapi, 'review');
  await review.transition('plan', plan, 'submit', submitter);
  await review.transition('plan', plan, 'approve', approver);
  await review.adopt(plan, decision, approver);
  return { submitter, approver };
}

/** Makes staff members (admin user ids) work for a municipality, as a Super Admin does under "Darbinieki". */
export async function addStaff(strapi: Core.Strapi, municipality: string, ...userIds: number[]) {
  await docs(strapi, 'municipality').update({
    documentId: municipality,
    data: { staff: { connect: userIds.map((id) => ({ id })) } },
  });
}

/** How many published rows (locales) a document has. */
export const publishedCount = (strapi: Core.Strapi, name: string, documentId: string) =>
  strapi.db.query(uid(name)).count({ where: { documentId, publishedAt: { $notNull: true } } });

/** Runs a write expected to fail and returns the error. */
export async function rejection(write: () => Promise<unknown>): Promise<any> {
  try {
    await write();
  } catch (error) {
    return error;
  }
  throw new Error('the write was accepted, a rejection was expected');
}
