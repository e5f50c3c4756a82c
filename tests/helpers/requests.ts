/** HTTP requests against the running test instance, as the public, staff and the Content Manager make them. */
import request from 'supertest';
import { running, uid, type Staff } from './strapi';

const server = () => request(running().server.httpServer);

/** The Content Manager's admin API path of a plugin type. */
export const cm = (name: string) => `/content-manager/collection-types/${uid(name)}`;
/** A staff member's bearer token header. */
export const as = (staff: Staff) => ({ Authorization: `Bearer ${staff.token}` });

/** Anonymous GET on the public API (`/api…`). */
export const api = (path: string) => server().get(`/api${path}`);

/** Admin API requests (Content Manager, the plugin's admin routes) made by a staff member. */
export const get = (staff: Staff, url: string) => server().get(url).set(as(staff));
export const post = (staff: Staff, url: string, body: object = {}) => server().post(url).set(as(staff)).send(body);
export const put = (staff: Staff, url: string, body: object = {}) => server().put(url).set(as(staff)).send(body);
export const del = (staff: Staff, url: string) => server().delete(url).set(as(staff));

/** The fields a 400 names (`error.details.errors[].path`, joined with dots). */
export const errorPaths = (res: { body: { error?: { details?: { errors?: { path: string[] }[] } } } }) =>
  (res.body?.error?.details?.errors ?? []).map((e) => e.path.join('.'));

/** The plugin's review route of an item, or one of its commands. */
export const reviewPath = (type: string, documentId: string, command = '') =>
  `/se-planning/review/${type}/${documentId}${command && `/${command}`}`;

/** Waits until `check` holds (what another process or a commit callback does), failing after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition still false after ${timeoutMs} ms`);
}

/**
 * A Content Manager save as its form makes it: the document's current revision (what the form was opened
 * at) sent back with the changes.
 */
export async function save(staff: Staff, type: string, documentId: string, changes: object, locale?: string) {
  const url = `${cm(type)}/${documentId}${locale ? `?locale=${locale}` : ''}`;
  const opened = await get(staff, url);
  return put(staff, url, { revision: opened.body?.data?.revision ?? 0, ...changes });
}

/** Logs a demo staff member in (the demo's logins and password, see server/src/demo/load.ts). */
export async function demoLogin(email: string): Promise<Staff> {
  const strapi = running();
  const res = await server().post('/admin/login').send({ email, password: 'Demo-Parole-2025' });
  if (res.status !== 200) throw new Error(`demo login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  const user = await strapi.db.query('admin::user').findOne({ where: { email } });
  return { token: res.body.data.token, user: { id: user.id, email, firstname: user.firstname } };
}
