/**
 * Typed access to the plugin's content types by name. Strapi's own signatures know only the
 * content types of generated typings, which this app does not keep: the one cast lives here.
 */
import type { Core, UID } from '@strapi/strapi';
import type { ModelName } from '../../../common/model-names';
import { uidOf } from './attributes';
import { entryOf } from './lookup';

const asUid = (name: ModelName) => uidOf(name) as unknown as UID.ContentType;

/** Rows of a type through Strapi's Query Engine (no Document Service middlewares). */
export const rowsOf = (strapi: Core.Strapi, name: ModelName) => strapi.db.query(asUid(name));

/** Documents of a type through the Document Service (the write middlewares apply). */
export const documentsOf = (strapi: Core.Strapi, name: ModelName) => strapi.documents(asUid(name));

/** The registered schema of a type (attributes, options, plugin options). */
export const schemaOf = (strapi: Core.Strapi, name: ModelName) => strapi.contentType(asUid(name));

/** The database metadata of a type (table name, column names). */
export const metadataOf = (strapi: Core.Strapi, name: ModelName) => strapi.db.metadata.get(asUid(name));

/** Whether the type keeps drafts apart from published versions. */
export const hasDrafts = (strapi: Core.Strapi, name: ModelName) =>
  Boolean(schemaOf(strapi, name).options?.draftAndPublish);

/** The name of one of the plugin's types from its uid (what document-service middlewares see). */
export const modelNameOf = (uid: string): ModelName => {
  const entry = entryOf(uid);
  if (!entry) throw new Error(`se-planning: ${uid} is not one of the plugin's content types`);
  return entry.singularName;
};
