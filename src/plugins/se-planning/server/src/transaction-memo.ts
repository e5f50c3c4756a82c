/**
 * What one transaction has already looked up and cannot change under it, kept for the length of that
 * transaction only: a 1,000-row import writes its rows in one transaction, and each row's guard would otherwise
 * ask again for the same plan's municipality and review state. Outside a transaction nothing is kept. Whoever
 * changes a remembered fact forgets it (`forget`), so a later lookup in the same transaction reads it again; a
 * rolled-back transaction takes its memo with it.
 */
import type { Core } from '@strapi/strapi';

const memos = new WeakMap<object, Map<string, unknown>>();

/** The memo of the transaction the caller runs in, or none. */
async function memoOf(strapi: Core.Strapi): Promise<Map<string, unknown> | null> {
  if (!strapi.db.inTransaction()) return null;
  // a nested call runs in the caller's transaction and hands it over without committing it
  const trx = (await strapi.db.transaction(async ({ trx }) => trx)) as object;
  let memo = memos.get(trx);
  if (!memo) memos.set(trx, (memo = new Map()));
  return memo;
}

/** `load()` once per transaction for `key`; a value `keep` refuses (e.g. "not known yet") is not remembered. */
export async function remembered<T>(
  strapi: Core.Strapi,
  key: string,
  load: () => Promise<T>,
  keep: (value: T) => boolean = () => true,
): Promise<T> {
  const memo = await memoOf(strapi);
  if (memo?.has(key)) return memo.get(key) as T;
  const value = await load();
  if (memo && keep(value)) memo.set(key, value);
  return value;
}

/** Marks a fact as known for the rest of the transaction (the writer of it knows it best). */
export async function remember(strapi: Core.Strapi, key: string, value: unknown) {
  (await memoOf(strapi))?.set(key, value);
}

export async function forget(strapi: Core.Strapi, key: string) {
  (await memoOf(strapi))?.delete(key);
}
