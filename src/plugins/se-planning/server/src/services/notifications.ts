/**
 * Tells submitters what became of their item: by e-mail (Strapi's e-mail plugin) in production,
 * in the log in development and tests.
 */
import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async notify(to: { email?: string | null } | null, subject: string, text: string) {
    if (!to?.email) return;
    if (process.env.NODE_ENV !== 'production') {
      strapi.log.info(`[se-planning] e-pasts ${to.email}: ${subject} — ${text}`);
      return;
    }
    try {
      await strapi.plugin('email').service('email').send({ to: to.email, subject, text });
    } catch (error) {
      strapi.log.error(`[se-planning] e-pastu ${to.email} neizdevās nosūtīt: ${(error as Error).message}`);
    }
  },
});
