import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { labelOf, planStatuses } from '../../../common/vocabulary';
import { worksheets } from '../../../common/worksheets';
import { planRowsLink } from '../links';
import { PLUGIN_ID } from '../pluginId';
import { useTranslate } from '../translate';
import type { Column, PlanSummary } from '../types';

/** Worksheets #1–#11 in order, then the public catalogue (types without a worksheet). */
export const groupColumns = (columns: Column[]) => [
  ...Object.keys(worksheets)
    .map(Number)
    .map((number) => ({ key: `#${number}`, number, columns: columns.filter((c) => c.worksheet === number) })),
  { key: 'public', number: null, columns: columns.filter((c) => c.worksheet === null) },
];

const shortName = (displayName: string) => displayName.replace(/\s*\(#\d+\)$/, '');

export const PlanCard = ({ plan, columns }: { plan: PlanSummary; columns: Column[] }) => {
  const { t, label, language } = useTranslate();
  return (
    <Box background="neutral0" shadow="tableShadow" hasRadius padding={6} data-testid={`plan-${plan.documentId}`}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} paddingBottom={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="beta" tag="h2">
            {plan.title}
          </Typography>
          <Typography textColor="neutral600">
            {plan.municipality?.name ?? '—'} · {plan.periodStartYear}–{plan.periodEndYear}
          </Typography>
        </Flex>
        <Flex gap={3}>
          <RouterLink to={`/plugins/${PLUGIN_ID}/plans/${plan.documentId}`} data-testid="workspace-link">
            {t('plans.workspace')}
          </RouterLink>
          <RouterLink to={`/plugins/${PLUGIN_ID}/plans/${plan.documentId}/checks`} data-testid="checks-link">
            {t('plans.checks')}
          </RouterLink>
          <Badge>{labelOf(planStatuses, plan.planStatus, language) || plan.planStatus}</Badge>
        </Flex>
      </Flex>
      <Grid.Root gap={3}>
        {groupColumns(columns).map((group) => (
          <Grid.Item key={group.key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Box padding={3} background="neutral100" hasRadius width="100%">
              <Typography variant="sigma" textColor="neutral600">
                {group.number ? `#${group.number} ${label(worksheets[group.number])}` : t('plans.public')}
              </Typography>
              {group.columns.map((column) => {
                const count = plan.rowCounts[column.type] ?? 0;
                return (
                  <Flex key={column.type} gap={2} paddingTop={1}>
                    <RouterLink to={planRowsLink(column.uid, plan.documentId)} data-testid={`count-${column.type}`}>
                      <Typography fontWeight="bold" textColor={count > 0 ? 'primary600' : 'danger600'}>
                        {count}
                      </Typography>
                    </RouterLink>
                    <Typography>{shortName(column.displayName)}</Typography>
                  </Flex>
                );
              })}
            </Box>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
};
