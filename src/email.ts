/**
 * Strapi's e-mail plugin, configured from the environment: with SMTP_HOST set, mail goes out through that SMTP
 * server (@strapi/provider-email-nodemailer); without it the plugin keeps its default provider and the portal
 * writes its messages to the log instead of sending them (se-planning's notifications ask `smtpConfigured`).
 */
import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

export const SMTP_PROVIDER = 'nodemailer';

/** The `email` entry of config/plugins.ts: nodemailer when SMTP_HOST is set, nothing (Strapi's default) otherwise. */
export function emailPlugin(env: Env) {
  const host = (env('SMTP_HOST') ?? '').trim();
  if (!host) return {};
  const port = env.int('SMTP_PORT', 587);
  const username = env('SMTP_USERNAME');
  const from = env('EMAIL_FROM', 'Sociālās uzņēmējdarbības portāls <no-reply@localhost>');
  return {
    email: {
      config: {
        provider: SMTP_PROVIDER,
        providerOptions: {
          host,
          port,
          // TLS from the first byte (port 465); otherwise STARTTLS when the server offers it
          secure: env.bool('SMTP_SECURE', port === 465),
          ...(username ? { auth: { user: username, pass: env('SMTP_PASSWORD') } } : {}),
        },
        settings: { defaultFrom: from, defaultReplyTo: env('EMAIL_REPLY_TO', from) },
      },
    },
  };
}
