/**
 * Whether an error says the database cannot be reached right now — the pool found no connection in time, the
 * server refused or dropped the connection, or it is shutting down or not accepting connections — rather than
 * that a query was wrong. Such a request is answered 503 with Retry-After (src/middlewares/database-unavailable.ts):
 * the client may try again, nothing is wrong with what it sent, and the app recovers on its own once the database
 * is back (the pool makes new connections; the public cache's listener reconnects).
 */

/** Node's socket errors when the database's address does not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs for "not now": class 08 (connection exception), 57P01 admin_shutdown (a terminated
 * backend), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up), 53300 too_many_connections.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What knex, tarn and pg say without a code. */
const MESSAGES = [
  /Timeout acquiring a connection/i, // knex: the pool found no connection within acquireConnectionTimeout
  /Connection terminated/i, // pg: "Connection terminated unexpectedly", "… due to connection timeout"
  /terminating connection/i, // PostgreSQL: "terminating connection due to administrator command"
  /is not currently accepting connections/i, // ALTER DATABASE … ALLOW_CONNECTIONS false (SQLSTATE 55000)
  /Client has encountered a connection error and is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

type Described = { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

function says(error: Described) {
  const code = typeof error.code === 'string' ? error.code : '';
  if (error.name === 'KnexTimeoutError' || NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))
    return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/** The error or anything it wraps (`cause`, an AggregateError's `errors`) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const described = error as Described;
  if (says(described)) return true;
  if (isDatabaseUnavailable(described.cause, depth + 1)) return true;
  return Array.isArray(described.errors) && described.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
