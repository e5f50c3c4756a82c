/**
 * One row of a worksheet, edited in place: the sheet's columns as fields, checked with the same rules as the
 * server (common/rules/worksheet-rules.ts) before anything is sent, each error shown at its field; then saved
 * through the Content Manager's own routes — the guarded write path with its scoping, permissions, revisions
 * (409 when someone saved first) and review. What the server refuses is shown at the field it names.
 */
import * as React from 'react';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Grid,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { checkRow } from '../../../../common/rules/worksheet-rules';
import { CHOICE_FIELD, CHOICES_FIELD } from '../../../../common/vocabulary';
import type { ModelName } from '../../../../common/model-names';
import { exampleDataTypes, exampleIndicators } from '../../../../common/method-examples';
import ChoiceInput from '../ChoiceInput';
import { serverError } from '../../server-error';
import { refusalText } from './refusal-text';
import { useTranslate } from '../../translate';
import type { Column, Linked, SheetRow, Table, Workspace } from './types';

type Values = Record<string, unknown>;

/** The method's examples a field offers as suggestions (common/method-examples.ts): typed over or picked. */
const EXAMPLES: Record<string, { lv: string; en: string }[]> = {
  'data-source.dataType': exampleDataTypes.map((example) => example.dataType),
  'indicator.title': exampleIndicators.map((example) => example.title),
};
type Props = {
  table: Table;
  /** The row edited; none: a new row, added at the end. */
  row?: SheetRow;
  plan: Workspace['plan'];
  options: Workspace['options'];
  onSaved: () => void;
  onCancel: () => void;
};

const documentIdsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? (value as (Linked | string)[]).map((v) => (typeof v === 'string' ? v : v.documentId))
    : value
      ? [typeof value === 'string' ? value : (value as Linked).documentId]
      : [];

/** The form's values from a row: relations as documentIds. */
const valuesOf = (table: Table, row?: SheetRow): Values =>
  Object.fromEntries(
    table.columns
      .filter((column) => !column.readOnly)
      .map((column) => {
        const value = row?.[column.field];
        if (column.kind === 'relation') return [column.field, documentIdsOf(value)[0] ?? null];
        if (column.kind === 'relations') return [column.field, documentIdsOf(value)];
        if (column.kind === 'boolean') return [column.field, Boolean(value)];
        return [column.field, value ?? null];
      }),
  );

/** What the Content Manager is sent: empty texts as null, numbers as numbers, relations connected and disconnected. */
function payloadOf(table: Table, values: Values, row?: SheetRow): Values {
  const data: Values = {};
  for (const column of table.columns) {
    if (column.readOnly) continue;
    const value = values[column.field];
    if (column.kind === 'relation' || column.kind === 'relations') {
      const before = documentIdsOf(row?.[column.field]);
      const after = documentIdsOf(value);
      const connect = after.filter((id) => !before.includes(id)).map((documentId) => ({ documentId }));
      const disconnect = before.filter((id) => !after.includes(id)).map((documentId) => ({ documentId }));
      if (connect.length || disconnect.length) data[column.field] = { connect, disconnect };
    } else if (column.kind === 'integer' || column.kind === 'decimal') {
      data[column.field] = value === '' || value === null || value === undefined ? null : Number(value);
    } else if (typeof value === 'string' && value.trim() === '') data[column.field] = null;
    else data[column.field] = value;
  }
  return data;
}

/** Field errors from a refusal: Strapi's `details.errors` with their paths. */
const fieldErrorsOf = (details: unknown): Record<string, string> => {
  const errors = (details as { errors?: { path?: unknown[]; message?: string }[] } | null)?.errors ?? [];
  return Object.fromEntries(
    errors.filter((e) => e.path?.length && e.message).map((e) => [String(e.path![0]), String(e.message)]),
  );
};

