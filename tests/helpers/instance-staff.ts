/**
 * Staff for instances in their own processes (tests/helpers/instances.ts): the admin user is made in the test
 * file's own Strapi (the same database), and logs in through an instance's `/admin/login`, as a browser would.
 */
import type { Core } from '@strapi/strapi';
import { unique, type Staff } from './strapi';
import type { Instance } from './instances';

const PASSWORD = 'Testa-Parole-123';

export type StaffAccount = { id: number; email: string; firstname: string };

/** A super admin in the database, not logged in anywhere yet. */
export async function superAdmin(strapi: Core.Strapi, firstname: string): Promise<StaffAccount> {
  const email = `${unique('staff')}@tests.lv`;
  const role = await strapi.service('admin::role').getSuperAdmin();
  const user = await strapi.service('admin::user').create({
    email,
    password: PASSWORD,
    firstname,
    lastname: 'Darbinieks',
    isActive: true,
    roles: [role.id],
  });
  return { id: user.id, email, firstname };
}

/** The account logged in through this instance: a token only it issued. */
export async function loginAt(instance: Instance, account: StaffAccount): Promise<Staff> {
  const res = await instance.http().post('/admin/login').send({ email: account.email, password: PASSWORD });
  if (res.status !== 200)
    throw new Error(`admin login at ${instance.name} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token, user: account };
}
