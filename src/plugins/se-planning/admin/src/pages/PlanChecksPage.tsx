import { Link as RouterLink, useParams } from 'react-router-dom';
import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { Loaded } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useAdminData } from '../hooks/useAdminData';
import { editLink } from '../links';
import { PLUGIN_ID } from '../pluginId';
import { useTranslate } from '../translate';

type Criterion = { key: string; label: { lv: string; en: string }; met: boolean; reason: string };
type Finding = { type: string; documentId: string; title?: string; message: string; path?: string[] };
type Checks = {
  plan: { documentId: string; title: string; periodStartYear: number; periodEndYear: number };
  smart: { documentId: string; title: string; met: boolean; criteria: Criterion[] }[];
  blocking: Finding[];
  warnings: Finding[];
  gaps: Finding[];
};

const Findings = ({ title, items, testId }: { title: string; items: Finding[]; testId: string }) => {
  const { t } = useTranslate();
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} data-testid={testId}>
      <Typography variant="delta" tag="h2">
        {title} ({items.length})
      </Typography>
      {items.length === 0 ? (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">{t('checks.none')}</Typography>
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

/** One plan's checks: the SMART check of each goal (#6), what blocks adoption, period warnings and gaps to close. */
export const PlanChecksPage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const { t, label } = useTranslate();
  const result = useAdminData<{ data: Checks }>(`/${PLUGIN_ID}/plans/${documentId}/checks`);
  const plan = result.data?.data.plan;

  return (
    <PluginPage
      title={plan?.title ?? t('checks.title')}
      subtitle={plan && t('checks.subtitle', { from: plan.periodStartYear, to: plan.periodEndYear })}
      backToPlans
    >
      <Loaded result={result} errorTitle={t('checks.error')}>
        {({ data: checks }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Box background="neutral0" shadow="tableShadow" hasRadius padding={6}>
              <Typography variant="delta" tag="h2">
                {t('checks.smart')}
              </Typography>
              {checks.smart.map((goal) => (
                <Box key={goal.documentId} paddingTop={4} data-testid={`smart-${goal.documentId}`}>
                  <Flex gap={2} paddingBottom={2}>
                    <Badge>{goal.met ? t('checks.smart.met') : t('checks.smart.notMet')}</Badge>
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
                            <Typography variant="sigma">{label(criterion.label)}</Typography>
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
            <Findings testId="blocking" title={t('checks.blocking')} items={checks.blocking} />
            <Findings testId="warnings" title={t('checks.warnings')} items={checks.warnings} />
            <Findings testId="gaps" title={t('checks.gaps')} items={checks.gaps} />
          </Flex>
        )}
      </Loaded>
    </PluginPage>
  );
};
