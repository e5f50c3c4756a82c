/**
 * Lost updates are refused: every row carries a `revision` that the Content Manager form sends
 * back with a save. A save made from an older revision than the stored one answers 409 Conflict
 * naming who saved in between and when; nothing is written. A staff member's save (an admin request) must
 * state its revision (428 otherwise); scripts inside the server use the Document Service without one.
 * Every write moves the revision on.
 */
import createError from 'http-errors';
import type { Core } from '@strapi/strapi';
import { currentStaff } from '../access/current-staff';
import { schemaOf, metadataOf, modelNameOf } from '../content-types/store';

type Stored = {
  revision?: number | null;
  updatedAt?: string | Date;
  updatedBy?: {
    firstname?: string | null;
    lastname?: string | null;
    email?: string | null;
  } | null;
};

const who = (user: Stored['updatedBy']) =>
  user ? [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || 'cits darbinieks' : 'sistēma';

/** What a request may carry besides the content: never a change of it. */
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'locale',
  'status',
  'revision',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
]);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The stored draft row of the document (and locale), locked until the write's transaction
   * ends on PostgreSQL, so two saves at the same moment cannot both pass the check (SQLite runs
   * one write transaction at a time anyway).
   */
  async function lockStored(uid: string, params: Record<string, any>): Promise<Stored | null> {
    const meta = metadataOf(strapi, modelNameOf(uid));
    const drafts = Boolean(schemaOf(strapi, modelNameOf(uid)).options?.draftAndPublish);
    const row = await strapi.db.transaction(async ({ trx }) => {
      const query = strapi.db.connection(meta.tableName).transacting(trx).where('document_id', params.documentId);
      if (params.locale && params.locale !== '*' && 'locale' in meta.attributes) query.where('locale', params.locale);
      if (drafts) query.whereNull('published_at');
      if (strapi.db.dialect.client === 'postgres') query.forUpdate();
      return query.first('revision', 'updated_at', 'updated_by_id');
    });
    if (!row) return null;
    const updatedBy = row.updated_by_id
      ? await strapi.db.query('admin::user').findOne({
          where: { id: row.updated_by_id },
          select: ['firstname', 'lastname', 'email'],
        })
      : null;
    return { revision: row.revision, updatedAt: row.updated_at, updatedBy };
  }

  return {
    async beforeWrite(uid: string, action: string, params: Record<string, any>) {
      if (!params.data) return;
      if (action === 'create' || action === 'clone') {
        params.data.revision = 0;
        return;
      }
      const sent = params.data.revision;
      const unstated = sent === undefined || sent === null || sent === '';
      // a publish from the Content Manager with an empty form changes nothing and needs none
      const changes = Object.keys(params.data).some((field) => !SYSTEM_FIELDS.has(field));
      if (unstated && changes && currentStaff(strapi)) {
        throw createError(
          428,
          'Saglabājot jānorāda ieraksta versija ("revision"), no kuras sākāt labot: atveriet ierakstu no jauna un saglabājiet vēlreiz.',
          { details: { field: 'revision' } },
        );
      }
      const stored = await lockStored(uid, params);
      const current = stored?.revision ?? 0;
      if (stored && !unstated && Number(sent) !== current) {
        const when = stored.updatedAt ? new Date(stored.updatedAt) : null;
        const at = when ? when.toISOString() : 'nesen';
        throw createError(
          409,
          `Kamēr jūs labojāt, ierakstu saglabāja ${who(stored.updatedBy)} (${at}). Atveriet jaunāko versiju un labojiet vēlreiz.`,
          {
            details: {
              revision: current,
              sentRevision: Number(sent),
              savedBy: who(stored.updatedBy),
              savedAt: when?.toISOString() ?? null,
            },
          },
        );
      }
      params.data.revision = stored ? current + 1 : 0;
    },
  };
};
