/**
 * The request id of a request: the caller's `X-Request-Id` when it is a short token (a proxy's or load balancer's
 * id, so one request can be followed through both logs), else a new random UUID. Anything else the header carries
 * — spaces, quotes, control characters, a list, more than 64 characters — is dropped, never logged or echoed.
 */
import { randomUUID } from 'crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && TOKEN.test(given) ? given : randomUUID();
}
