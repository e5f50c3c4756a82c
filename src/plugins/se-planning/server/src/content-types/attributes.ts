/** Small constructors for Strapi attribute definitions, so the model table reads like the worksheets. */
import {
  CHOICE_FIELD,
  CHOICES_FIELD,
  keysOf,
  vocabularies,
  type Vocabulary,
  type VocabularyName,
} from '../../../common/vocabulary';
import type { ModelName } from '../../../common/model-names';

export const PLUGIN = 'se-planning';
export const uidOf = <N extends ModelName>(name: N) => `plugin::${PLUGIN}.${name}` as const;
export type ModelUid = ReturnType<typeof uidOf<ModelName>>;

type Extra = Record<string, unknown>;
/** Fields of localized types that stay the same in every locale (numbers, dates, keys). */
const shared = { pluginOptions: { i18n: { localized: false } } };

export const str = (extra: Extra = {}) => ({ type: 'string', ...extra });
export const required = { required: true };
export const text = (extra: Extra = {}) => ({ type: 'text', ...extra });
export const richtext = (extra: Extra = {}) => ({ type: 'richtext', ...extra });
export const url = (extra: Extra = {}) => ({ type: 'string', maxLength: 2048, ...shared, ...extra });
export const email = (extra: Extra = {}) => ({ type: 'email', ...shared, ...extra });
export const date = (extra: Extra = {}) => ({ type: 'date', ...shared, ...extra });
export const datetime = (extra: Extra = {}) => ({ type: 'datetime', ...shared, ...extra });
export const integer = (extra: Extra = {}) => ({ type: 'integer', ...shared, ...extra });
export const decimal = (extra: Extra = {}) => ({ type: 'decimal', ...shared, ...extra });
export const bool = (defaultValue = false) => ({ type: 'boolean', default: defaultValue, ...shared });
export const slugOf = (field: string) => ({ type: 'uid', targetField: field });
/** One value of a fixed list: stored as an enumeration of its keys, shown with its labels. */
export const enumOf = (vocabulary: VocabularyName, extra: Extra = {}) => ({
  type: 'customField',
  customField: CHOICE_FIELD,
  enum: keysOf(vocabularies[vocabulary] as Vocabulary),
  options: { vocabulary },
  ...shared,
  ...extra,
});
/** Several values of a fixed list (stored as a JSON array of keys, checked by the rules). */
export const choicesOf = (vocabulary: VocabularyName, extra: Extra = {}) => ({
  type: 'customField',
  customField: CHOICES_FIELD,
  options: { vocabulary },
  ...shared,
  ...extra,
});

/** A relation declared once; the inverse side (if named) is generated on the target. */
export type Link = {
  relation: 'manyToOne' | 'manyToMany' | 'oneToOne';
  target: ModelName;
  inverse?: string;
  required?: boolean;
};
export const belongsTo = (target: ModelName, inverse?: string, extra: { required?: boolean } = {}): Link => ({
  relation: 'manyToOne',
  target,
  inverse,
  ...extra,
});
export const manyToMany = (target: ModelName, inverse?: string): Link => ({ relation: 'manyToMany', target, inverse });
