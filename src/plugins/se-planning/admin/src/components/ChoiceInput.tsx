/**
 * Input of the `choice` (one value) and `choices` (several values) custom fields: a fixed list
 * of the worksheets, stored as its keys, shown with its Latvian (or English) labels. The field's
 * schema names its list; a list this admin does not know is shown as an error in the field (and
 * logged), never replaced by another list.
 */
import * as React from 'react';
import { Field, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { choiceListOf } from '../../../common/choice-fields';
import { CHOICES_FIELD } from '../../../common/vocabulary';
import { useTranslate } from '../translate';

type Props = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  labelAction?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
  attribute: { customField: string; options?: { vocabulary?: unknown } };
};

const ChoiceInput = React.forwardRef<HTMLDivElement, Props>(
  ({ name, label, hint, labelAction, required, disabled, error, value, onChange, attribute }, ref) => {
    const { t, label: labelIn } = useTranslate();
    const requested = attribute.options?.vocabulary;
    const list = React.useMemo(() => choiceListOf(name, { vocabulary: requested }), [name, requested]);
    const multiple = attribute.customField === CHOICES_FIELD;

    React.useEffect(() => {
      if (!list.ok) console.error(`[se-planning] ${list.message}`);
    }, [list]);

    if (!list.ok) {
      const problem = t('choice.unknownList', { field: name, list: JSON.stringify(list.requested ?? null) });
      return (
        <Field.Root name={name} id={name} error={problem} hint={hint} required={required} ref={ref}>
          <Field.Label action={labelAction}>{label}</Field.Label>
          <Field.Error data-testid={`choice-error-${name}`} />
        </Field.Root>
      );
    }

    const options = list.options.map((option) => ({ key: option.key, label: labelIn(option.label) }));
    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required} ref={ref}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        {multiple ? (
          <MultiSelect
            value={Array.isArray(value) ? (value as string[]) : []}
            onChange={(keys: string[]) => onChange(name, keys)}
            disabled={disabled}
            withTags
          >
            {options.map((option) => (
              <MultiSelectOption key={option.key} value={option.key}>
                {option.label}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        ) : (
          <SingleSelect
            value={typeof value === 'string' ? value : ''}
            onChange={(key: string | number) => onChange(name, key === '' ? null : String(key))}
            onClear={required ? undefined : () => onChange(name, null)}
            disabled={disabled}
          >
            {options.map((option) => (
              <SingleSelectOption key={option.key} value={option.key}>
                {option.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default ChoiceInput;
