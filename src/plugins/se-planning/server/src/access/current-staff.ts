/** The staff member (admin user) behind the current request, if any; scripts have none. */
import type { Core } from '@strapi/strapi';
import type { Actor } from '../review/review';

type AdminState = {
  user?: Actor & object;
  auth?: { strategy?: { name?: string } };
  userAbility?: { can: (action: string) => boolean };
};

const adminState = (strapi: Core.Strapi): AdminState | null => {
  const ctx = strapi.requestContext.get() as { state?: AdminState } | undefined;
  return ctx?.state?.auth?.strategy?.name === 'admin' ? ctx.state : null;
};

export function currentStaff(strapi: Core.Strapi): Actor {
  return (adminState(strapi)?.user as Actor) ?? null;
}

/** Whether the staff member behind the request holds a plugin action (scripts always may). */
export function staffMay(strapi: Core.Strapi, action: string): boolean {
  const state = adminState(strapi);
  return !state || Boolean(state.userAbility?.can(action));
}
