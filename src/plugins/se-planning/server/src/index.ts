import type { Core } from '@strapi/strapi';
import register from './register';
import bootstrap from './bootstrap';
import contentTypes from './content-types';
import { services } from './services';
import { controllers } from './controllers';
import routes from './routes';
import { getService } from './get-service';

type PublicCacheConfig = { enabled?: unknown; maxEntries?: unknown; ttlSeconds?: unknown };

const absoluteHttpUrl = (value: unknown) => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

type RemindersSettings = { enabled?: unknown; at?: unknown; rule?: unknown; horizonDays?: unknown };

function validateReminders(reminders: RemindersSettings) {
  if (typeof reminders.enabled !== 'boolean')
    throw new Error('se-planning: reminders.enabled (SE_PLANNING_REMINDERS) must be true or false');
  if (typeof reminders.at !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(reminders.at))
    throw new Error('se-planning: reminders.at (SE_PLANNING_REMINDERS_AT) must be a time of day, HH:MM');
  if (typeof reminders.rule !== 'string')
    throw new Error('se-planning: reminders.rule (SE_PLANNING_REMINDERS_CRON) must be a cron rule or empty');
  if (!Number.isInteger(reminders.horizonDays) || (reminders.horizonDays as number) < 1)
    throw new Error('se-planning: reminders.horizonDays (SE_PLANNING_REMINDERS_DAYS) must be a whole number of days');
}

const positiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export default {
  config: {
    default: {
      allowSelfApproval: false,
      chromiumPath: '/usr/bin/chromium',
      publicCache: { enabled: true, maxEntries: 1000, ttlSeconds: 600 },
      reminders: { enabled: false, at: '07:00', rule: '', horizonDays: 14 },
    },
    validator(config: {
      allowSelfApproval?: unknown;
      publicUrl?: unknown;
      chromiumPath?: unknown;
      publicCache?: PublicCacheConfig;
      reminders?: RemindersSettings;
    }) {
      if (typeof config.chromiumPath !== 'string' || config.chromiumPath === '')
        throw new Error('se-planning: chromiumPath (CHROMIUM_PATH) must be a path');
      if (typeof config.allowSelfApproval !== 'boolean')
        throw new Error('se-planning: allowSelfApproval must be true or false');
      if (!absoluteHttpUrl(config.publicUrl))
        throw new Error('se-planning: publicUrl (PUBLIC_URL) must be the portal’s absolute http(s) address');
      const cache = config.publicCache ?? {};
      if (typeof cache.enabled !== 'boolean') throw new Error('se-planning: publicCache.enabled must be true or false');
      if (!positiveInteger(cache.maxEntries) || !positiveInteger(cache.ttlSeconds))
        throw new Error('se-planning: publicCache.maxEntries and ttlSeconds must be positive whole numbers');
      validateReminders(config.reminders ?? {});
    },
  },
  register,
  bootstrap,
  destroy: async ({ strapi }: { strapi: Core.Strapi }) => {
    await getService(strapi, 'public-cache').stop();
  },
  contentTypes,
  services,
  controllers,
  routes,
};
