/**
 * What a Content Manager list cell shows for a fixed-list field (the `choice` and `choices` custom fields): the
 * values' labels in the admin's language instead of their stored keys. A key the list does not know (or a field
 * whose list is unknown) is shown as stored, so nothing is hidden. The admin's list-view hook
 * (admin/src/components/ChoiceCell.tsx) renders this text.
 */
import { choiceListOf } from './choice-fields';
import { CHOICE_FIELD, CHOICES_FIELD, type Label } from './vocabulary';

export type ListAttribute = { type?: string; customField?: string; options?: { vocabulary?: unknown } | null };

/** Whether a list column is one of the plugin's fixed-list fields. */
export const isChoiceAttribute = (attribute: ListAttribute | null | undefined) =>
  attribute?.customField === CHOICE_FIELD || attribute?.customField === CHOICES_FIELD;

/** The text of a cell: the label of each value, in the order stored, joined by commas; '' for no value. */
export function choiceCellText(
  field: string,
  attribute: ListAttribute,
  value: unknown,
  language: keyof Label = 'lv',
): string {
  const values = (Array.isArray(value) ? value : [value]).filter(
    (item): item is string | number => (typeof item === 'string' && item !== '') || typeof item === 'number',
  );
  const list = choiceListOf(field, attribute.options);
  const labels = new Map(list.ok ? list.options.map((option) => [option.key, option.label[language]]) : []);
  return values.map((item) => labels.get(String(item)) ?? String(item)).join(', ');
}