export const RowForm = ({ table, row, plan, options, onSaved, onCancel }: Props) => {
  const { t, label } = useTranslate();
  const { post, put } = useFetchClient();
  const [values, setValues] = React.useState<Values>(() => valuesOf(table, row));
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [refusal, setRefusal] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const change = (field: string, value: unknown) => setValues((current) => ({ ...current, [field]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setRefusal(null);
    // the server's rules, on what the row will be (relations as the rules read them: present or not)
    const record = {
      ...(row ?? {}),
      ...values,
      plan: { periodStartYear: plan.periodStartYear, periodEndYear: plan.periodEndYear },
    };
    const edited = new Set(table.columns.filter((c) => !c.readOnly).map((c) => c.field));
    const found: Record<string, string> = {};
    for (const column of table.columns)
      if (
        column.required &&
        !column.readOnly &&
        documentIdsOf(values[column.field]).length === 0 &&
        !values[column.field]
      )
        found[column.field] = t('workspace.required');
    for (const issue of checkRow(table.type as ModelName, record).errors)
      if (edited.has(issue.path[0]) && !found[issue.path[0]]) found[issue.path[0]] = issue.message;
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    const url = `/content-manager/collection-types/${table.uid}${row ? `/${row.documentId}` : ''}`;
    const locale = table.localized ? '?locale=lv' : '';
    try {
      const data = payloadOf(table, values, row);
      if (row) await put(`${url}${locale}`, { ...data, revision: row.revision });
      else
        await post(`${url}${locale}`, {
          ...data,
          plan: { connect: [{ documentId: plan.documentId }] },
          position: table.rows.length,
        });
      onSaved();
    } catch (thrown) {
      const error = serverError(thrown);
      const byField = fieldErrorsOf(error.details);
      setErrors(byField);
      setRefusal(refusalText(error, t));
    } finally {
      setSaving(false);
    }
  }

  const input = (column: Column) => {
    const id = `${table.type}-${row?.documentId ?? 'new'}-${column.field}`;
    const common = { name: column.field, required: column.required, error: errors[column.field] };
    const value = values[column.field];
    if (column.kind === 'choice' || column.kind === 'choices')
      return (
        <ChoiceInput
          {...common}
          label={label(column.label)}
          value={value}
          onChange={change}
          attribute={{
            customField: column.kind === 'choice' ? CHOICE_FIELD : CHOICES_FIELD,
            options: { vocabulary: column.vocabulary },
          }}
        />
      );
    return (
      <Field.Root id={id} {...common} hint={column.readOnly ? t('workspace.otherSide') : undefined}>
        <Field.Label>{label(column.label)}</Field.Label>
        {column.readOnly ? (
          <Typography>
            {documentIdsOf(row?.[column.field]).length
              ? (row?.[column.field] as Linked[]).map((l) => l.name).join('; ')
              : '—'}
          </Typography>
        ) : column.kind === 'relation' ? (
          <SingleSelect
            value={(value as string) ?? ''}
            onChange={(picked: string | number) => change(column.field, String(picked))}
            onClear={column.required ? undefined : () => change(column.field, null)}
            placeholder={t('workspace.choose')}
          >
            {(options[column.target!] ?? []).map((option) => (
              <SingleSelectOption key={option.documentId} value={option.documentId}>
                {option.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        ) : column.kind === 'relations' ? (
          <MultiSelect
            value={(value as string[]) ?? []}
            onChange={(picked: string[]) => change(column.field, picked)}
            withTags
            placeholder={t('workspace.choose')}
          >
            {(options[column.target!] ?? []).map((option) => (
              <MultiSelectOption key={option.documentId} value={option.documentId}>
                {option.name}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        ) : column.kind === 'boolean' ? (
          <Checkbox
            checked={Boolean(value)}
            onCheckedChange={(checked: boolean) => change(column.field, checked === true)}
          >
            {label(column.label)}
          </Checkbox>
        ) : column.kind === 'text' ? (
          <Textarea
            value={(value as string) ?? ''}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => change(column.field, e.target.value)}
          />
        ) : (
          <TextInput
            list={EXAMPLES[`${table.type}.${column.field}`] ? `${id}-examples` : undefined}
            type={
              column.kind === 'date'
                ? 'date'
                : column.kind === 'integer' || column.kind === 'decimal'
                  ? 'number'
                  : 'text'
            }
            value={(value as string | number | null) ?? ''}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => change(column.field, e.target.value)}
          />
        )}
        {EXAMPLES[`${table.type}.${column.field}`] && (
          <datalist id={`${id}-examples`} aria-label={t('workspace.examples')}>
            {EXAMPLES[`${table.type}.${column.field}`].map((example) => (
              <option key={example.lv} value={label(example)} />
            ))}
          </datalist>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  };

  return (
    <Box
      tag="form"
      onSubmit={save}
      noValidate
      padding={4}
      background="neutral100"
      hasRadius
      data-testid={`row-form-${table.type}`}
      aria-label={row ? t('workspace.editRow') : t('workspace.addRow')}
    >
      <Grid.Root gap={4}>
        {table.columns.map((column) => (
          <Grid.Item key={column.field} col={6} s={12} direction="column" alignItems="stretch">
            {input(column)}
          </Grid.Item>
        ))}
      </Grid.Root>
      {refusal && (
        <Box paddingTop={4} role="alert" data-testid="row-form-refusal">
          <Typography textColor="danger600">{refusal}</Typography>
        </Box>
      )}
      <Flex gap={2} paddingTop={4}>
        <Button type="submit" loading={saving}>
          {t('workspace.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('workspace.cancel')}
        </Button>
      </Flex>
    </Box>
  );
};
