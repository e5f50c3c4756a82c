/**
 * Slugs (uid fields) are filled from their target field when a document is created without
 * one, on every write path, as the Content Manager does in its form ("Sociālā grantu programma"
 * → "sociala-grantu-programma", unique per locale).
 */
import type { Core } from '@strapi/strapi';
import { rowsOf, schemaOf, modelNameOf } from '../content-types/store';

export async function fillMissingSlugs(strapi: Core.Strapi, uid: string, params: Record<string, any>) {
  const data = params.data as Record<string, unknown> | undefined;
  if (!data) return;
  // An update may create a new locale of an existing document: it needs its own slug then.
  const stored = params.documentId
    ? ((await rowsOf(strapi, modelNameOf(uid)).findOne({
        where: { documentId: params.documentId, ...(params.locale ? { locale: params.locale } : {}) },
      })) as Record<string, unknown> | null)
    : null;
  const attributes = schemaOf(strapi, modelNameOf(uid)).attributes as Record<
    string,
    { type: string; targetField?: string }
  >;
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'uid' || !attribute.targetField || data[field] || !data[attribute.targetField]) continue;
    if (stored?.[field]) continue;
    data[field] = await strapi.plugin('content-manager').service('uid').generateUIDField({
      contentTypeUID: uid,
      field,
      data,
      locale: params.locale,
    });
  }
}
