/**
 * The plan as a document for the council: DOCX always, PDF where the server has Chromium (otherwise the button is
 * disabled and says why, from GET /se-planning/exports/availability). Downloads go through the admin's fetch client
 * (the staff member's token), then are handed to the browser as a file.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useAdminData } from '../../hooks/useAdminData';
import { serverError } from '../../server-error';
import { PLUGIN_ID } from '../../pluginId';
import { useTranslate } from '../../translate';

type Availability = { available: boolean; reason: string | null };

/** `versions`: how many adopted versions the plan has (each can be downloaded as the council adopted it). */
export const PlanDocuments = ({
  documentId,
  title,
  versions = 0,
}: {
  documentId: string;
  title: string;
  versions?: number;
}) => {
  const { t } = useTranslate();
  const { get } = useFetchClient();
  const availability = useAdminData<{ data: { docx: Availability; pdf: Availability } }>(
    `/${PLUGIN_ID}/exports/availability`,
  );
  const [busy, setBusy] = React.useState<'docx' | 'pdf' | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  // '' the plan as it is now, otherwise an adopted version's number
  const [version, setVersion] = React.useState('');

  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setFailure(null);
    try {
      const path = version ? `versions/${version}/export.${format}` : `export.${format}`;
      const { data } = await get<Blob>(`/${PLUGIN_ID}/plans/${documentId}/${path}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${title}${version ? ` v${version}` : ''}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (thrown) {
      setFailure(t('documents.failed', { message: serverError(thrown).message ?? String(thrown) }));
    } finally {
      setBusy(null);
    }
  };

  const pdf = availability.data?.data.pdf;
  return (
    <Box background="neutral0" hasRadius padding={4} data-testid="plan-documents">
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Typography variant="delta" tag="h2">
          {t('documents.title')}
        </Typography>
        <Typography>{t('documents.hint')}</Typography>
        {versions > 0 && (
          <Field.Root id="plan-document-version">
            <Field.Label>{t('documents.which')}</Field.Label>
            <SingleSelect value={version} onChange={(picked: string | number) => setVersion(String(picked))}>
              <SingleSelectOption value="">{t('documents.current')}</SingleSelectOption>
              {Array.from({ length: versions }, (_, i) => versions - i).map((number) => (
                <SingleSelectOption key={number} value={String(number)}>
                  {t('documents.version', { number })}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        )}
        <Flex gap={2} wrap="wrap">
          <Button onClick={() => download('docx')} loading={busy === 'docx'} disabled={busy !== null}>
            {t('documents.docx')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => download('pdf')}
            loading={busy === 'pdf'}
            disabled={busy !== null || !pdf?.available}
            aria-describedby={pdf && !pdf.available ? 'pdf-unavailable' : undefined}
          >
            {t('documents.pdf')}
          </Button>
        </Flex>
        {pdf && !pdf.available && (
          <Typography id="pdf-unavailable" textColor="neutral600">
            {pdf.reason}
          </Typography>
        )}
        {failure && (
          <Typography role="alert" textColor="danger600">
            {failure}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
