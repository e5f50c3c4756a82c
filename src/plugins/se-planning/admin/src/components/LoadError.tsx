/**
 * A failed request, shown where its answer would have been: what could not be loaded, what the
 * server said, and a way to ask again. `Loaded` renders this, a loader or the answer.
 */
import * as React from 'react';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise, WarningCircle } from '@strapi/icons';
import type { AdminData } from '../hooks/useAdminData';
import type { ServerError } from '../server-error';
import { useTranslate } from '../translate';

type LoadErrorProps = { title: string; error: ServerError; onRetry?: () => void; testId?: string };

export const LoadError = ({ title, error, onRetry, testId = 'load-error' }: LoadErrorProps) => {
  const { t } = useTranslate();
  const said =
    error.message !== null
      ? t('error.server', { status: error.status ?? '—', message: error.message })
      : error.status !== null
        ? t('error.status', { status: error.status })
        : t('error.noAnswer');
  return (
    <Box
      role="alert"
      data-testid={testId}
      background="danger100"
      borderColor="danger200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={4}
      width="100%"
    >
      <Flex gap={3} alignItems="flex-start">
        <Box paddingTop={1}>
          <WarningCircle fill="danger600" aria-hidden />
        </Box>
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography fontWeight="bold" textColor="danger700">
            {title}
          </Typography>
          <Typography textColor="neutral800">{said}</Typography>
          {onRetry && (
            <Button variant="danger-light" size="S" startIcon={<ArrowClockwise />} onClick={onRetry}>
              {t('error.retry')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Box>
  );
};

type LoadedProps<T> = { result: AdminData<T>; errorTitle: string; children: (data: T) => React.ReactNode };

/** The answer of `useAdminData`, or its error with a retry, or a loader while it comes. */
export const Loaded = <T,>({ result, errorTitle, children }: LoadedProps<T>) => {
  const { t } = useTranslate();
  if (result.error) return <LoadError title={errorTitle} error={result.error} onRetry={result.reload} />;
  if (result.data === undefined) {
    return (
      <Flex justifyContent="center" padding={6}>
        <Loader>{t('loading')}</Loader>
      </Flex>
    );
  }
  return <>{children(result.data)}</>;
};
