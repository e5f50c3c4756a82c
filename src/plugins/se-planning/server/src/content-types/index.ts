/**
 * Builds the Strapi content-type schemas from the model table: adds the `plan` owner and
 * `position` to every worksheet row, draft & publish and lv/en locales to public content, and
 * the inverse side of every relation.
 */
import { model, planOwned, type ModelEntry } from './model';
import { enumOf, integer, str, uidOf, type Link } from './attributes';
import { inverseLinksOf, isScoped, linksOf } from './lookup';

const relationAttribute = (link: Link) => ({
  type: 'relation',
  relation: link.relation,
  target: uidOf(link.target),
  ...(link.inverse ? { inversedBy: link.inverse } : {}),
});

const inverseRelation = { manyToOne: 'oneToMany', manyToMany: 'manyToMany', oneToOne: 'oneToOne' } as const;

const inverseAttributes = (name: string) =>
  Object.fromEntries(
    Object.entries(inverseLinksOf(name)).map(([inverse, { owner, field, link }]) => [
      inverse,
      {
        type: 'relation',
        relation: inverseRelation[link.relation],
        target: uidOf(owner.singularName),
        mappedBy: field,
      },
    ]),
  );

/** The workflow's own fields (common/review.ts): private, shared by every locale. */
const reviewAttributes = {
  reviewState: enumOf('reviewStates', { default: 'draft', private: true }),
  reviewFingerprint: str({ private: true, pluginOptions: { i18n: { localized: false } } }),
  submittedById: integer({ private: true }),
};

/** The municipality a row belongs to, kept by the write middleware for row-level access (scoping). */
const scopedAttributes = { municipalityId: integer({ private: true }) };
/** Moves on with every save; a save from an older revision is refused (services/revisions.ts). */
const revisionAttribute = { revision: integer({ default: 0, min: 0, pluginOptions: { i18n: { localized: true } } }) };

/**
 * In a localized type every text is translated (lv, en) unless it says otherwise: Strapi treats an
 * attribute without `i18n.localized: true` as shared by all locales.
 */
const localizeTexts = (attributes: Record<string, any>) =>
  Object.fromEntries(
    Object.entries(attributes).map(([name, attribute]) => [
      name,
      attribute.pluginOptions?.i18n
        ? attribute
        : { ...attribute, pluginOptions: { ...attribute.pluginOptions, i18n: { localized: true } } },
    ]),
  );

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const tableOf = (entry: ModelEntry) => `se_${entry.pluralName.replace(/-/g, '_')}`;

/** The model's indexes as Strapi declares them, so schema sync creates (and owns) them. */
const indexesOf = (entry: ModelEntry) =>
  (entry.indexes ?? []).map((fields) => ({
    name: `${tableOf(entry)}_${fields.map(snake).join('_')}_idx`,
    columns: fields.map(snake),
  }));

const schemaOf = (entry: ModelEntry) => {
  const relations = Object.fromEntries(
    Object.entries(linksOf(entry)).map(([field, link]) => [field, relationAttribute(link)]),
  );
  return {
    kind: 'collectionType',
    collectionName: tableOf(entry),
    indexes: indexesOf(entry),
    info: {
      singularName: entry.singularName,
      pluralName: entry.pluralName,
      displayName: entry.displayName,
      description: entry.description,
    },
    options: { draftAndPublish: Boolean(entry.publicContent || entry.draftAndPublish) },
    pluginOptions: {
      'content-manager': { visible: !entry.hidden },
      'content-type-builder': { visible: false },
      ...(entry.publicContent ? { i18n: { localized: true } } : {}),
    },
    attributes: {
      ...(planOwned(entry) ? { position: integer({ default: 0, min: 0 }) } : {}),
      ...(entry.publicContent ? localizeTexts(entry.attributes) : entry.attributes),
      ...(entry.reviewable ? reviewAttributes : {}),
      ...(isScoped(entry) ? scopedAttributes : {}),
      ...(entry.hidden ? {} : revisionAttribute),
      ...relations,
      ...inverseAttributes(entry.singularName),
    },
  };
};

export default Object.fromEntries(model.map((entry) => [entry.singularName, { schema: schemaOf(entry) }]));
