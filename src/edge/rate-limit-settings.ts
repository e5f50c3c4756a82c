/**
 * The public API's rate limit from the environment: PUBLIC_API_RATE_LIMIT requests per client in every
 * PUBLIC_API_RATE_WINDOW seconds; a limit of 0 turns it off. Read strictly (env.int would take "30s" as 30 and
 * "off" as NaN) so a wrong value stops the start instead of quietly limiting nothing or everything.
 */
export type RateLimitSettings = { limit: number; window: number };

export const RATE_LIMIT_DEFAULTS: RateLimitSettings = { limit: 300, window: 60 };

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number, got "${value}"`);
  const number = Number(value.trim());
  if (number < min || !Number.isSafeInteger(number)) throw new Error(`${name} must be at least ${min}, got "${value}"`);
  return number;
}

/** `env` is Strapi's config `env` helper (or any lookup of the raw variables). */
export function rateLimitSettings(env: (name: string) => string | undefined): RateLimitSettings {
  return {
    limit: wholeNumber('PUBLIC_API_RATE_LIMIT', env('PUBLIC_API_RATE_LIMIT'), RATE_LIMIT_DEFAULTS.limit, 0),
    window: wholeNumber('PUBLIC_API_RATE_WINDOW', env('PUBLIC_API_RATE_WINDOW'), RATE_LIMIT_DEFAULTS.window, 1),
  };
}
