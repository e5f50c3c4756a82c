/**
 * The websites allowed to read the public API from a browser: PUBLIC_API_ORIGINS, a comma-separated list of exact
 * origins. It is checked when the configuration loads, so a typo stops the start with a message naming the entry
 * instead of silently blocking a municipality's website (or, with a wildcard, opening the API to every site).
 */
import { settingUrl } from './setting-url';
export const ORIGINS_VARIABLE = 'PUBLIC_API_ORIGINS';

/** A local website under development may call the API when the variable is not set at all. */
export const DEVELOPMENT_ORIGINS: readonly string[] = ['http://localhost:3000'];

const EXAMPLE = 'https://www.parauga-novads.lv';

/**
 * The allowed origins for `value` (the raw variable). Unset: none, except in development; set but empty: none.
 * Throws on any entry that is not exactly an http(s) origin as a browser sends it in the Origin header.
 */
export function allowedOrigins(
  value: string | undefined,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): string[] {
  if (value === undefined) return nodeEnv === 'development' ? [...DEVELOPMENT_ORIGINS] : [];
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return [...new Set(entries.map(checkedOrigin))];
}

function checkedOrigin(entry: string): string {
  const problem = (why: string) =>
    new Error(`${ORIGINS_VARIABLE}: "${entry}" ${why}. List each website as scheme://host[:port], e.g. ${EXAMPLE}`);
  if (entry.includes('*')) throw problem('is a wildcard; only exact origins are allowed');
  const url = settingUrl(entry, problem, { invalid: 'is not an origin', notHttp: 'is not an http(s) origin' });
  // Browsers send the origin lower-cased, in punycode, without a default port, path or trailing slash: anything
  // else would never match, so name the form that would.
  if (url.origin !== entry) throw problem(`is not written as browsers send it (did you mean "${url.origin}"?)`);
  return entry;
}
