import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Box, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../pluginId';

type Waiting = { type: string; documentId: string; title: string; plan?: { title?: string } | null; updatedAt: string };

const t = (id: string) => `${PLUGIN_ID}.${id}`;
const typeNames: Record<string, string> = {
  plan: 'Rīcības plāns',
  'support-programme': 'Atbalsta programma',
  'engagement-activity': 'Sabiedrības iesaistes aktivitāte',
  measurement: 'Rādītāja mērījums',
};

/** What waits for an approver in their municipalities. */
export const ReviewQueuePage = () => {
  const { formatMessage, formatDate } = useIntl();
  const { get } = useFetchClient();
  const [items, setItems] = React.useState<Waiting[] | null>(null);

  React.useEffect(() => {
    get<{ data: Waiting[] }>(`/${PLUGIN_ID}/review/queue`)
      .then(({ data }) => setItems(data.data))
      .catch(() => setItems([]));
  }, [get]);

  if (items === null) return <Page.Loading />;
  const title = formatMessage({ id: t('queue.title'), defaultMessage: 'Izskatīšanas rinda' });
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={
          <RouterLink to={`/plugins/${PLUGIN_ID}`}>
            {formatMessage({ id: t('checks.back'), defaultMessage: '← Visi plāni' })}
          </RouterLink>
        }
        title={title}
        subtitle={formatMessage({
          id: t('queue.subtitle'),
          defaultMessage: 'Iesniegtais saturs, kas gaida apstiprinājumu',
        })}
      />
      <Layouts.Content>
        {items.length === 0 ? (
          <EmptyStateLayout
            content={formatMessage({ id: t('queue.empty'), defaultMessage: 'Nekas negaida izskatīšanu' })}
          />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={2}>
            {items.map((item) => (
              <Box
                key={`${item.type}-${item.documentId}`}
                background="neutral0"
                shadow="tableShadow"
                hasRadius
                padding={4}
                data-testid="queue-item"
              >
                <RouterLink
                  to={`/content-manager/collection-types/plugin::${PLUGIN_ID}.${item.type}/${item.documentId}`}
                >
                  <Typography fontWeight="bold">{item.title}</Typography>
                </RouterLink>
                <Typography tag="p" variant="pi" textColor="neutral600">
                  {typeNames[item.type] ?? item.type}
                  {item.plan?.title ? ` · ${item.plan.title}` : ''} ·{' '}
                  {formatDate(item.updatedAt, { dateStyle: 'short', timeStyle: 'short' })}
                </Typography>
              </Box>
            ))}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
