/**
 * Counts requests per client in fixed windows that start at the client's first request, in memory.
 *
 * Memory stays bounded: counters live in a Map in the order their windows started, and all windows have the same
 * length, so the expired ones are always at the front and each hit drops them (amortised O(1)). Beyond `maxClients`
 * live counters the oldest is forgotten; that client merely gets a fresh window, which only matters when more
 * distinct addresses than that attack at once.
 *
 * One process only: with several Strapi processes (cluster, replicas) each counts on its own, so a client may
 * make up to limit × processes requests; a shared store would be needed to make it exact.
 */
export type Decision = {
  allowed: boolean;
  limit: number;
  /** Requests the client has left in this window. */
  remaining: number;
  /** Whole seconds until this window ends (at least 1). */
  resetSeconds: number;
};

type Counter = { count: number; resetAt: number };

export function fixedWindowLimiter({
  limit,
  windowMs,
  maxClients = 100_000,
}: {
  limit: number;
  windowMs: number;
  maxClients?: number;
}) {
  const counters = new Map<string, Counter>();

  const dropExpired = (now: number) => {
    for (const [key, counter] of counters) {
      if (counter.resetAt > now) break;
      counters.delete(key);
    }
  };

  return {
    /** `now` in milliseconds from a monotonic clock: a wall clock set back would break the window order. */
    hit(key: string, now: number = performance.now()): Decision {
      dropExpired(now);
      let counter = counters.get(key);
      if (!counter) {
        if (counters.size >= maxClients) counters.delete(counters.keys().next().value as string);
        counter = { count: 0, resetAt: now + windowMs };
        counters.set(key, counter);
      }
      counter.count += 1;
      return {
        allowed: counter.count <= limit,
        limit,
        remaining: Math.max(0, limit - counter.count),
        resetSeconds: Math.max(1, Math.ceil((counter.resetAt - now) / 1000)),
      };
    },
    /** Live counters, for tests and diagnostics. */
    get size() {
      return counters.size;
    },
  };
}
