/**
 * Input of the `choice` (one value) and `choices` (several values) custom fields: a fixed list
 * of the worksheets, stored as its keys, shown with its Latvian (or English) labels.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Field, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { CHOICES_FIELD, vocabularies, type VocabularyName } from '../../../common/vocabulary';

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
  attribute: { customField: string; options?: { vocabulary?: VocabularyName } };
};

const ChoiceInput = React.forwardRef<HTMLDivElement, Props>(
  ({ name, label, hint, labelAction, required, disabled, error, value, onChange, attribute }, ref) => {
    const { locale } = useIntl();
    const language = locale === 'en' ? 'en' : 'lv';
    const vocabulary = vocabularies[attribute.options?.vocabulary ?? 'riskLevels'];
    const options = Object.entries(vocabulary).map(([key, labels]) => ({ key, label: labels[language] }));
    const multiple = attribute.customField === CHOICES_FIELD;

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
