/**
 * The portal has no resident accounts, but users-permissions ships with public sign-up open
 * (`allow_register: true` and the Public role allowed `auth.register`), so anyone could create an Authenticated
 * user through POST /api/auth/local/register. Every start closes it again in the plugin's advanced settings:
 * turning it on in the admin settings lasts only until the next restart, on purpose.
 */
import type { Core } from '@strapi/strapi';

export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = (await store.get({})) as Record<string, unknown> | null;
  if (!settings || settings.allow_register === false) return;
  await store.set({ value: { ...settings, allow_register: false } });
  strapi.log.info('users-permissions: public registration closed (the portal has no resident accounts)');
}
