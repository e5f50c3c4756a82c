/**
 * The public API's in-process response cache. Answers are kept per URL until the plugin's data
 * changes: every write to a se-planning table (publish, unpublish, approval, adoption, an edit)
 * empties it once its transaction commits, and on PostgreSQL tells the other app instances to
 * do the same (NOTIFY on a channel every instance LISTENs to); a listener that lost its connection (the database
 * away) keeps serving what it has and empties it once it listens again. An answer computed while a write
 * committed is not kept (generations), and none outlives the day in Riga (programme states
 * change at midnight) or `ttlSeconds`.
 */
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { Client, type ClientConfig } from 'pg';
import { rigaToday } from '../../../common/programme-state';
import { model } from '../content-types/model';
import { uidOf } from '../content-types/lookup';
import { remembered } from '../transaction-memo';

export const CHANNEL = 'se_planning_public_changed';

export type CachedAnswer = { status: number; type: string; body: string | Buffer; etag: string };
/** The response headers an answer goes out with (src/edge/public-answers.ts). */
export type AnswerHeaders = Record<string, number | string | string[]>;
type Entry = CachedAnswer & { day: string; storedAt: number; bytes?: Buffer };

const WRITE_EVENTS = [
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => ({
    enabled: strapi.config.get('plugin::se-planning.publicCache.enabled', true) as boolean,
    maxEntries: strapi.config.get('plugin::se-planning.publicCache.maxEntries', 1000) as number,
    ttlSeconds: strapi.config.get('plugin::se-planning.publicCache.ttlSeconds', 600) as number,
  });
  const instance = randomUUID();
  const entries = new Map<string, Entry>();
  let generation = 0;
  let listener: Client | null = null;
  let stopped = false;
  const log = (message: string) => strapi.log.info(`[se-planning] ${message}`);

  function clear() {
    generation += 1;
    entries.clear();
  }

  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /**
   * A write happened: empty the cache now (a write outside a transaction is already committed,
   * and the next request must not get the old answer), and again once the write's transaction
   * commits (answers computed meanwhile saw the old data), then tell the other instances.
   */
  function changed() {
    clear();
    return afterCommit();
  }

  /**
   * Tells the other instances, one NOTIFY at a time: writes committed while one is on its way are told by one
   * more after it (an import of a thousand rows commits once and tells them once).
   */
  let notifying: Promise<void> | null = null;
  let notifyAgain = false;
  function notifyOthers() {
    if (notifying) return void (notifyAgain = true);
    notifying = strapi.db.connection
      .raw('select pg_notify(?, ?)', [CHANNEL, instance])
      .then(
        () => undefined,
        (error: Error) => void strapi.log.error(`[se-planning] cache NOTIFY failed: ${error.message}`),
      )
      .finally(() => {
        notifying = null;
        if (notifyAgain && !stopped) {
          notifyAgain = false;
          notifyOthers();
        }
      });
  }

  /** Once per transaction, however many of its writes ask (a transaction's memo holds that it was asked). */
  async function afterCommit() {
    await remembered(strapi, 'public-cache:after-commit', () =>
      strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => {
          clear();
          if (isPostgres()) notifyOthers();
        });
        return true;
      }),
    );
  }

  /**
   * Delay before the n-th reconnection attempt (0.5 s, 1 s, 2 s, 4 s, then every 5 s): short, so the instance
   * listens again within seconds of the database's return (an attempt is one connection, cheap to repeat).
   */
  const backoff = (attempt: number) => Math.min(500 * 2 ** (attempt - 1), 5000);
  let reconnectTimer: NodeJS.Timeout | null = null;

  /** Tries again after a lost or failed connection, logging each failure, until it listens or stops. */
  function reconnect(attempt: number) {
    if (stopped || reconnectTimer) return;
    const delay = backoff(attempt);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      listen()
        .then(() => {
          if (stopped) return;
          // answers kept while it was not listening may predate another instance's change it was not told of
          clear();
          strapi.log.info(`[se-planning] cache listener connected again (attempt ${attempt}); cache emptied`);
        })
        .catch((error: Error) => {
          strapi.log.warn(
            `[se-planning] cache listener: reconnection attempt ${attempt} failed (${error.message}); ` +
              `next in ${backoff(attempt + 1) / 1000} s`,
          );
          reconnect(attempt + 1);
        });
    }, delay);
    reconnectTimer.unref();
  }

  async function listen() {
    if (stopped) return;
    const client = new Client(strapi.config.get('database.connection.connection') as ClientConfig);
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload !== instance) clear();
    });
    client.on('error', (error) => strapi.log.warn(`[se-planning] cache listener: ${error.message}`));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    client.on('end', () => {
      if (listener === client) listener = null;
      // The kept answers stay and are served meanwhile: while the database is away nobody can change the public
      // data, so they are what it holds, and residents get them instead of a 503 (if only this connection was lost,
      // another instance's change may be missed until it listens again: seconds). Notifications may have been
      // missed while disconnected, so the cache is emptied once it listens again (reconnect).
      if (!stopped) {
        strapi.log.warn('[se-planning] cache listener lost its connection; reconnecting');
        reconnect(1);
      }
    });
    listener = client;
  }

  /** A kept answer still good today and within its time to live. */
  function lookup(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.day !== rigaToday() || Date.now() - entry.storedAt > settings().ttlSeconds * 1000) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    instance,

    /** Subscribes to every write of the plugin's tables; on PostgreSQL, listens to the others. */
    async start() {
      const handler = () =>
        void changed().catch((error: Error) => strapi.log.warn(`[se-planning] cache not emptied: ${error.message}`));
      strapi.db.lifecycles.subscribe({
        models: model.map((entry) => uidOf(entry.singularName)),
        ...Object.fromEntries(WRITE_EVENTS.map((event) => [event, handler])),
      } as never);
      if (isPostgres() && settings().enabled) {
        await listen();
        log(`public cache listens on "${CHANNEL}"`);
      }
    },

    async stop() {
      stopped = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      // the NOTIFY on its way finishes before the pool it uses is destroyed
      await notifying;
      await listener?.end().catch(() => undefined);
    },

    enabled: () => settings().enabled,

    /** A generation to hand back to `set`: an answer is kept only if nothing changed meanwhile. */
    generation: () => generation,

    get: (key: string): CachedAnswer | undefined => lookup(key),

    /** A kept answer with its body as bytes, as the edge sends it (src/edge/public-answers.ts). */
    sendable(key: string) {
      const entry = lookup(key);
      if (!entry) return undefined;
      entry.bytes ??= Buffer.isBuffer(entry.body) ? entry.body : Buffer.from(entry.body);
      return { etag: entry.etag, bytes: entry.bytes };
    },

    set(key: string, answer: CachedAnswer, since: number) {
      if (since !== generation) return;
      const { maxEntries } = settings();
      // oldest first (Map order): a bounded cache without bookkeeping
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { ...answer, day: rigaToday(), storedAt: Date.now() });
    },

    clear,
    /** The public data changed (the read model was written): empty now, again once the write commits, and tell the others. */
    changed,
    size: () => entries.size,
    /** Whether this instance listens to the others' changes now (PostgreSQL). */
    listening: () => listener !== null,
    /** The listener connection's server process id (tests end it to see the reconnection). */
    listenerProcessId: () => (listener as (Client & { processID?: number }) | null)?.processID ?? null,
  };
};
