/**
 * The plan as spreadsheets in the workspace: "Lejupielādēt Excel (XLSX)" downloads the plan's worksheets
 * (GET …/export.xlsx), and "Importēt no Excel/CSV" sends an edited file (and, for a CSV file, which table it is) to
 * POST …/import: first as a preview — the rows it adds, the rows it changes with from → to, or every bad line with
 * its number, column and reason — then "Apstiprināt importu" writes it all (the server checks everything again).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { serverError, type ServerError } from '../../server-error';
import { useTranslate } from '../../translate';
import { PLUGIN_ID } from '../../pluginId';
import type { Workspace } from './types';
import type { ImportAnswer, ImportProblem } from '../../../../common/spreadsheet-import';

type Problem = ImportProblem;
type Preview = ImportAnswer;

const problemsOf = (error: ServerError): Problem[] =>
  ((error.details as { problems?: Problem[] } | null)?.problems ?? []).filter((p) => p && typeof p.line === 'number');

const shown = (value: string | number) => (value === '' ? '—' : String(value));

export const SpreadsheetImport = ({ workspace, onImported }: { workspace: Workspace; onImported: () => void }) => {
  const { t } = useTranslate();
  const { get, post } = useFetchClient();
  const base = `/${PLUGIN_ID}/plans/${workspace.plan.documentId}`;
  const [file, setFile] = React.useState<File | null>(null);
  const [type, setType] = React.useState<string>('');
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [refusal, setRefusal] = React.useState<{ message: string; problems: Problem[] } | null>(null);
  const [done, setDone] = React.useState<Preview | null>(null);
  const [busy, setBusy] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const isCsv = Boolean(file && /\.csv$/i.test(file.name));
  const tables = workspace.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => ({ type: table.type, name: `#${sheet.number} ${table.displayName}` })),
  );

  async function download() {
    setRefusal(null);
    try {
      const { data } = await get<Blob>(`${base}/export.xlsx`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${workspace.plan.title || 'plans'}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (thrown) {
      setRefusal({ message: serverError(thrown).message ?? t('spreadsheet.downloadFailed'), problems: [] });
    }
  }

  async function send(mode: 'preview' | 'commit') {
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    setDone(null);
    const form = new FormData();
    form.append('mode', mode);
    if (isCsv && type) form.append('type', type);
    form.append('file', file);
    try {
      const { data } = await post<{ data: Preview }>(`${base}/import`, form);
      if (mode === 'preview') setPreview(data.data);
      else {
        setPreview(null);
        setFile(null);
        if (input.current) input.current.value = '';
        setDone(data.data);
        onImported();
      }
    } catch (thrown) {
      const error = serverError(thrown);
      setPreview(null);
      setRefusal({
        message: error.message ?? t('error.status', { status: error.status ?? '—' }),
        problems: problemsOf(error),
      });
    } finally {
      setBusy(false);
    }
  }

  const nothing = preview && preview.added + preview.changed === 0;
  return (
    <Box background="neutral0" hasRadius padding={4} data-testid="spreadsheet-import">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {t('spreadsheet.title')}
        </Typography>
        <Flex gap={3} wrap="wrap" alignItems="flex-end">
          <Button variant="secondary" startIcon={<Download />} onClick={download} data-testid="spreadsheet-download">
            {t('spreadsheet.download')}
          </Button>
          <Field.Root id="spreadsheet-file" hint={t('spreadsheet.fileHint')}>
            <Field.Label>{t('spreadsheet.import')}</Field.Label>
            <input
              id="spreadsheet-file"
              ref={input}
              type="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              data-testid="spreadsheet-file"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
                setRefusal(null);
                setDone(null);
              }}
            />
            <Field.Hint />
          </Field.Root>
          {isCsv && (
            <Field.Root id="spreadsheet-table">
              <Field.Label>{t('spreadsheet.table')}</Field.Label>
              <SingleSelect
                value={type}
                onChange={(picked: string | number) => setType(String(picked))}
                placeholder={t('workspace.choose')}
              >
                {tables.map((table) => (
                  <SingleSelectOption key={table.type} value={table.type}>
                    {table.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          )}
          <Button
            startIcon={<Upload />}
            disabled={!file || busy || (isCsv && !type)}
            loading={busy && !preview}
            onClick={() => send('preview')}
            data-testid="spreadsheet-preview"
          >
            {t('spreadsheet.preview')}
          </Button>
        </Flex>

        {refusal && (
          <Box role="alert" data-testid="spreadsheet-problems">
            <Typography textColor="danger600" fontWeight="bold">
              {refusal.message}
            </Typography>
            {refusal.problems.length > 0 && (
              <ul>
                {refusal.problems.map((problem, i) => (
                  <li key={i}>
                    <Typography textColor="danger600">
                      {t('spreadsheet.problem', {
                        sheet: problem.sheet ?? 'CSV',
                        line: problem.line,
                        column: problem.column ?? '—',
                        message: problem.message,
                      })}
                    </Typography>
                  </li>
                ))}
              </ul>
            )}
          </Box>
        )}

        {preview && (
          <Box data-testid="spreadsheet-changes">
            <Typography fontWeight="bold">
              {nothing
                ? t('spreadsheet.nothing')
                : t('spreadsheet.summary', { added: preview.added, changed: preview.changed })}
            </Typography>
            {preview.tables
              .filter((table) => table.added.length + table.changed.length > 0)
              .map((table) => (
                <Box key={table.type} paddingTop={2}>
                  <Typography variant="omega" fontWeight="semiBold">
                    {table.sheet ?? tables.find((known) => known.type === table.type)?.name ?? table.type}
                  </Typography>
                  <ul>
                    {table.added.map((row) => (
                      <li key={`a${row.line}`}>
                        <Typography>
                          {t('spreadsheet.added', { line: row.line })}{' '}
                          {row.values.map((v) => `${v.column}: ${shown(v.value)}`).join('; ')}
                        </Typography>
                      </li>
                    ))}
                    {table.changed.map((row) => (
                      <li key={`c${row.line}`}>
                        <Typography>
                          {t('spreadsheet.changed', { line: row.line })}{' '}
                          {row.changes.map((c) => `${c.column}: ${shown(c.from)} → ${shown(c.to)}`).join('; ')}
                        </Typography>
                      </li>
                    ))}
                  </ul>
                </Box>
              ))}
            {!nothing && (
              <Button onClick={() => send('commit')} loading={busy} data-testid="spreadsheet-commit">
                {t('spreadsheet.commit')}
              </Button>
            )}
          </Box>
        )}

        {done && (
          <Typography textColor="success600" role="status" data-testid="spreadsheet-done">
            {t('spreadsheet.done', { added: done.added, changed: done.changed })}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
