import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { PLUGIN_ID } from '../pluginId';

type Criterion = { key: string; label: { lv: string; en: string }; met: boolean; reason: string };
type Finding = { type: string; documentId: string; title?: string; message: string; path?: string[] };
type Checks = {
  plan: { documentId: string; title: string; periodStartYear: number; periodEndYear: number };
  smart: { documentId: string; title: string; met: boolean; criteria: Criterion[] }[];
  warnings: Finding[];
  gaps: Finding[];
};

const t = (id: string) => `${PLUGIN_ID}.${id}`;
const editLink = (type: string, documentId: string) =>
  `/content-manager/collection-types/plugin::${PLUGIN_ID}.${type}/${documentId}`;

const Findings = ({ title, items, testId }: { title: string; items: Finding[]; testId: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} data-testid={testId}>
      <Typography variant="delta" tag="h2">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">
            {formatMessage({ id: t('checks.none'), defaultMessage: 'Nav' })}
          </Typography>
        </Box>
      ) : (
        items.map((item) => (
          <Flex key={`${item.type}-${item.documentId}-${item.path?.join('.') ?? ''}`} gap={2} paddingTop={2}>
            <RouterLink to={editLink(item.type, item.documentId)}>
              <Typography fontWeight="bold">{item.title ?? item.documentId}</Typography>
            </RouterLink>
            <Typography textColor="neutral600">{item.message}</Typography>
          </Flex>
        ))
      )}
    </Box>
  );
};

/** One plan's checks: the SMART check of each goal (#6), period warnings and gaps to close. */
export const PlanChecksPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const { formatMessage, locale } = useIntl();
  const { get } = useFetchClient();
  const [checks, setChecks] = React.useState<Checks | null | 'error'>(null);
  const language = locale === 'en' ? 'en' : 'lv';

  React.useEffect(() => {
    get<{ data: Checks }>(`/${PLUGIN_ID}/plans/${documentId}/checks`)
      .then(({ data }) => setChecks(data.data))
      .catch(() => setChecks('error'));
  }, [get, documentId]);

  if (checks === null) return <Page.Loading />;
  if (checks === 'error') {
    return (
      <Page.Main>
        <Layouts.Content>
          <Typography textColor="danger600" role="alert">
            {formatMessage({ id: t('checks.error'), defaultMessage: 'Plāna pārbaudes neizdevās ielādēt.' })}
          </Typography>
        </Layouts.Content>
      </Page.Main>
    );
  }

  return (
    <Page.Main>
      <Page.Title>{checks.plan.title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <RouterLink to={`/plugins/${PLUGIN_ID}`}>
            {formatMessage({ id: t('checks.back'), defaultMessage: '← Visi plāni' })}
          </RouterLink>
        }
        title={checks.plan.title}
        subtitle={formatMessage(
          { id: t('checks.subtitle'), defaultMessage: 'Plāna pārbaudes · {from}–{to}' },
          { from: checks.plan.periodStartYear, to: checks.plan.periodEndYear },
        )}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" shadow="tableShadow" hasRadius padding={6}>
            <Typography variant="delta" tag="h2">
              {formatMessage({ id: t('checks.smart'), defaultMessage: 'Mērķu SMART pārbaude (#6)' })}
            </Typography>
            {checks.smart.map((goal) => (
              <Box key={goal.documentId} paddingTop={4} data-testid={`smart-${goal.documentId}`}>
                <Flex gap={2} paddingBottom={2}>
                  <Badge>
                    {goal.met
                      ? formatMessage({ id: t('checks.smart.met'), defaultMessage: 'SMART' })
                      : formatMessage({ id: t('checks.smart.notMet'), defaultMessage: 'Jāpapildina' })}
                  </Badge>
                  <RouterLink to={editLink('goal', goal.documentId)}>
                    <Typography fontWeight="bold">{goal.title}</Typography>
                  </RouterLink>
                </Flex>
                <Grid.Root gap={2}>
                  {goal.criteria.map((criterion) => (
                    <Grid.Item key={criterion.key} col={2} s={4} xs={12} direction="column" alignItems="stretch">
                      <Box padding={2} background={criterion.met ? 'success100' : 'danger100'} hasRadius width="100%">
                        <Flex gap={1}>
                          {criterion.met ? <Check fill="success600" /> : <Cross fill="danger600" />}
                          <Typography variant="sigma">{criterion.label[language]}</Typography>
                        </Flex>
                        <Typography variant="pi" textColor="neutral700">
                          {criterion.reason}
                        </Typography>
                      </Box>
                    </Grid.Item>
                  ))}
                </Grid.Root>
              </Box>
            ))}
          </Box>
          <Findings
            testId="warnings"
            title={formatMessage({ id: t('checks.warnings'), defaultMessage: 'Brīdinājumi' })}
            items={checks.warnings}
          />
          <Findings
            testId="gaps"
            title={formatMessage({ id: t('checks.gaps'), defaultMessage: 'Aizpildāmās nepilnības' })}
            items={checks.gaps}
          />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
