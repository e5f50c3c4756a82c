/**
 * The portal's public address, PUBLIC_URL: where visitors and websites reach it (e.g.
 * `https://portals.parauga-novads.lv`). Absolute links the public API gives out (the calendar feed's event links and
 * its UIDs' domain) are built from it, never from the request's Host header, which any client can set: an answer
 * built from it would carry that client's host to everyone the response cache serves next.
 *
 * Checked when the configuration loads: in production a missing value stops the start with a message naming the
 * variable (as src/secrets.ts does for secrets); in development it defaults to http://localhost:$PORT. A value that is
 * not an absolute http(s) URL stops the start everywhere.
 */
import { settingUrl } from './edge/setting-url';

export const PUBLIC_URL_VARIABLE = 'PUBLIC_URL';

const EXAMPLE = 'https://portals.parauga-novads.lv';

export function publicUrl(
  value: string | undefined,
  { port, nodeEnv = process.env.NODE_ENV }: { port: number; nodeEnv?: string },
): string {
  const given = (value ?? '').trim();
  if (given === '') {
    if (nodeEnv === 'production') {
      throw new Error(
        `${PUBLIC_URL_VARIABLE} must be set in production: the portal's public address, e.g. ${EXAMPLE} ` +
          '(the public API builds its absolute links from it). See .env.example.',
      );
    }
    return `http://localhost:${port}`;
  }
  const problem = (why: string) =>
    new Error(`${PUBLIC_URL_VARIABLE}: "${given}" ${why}. Write the portal's public address, e.g. ${EXAMPLE}`);
  if (/[\u0000-\u0020\u007f-\u009f]/.test(given)) throw problem('contains spaces or control characters');
  const url = settingUrl(given, problem, { invalid: 'is not an absolute URL', notHttp: 'is not an http(s) address' });
  if (url.username || url.password) throw problem('must not carry a user name or password');
  if (url.search || url.hash || given.includes('?') || given.includes('#')) {
    throw problem('must not carry a query or a fragment');
  }
  // origin (lower-cased host, default port dropped) and the path the portal is served under, without a final slash
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
