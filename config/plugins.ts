import type { Core } from '@strapi/strapi';
import { secret } from '../src/secrets';
import { publicUrl, PUBLIC_URL_VARIABLE } from '../src/public-url';
import { uploadPluginConfig } from '../src/upload-storage';
import { emailPlugin } from '../src/email';
import { openDataPublisher } from '../src/open-data-publisher';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The Media Library's files: public/uploads by default, an S3-compatible bucket when S3_BUCKET is set
  ...uploadPluginConfig((name) => env(name)),
  // SMTP (nodemailer) when SMTP_HOST is set; otherwise mail is written to the log (src/email.ts)
  ...emailPlugin(env),
  'users-permissions': {
    config: { jwtSecret: secret(env, 'JWT_SECRET') },
  },
  'se-planning': {
    enabled: true,
    resolve: './src/plugins/se-planning',
    config: {
      // Four-eyes rule: the submitter cannot approve their own item, unless a very small
      // municipality relaxes it.
      allowSelfApproval: env.bool('SE_PLANNING_ALLOW_SELF_APPROVAL', false),
      // The portal's public address: absolute links in the public API (the calendar feed) are built from it, never
      // from the request's Host header. Required in production (src/public-url.ts).
      publicUrl: publicUrl(env(PUBLIC_URL_VARIABLE), { port: env.int('PORT', 1337) }),
      // the Chromium that prints the plan as PDF (Debian's package); without it the PDF export says why
      chromiumPath: env('CHROMIUM_PATH', '/usr/bin/chromium'),
      // The public API's in-process response cache (emptied on every change, across instances
      // on PostgreSQL); off only to measure or to debug.
      publicCache: {
        enabled: env.bool('PUBLIC_API_CACHE', true),
        maxEntries: env.int('PUBLIC_API_CACHE_ENTRIES', 1000),
        ttlSeconds: env.int('PUBLIC_API_CACHE_TTL', 600),
      },
      // Who publishes the open data (the DCAT-AP catalogue's publisher and contact point): the portal when not set
      openData: { publisher: openDataPublisher((name) => env(name)) },
      // Daily e-mail reminders of #7/#11 deadlines (README "E-mail and reminders"): off unless turned on.
      reminders: {
        enabled: env.bool('SE_PLANNING_REMINDERS', false),
        at: env('SE_PLANNING_REMINDERS_AT', '07:00'),
        rule: env('SE_PLANNING_REMINDERS_CRON', ''),
        horizonDays: env.int('SE_PLANNING_REMINDERS_DAYS', 14),
      },
    },
  },
});

export default config;
