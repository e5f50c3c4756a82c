/**
 * Which fixed list a `choice`/`choices` field shows. The field's schema names the list
 * (`options.vocabulary`, written by `enumOf`/`choicesOf` in the model table); this looks the name up
 * in `vocabularies`. A name it does not know (missing, misspelt, a list since removed) is an error
 * the input shows, never some other list.
 */
import { vocabularies, type Label, type Vocabulary, type VocabularyName } from './vocabulary';

export type ChoiceOption = { key: string; label: Label };

export type ChoiceList =
  | { ok: true; field: string; vocabulary: VocabularyName; options: ChoiceOption[] }
  | { ok: false; field: string; requested: unknown; message: string };

/** Own keys only: `toString` or `constructor` are not lists. */
export const isVocabularyName = (name: unknown): name is VocabularyName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(vocabularies, name);

/** The options of the list the field's schema names, or why there are none. */
export const choiceListOf = (field: string, options: { vocabulary?: unknown } | null | undefined): ChoiceList => {
  const requested = options?.vocabulary;
  if (!isVocabularyName(requested)) {
    return {
      ok: false,
      field,
      requested,
      message: `unknown fixed list for field ${field}: ${JSON.stringify(requested ?? null)}`,
    };
  }
  const list: Vocabulary = vocabularies[requested];
  return {
    ok: true,
    field,
    vocabulary: requested,
    options: Object.entries(list).map(([key, label]) => ({ key, label })),
  };
};
