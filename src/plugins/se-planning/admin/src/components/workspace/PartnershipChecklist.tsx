/**
 * #9 "1. Partnerības kontrolsaraksts" as the sheet has it: three ticks, each with the day it was done and its
 * evidence. Ticking saves the step as done today (unticking clears the day) through the Content Manager's route,
 * with the row's revision; the evidence is written in the table below.
 */
import * as React from 'react';
import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { partnershipSteps } from '../../../../common/vocabulary';
import { serverError } from '../../server-error';
import { refusalText } from './refusal-text';
import { useTranslate } from '../../translate';
import type { Table } from './types';

export const PartnershipChecklist = ({ table, onChanged }: { table: Table; onChanged: () => void }) => {
  const { t, label, formatDay } = useTranslate();
  const { put } = useFetchClient();
  const [problem, setProblem] = React.useState<string | null>(null);
  const tick = async (documentId: string, revision: number, done: boolean) => {
    setProblem(null);
    try {
      await put(`/content-manager/collection-types/${table.uid}/${documentId}`, {
        done,
        doneOn: done ? new Date().toISOString().slice(0, 10) : null,
        revision,
      });
    } catch (thrown) {
      const error = serverError(thrown);
      setProblem(refusalText(error, t));
    }
    onChanged();
  };
  return (
    <Box paddingTop={4} data-testid="partnership-checklist">
      <Typography variant="omega" fontWeight="bold" tag="h3">
        {t('checklist.title')}
      </Typography>
      {table.rows.map((row) => (
        <Flex key={row.documentId} gap={3} paddingTop={2} alignItems="flex-start" data-testid={`step-${row.step}`}>
          <Checkbox
            checked={Boolean(row.done)}
            onCheckedChange={(checked: boolean | 'indeterminate') =>
              tick(row.documentId, row.revision, checked === true)
            }
          >
            {label(partnershipSteps[row.step as keyof typeof partnershipSteps])}
          </Checkbox>
          <Typography variant="pi" textColor="neutral600">
            {row.done ? t('checklist.doneOn', { day: formatDay(row.doneOn as string | null) }) : t('checklist.notDone')}
            {row.evidence ? ` · ${t('checklist.evidence')}: ${String(row.evidence)}` : ''}
          </Typography>
        </Flex>
      ))}
      {problem && (
        <Box paddingTop={2} role="alert">
          <Typography textColor="danger600">{problem}</Typography>
        </Box>
      )}
    </Box>
  );
};
