/**
 * The plan as a document for the council: DOCX always, PDF where the server has Chromium (otherwise the button is
 * disabled and says why, from GET /se-planning/exports/availability). Downloads go through the admin's fetch client
 * (the staff member's token), then are handed to the browser as a file.
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useAdminData } from '../../hooks/useAdminData';
import { serverError } from '../../server-error';
import { PLUGIN_ID } from '../../pluginId';
import { useTranslate } from '../../translate';

type Availability = { available: boolean; reason: string | null };

export const PlanDocuments = ({ documentId, title }: { documentId: string; title: string }) => {
  const { t } = useTranslate();
  const { get } = useFetchClient();
  const availability = useAdminData<{ data: { docx: Availability; pdf: Availability } }>(
    `/${PLUGIN_ID}/exports/availability`,
  );
  const [busy, setBusy] = React.useState<'docx' | 'pdf' | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  const download = async (format: 'docx' | 'pdf') => {
    setBusy(format);
    setFailure(null);
    try {
      const { data } = await get<Blob>(`/${PLUGIN_ID}/plans/${documentId}/export.${format}`, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${title}.${format}`;
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
