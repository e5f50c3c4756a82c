/**
 * Secrets come from the environment. In development a missing secret falls back to a
 * well-known development value so `npm run demo` works on a fresh clone; in production that
 * value, a placeholder from .env.example or a missing one stops the start-up with a message
 * naming the variable.
 */
export const DEV_SECRET_PREFIX = 'dev-only-change-me';

type Env = { (key: string, fallback?: string): string | undefined };

const isProduction = (): boolean => process.env.NODE_ENV === 'production';

function read(env: Env, key: string): string[] {
  const values = (env(key) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const usable = values.length > 0 && values.every((value) => !value.startsWith(DEV_SECRET_PREFIX));
  if (isProduction() && !usable) {
    throw new Error(
      `${key} must be set to a real secret in production (it is ${values.length ? 'the development default' : 'missing'}). See .env.example.`,
    );
  }
  return values.length > 0 ? values : [`${DEV_SECRET_PREFIX}-${key.toLowerCase()}`];
}

export const secret = (env: Env, key: string): string => read(env, key)[0];
export const secretList = (env: Env, key: string): string[] => read(env, key);
