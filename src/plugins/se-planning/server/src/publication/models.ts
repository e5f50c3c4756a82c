/**
 * The plugin's own tables for what was made public (not content types: no Content Manager, no drafts, no
 * REST; written only by the workflow, read by the read model and the review panel):
 * - publication records: a published item's frozen public content (sources.ts), one per document and locale;
 * - plan versions: an adopted plan's worksheets as approved, numbered, with the council decision.
 * Strapi creates and migrates them with the content types' schema sync (`strapi.get('models').add`).
 * Their contents are JSON text, so they come back byte for byte on every database.
 */
import type { Core } from '@strapi/strapi';

export const PUBLICATION = 'plugin::se-planning.publication';
export const PLAN_VERSION = 'plugin::se-planning.plan-version';

const models = [
  {
    uid: PUBLICATION,
    tableName: 'se_publications',
    singularName: 'publication',
    attributes: {
      id: { type: 'increments' },
      contentType: { type: 'string', column: { notNullable: true } },
      targetDocumentId: { type: 'string', column: { notNullable: true } },
      /** The published row's locale (null for types without locales). */
      locale: { type: 'string' },
      /** The published row this record was taken from: a new publication makes a new row. */
      sourceRowId: { type: 'integer' },
      publishedAt: { type: 'string' },
      source: { type: 'text' },
    },
    indexes: [{ name: 'se_publications_target_idx', columns: ['content_type', 'target_document_id'] }],
  },
  {
    uid: PLAN_VERSION,
    tableName: 'se_plan_versions',
    singularName: 'plan-version',
    attributes: {
      id: { type: 'increments' },
      planDocumentId: { type: 'string', column: { notNullable: true } },
      number: { type: 'integer', column: { notNullable: true } },
      councilDecisionNumber: { type: 'string' },
      councilDecisionDate: { type: 'string' },
      adoptedAt: { type: 'string' },
      adoptedById: { type: 'integer' },
      /** The plan and its worksheets as approved (plan-versions.ts `VersionContent`). */
      content: { type: 'text' },
    },
    indexes: [{ name: 'se_plan_versions_plan_idx', columns: ['plan_document_id', 'number'], type: 'unique' }],
  },
];

export function registerPublicationModels(strapi: Core.Strapi) {
  for (const definition of models) (strapi.get('models') as { add: (model: unknown) => void }).add(definition);
}
