import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../pluginId';
import { PlanCard } from '../components/PlanCard';
import type { Column, PlanSummary } from '../types';

const t = (id: string) => `${PLUGIN_ID}.${id}`;

type State = { status: 'loading' } | { status: 'error' } | { status: 'ok'; plans: PlanSummary[]; columns: Column[] };

/** The plugin's entry page: every plan with the row count of each worksheet. */
export const PlansPage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [state, setState] = React.useState<State>({ status: 'loading' });

  React.useEffect(() => {
    get<{ data: PlanSummary[]; meta: { columns: Column[] } }>(`/${PLUGIN_ID}/plans`)
      .then(({ data }) => setState({ status: 'ok', plans: data.data, columns: data.meta.columns }))
      .catch(() => setState({ status: 'error' }));
  }, [get]);

  const title = formatMessage({ id: t('plans.title'), defaultMessage: 'Rīcības plāni' });
  if (state.status === 'loading') return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        primaryAction={
          <RouterLink to={`/plugins/${PLUGIN_ID}/review`} data-testid="queue-link">
            {formatMessage({ id: t('queue.title'), defaultMessage: 'Izskatīšanas rinda' })}
          </RouterLink>
        }
        title={title}
        subtitle={formatMessage({
          id: t('plans.subtitle'),
          defaultMessage: 'Pašvaldību sociālās uzņēmējdarbības atbalsta plāni un to darba lapu aizpildījums',
        })}
      />
      <Layouts.Content>
        {state.status === 'error' ? (
          <Typography textColor="danger600" role="alert">
            {formatMessage({ id: t('plans.error'), defaultMessage: 'Plānus neizdevās ielādēt.' })}
          </Typography>
        ) : state.plans.length === 0 ? (
          <EmptyStateLayout
            content={formatMessage({ id: t('plans.empty'), defaultMessage: 'Vēl nav neviena plāna.' })}
          />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {state.plans.map((plan) => (
              <PlanCard key={plan.documentId} plan={plan} columns={state.columns} />
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
