import { Link as RouterLink } from 'react-router-dom';
import { EmptyStateLayout, Flex } from '@strapi/design-system';
import { PlanCard } from '../components/PlanCard';
import { Loaded } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useAdminData } from '../hooks/useAdminData';
import { PLUGIN_ID } from '../pluginId';
import { useTranslate } from '../translate';
import type { Column, PlanSummary } from '../types';

/** The plugin's entry page: every plan with the row count of each worksheet. */
export const PlansPage = () => {
  const { t } = useTranslate();
  const plans = useAdminData<{ data: PlanSummary[]; meta: { columns: Column[] } }>(`/${PLUGIN_ID}/plans`);
  return (
    <PluginPage
      title={t('plans.title')}
      subtitle={t('plans.subtitle')}
      primaryAction={
        <RouterLink to={`/plugins/${PLUGIN_ID}/review`} data-testid="queue-link">
          {t('queue.title')}
        </RouterLink>
      }
    >
      <Loaded result={plans} errorTitle={t('plans.error')}>
        {({ data, meta }) =>
          data.length === 0 ? (
            <EmptyStateLayout content={t('plans.empty')} />
          ) : (
            <Flex direction="column" alignItems="stretch" gap={6}>
              {data.map((plan) => (
                <PlanCard key={plan.documentId} plan={plan} columns={meta.columns} />
              ))}
            </Flex>
          )
        }
      </Loaded>
    </PluginPage>
  );
};
