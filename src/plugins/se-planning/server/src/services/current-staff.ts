/** The staff member (admin user) behind the current request, if any; scripts have none. */
import type { Core } from '@strapi/strapi';
import type { Actor } from './review';

export function currentStaff(strapi: Core.Strapi): Actor {
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: Actor & object; auth?: { strategy?: { name?: string } } } }
    | undefined;
  if (ctx?.state?.auth?.strategy?.name !== 'admin') return null;
  return (ctx.state.user as Actor) ?? null;
}
