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
