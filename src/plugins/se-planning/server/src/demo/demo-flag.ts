/**
 * SE_PLANNING_DEMO=true (set by `npm run demo`) loads the demo data set and the demo staff logins, whose password is
 * printed in the README. Never in production: there the flag stops the start with a message naming it, when the
 * configuration loads (config/server.ts), before the database is touched; and the loader itself (load.ts) refuses to
 * load anything in production, whoever calls it.
 */
export const DEMO_VARIABLE = 'SE_PLANNING_DEMO';

type Env = (key: string) => string | undefined;

export const DEMO_IN_PRODUCTION =
  `${DEMO_VARIABLE}=true is refused with NODE_ENV=production: the demo data and the demo staff logins ` +
  `(a published password) are never loaded in production. Unset ${DEMO_VARIABLE}.`;

/** Stops whatever would load demo content in production. */
export function refuseDemoInProduction(nodeEnv = process.env.NODE_ENV) {
  if (nodeEnv === 'production') throw new Error(DEMO_IN_PRODUCTION);
}

/** Whether the demo is asked for; throws in production if it is, and for a value that is neither true nor false. */
export function demoRequested(env: Env, nodeEnv = process.env.NODE_ENV): boolean {
  const value = (env(DEMO_VARIABLE) ?? '').trim();
  if (value !== '' && value !== 'true' && value !== 'false') {
    throw new Error(`${DEMO_VARIABLE} must be true or false (it is "${value.slice(0, 20)}").`);
  }
  const requested = value === 'true';
  if (requested) refuseDemoInProduction(nodeEnv);
  return requested;
}
