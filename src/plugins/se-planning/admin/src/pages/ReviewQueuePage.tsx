import { Link as RouterLink } from 'react-router-dom';
import { Box, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';
import { isReviewable, type ReviewableType } from '../../../common/review';
import { Loaded } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { useAdminData } from '../hooks/useAdminData';
import { editLink } from '../links';
import { PLUGIN_ID } from '../pluginId';
import { useTranslate, type MessageKey } from '../translate';

type Waiting = { type: string; documentId: string; title: string; plan?: { title?: string } | null; updatedAt: string };

const typeNames: Record<ReviewableType, MessageKey> = {
  plan: 'type.plan',
  'support-programme': 'type.support-programme',
  'engagement-activity': 'type.engagement-activity',
  measurement: 'type.measurement',
};

/** What waits for an approver in their municipalities. */
export const ReviewQueuePage = () => {
  const { t, formatDate } = useTranslate();
  const queue = useAdminData<{ data: Waiting[] }>(`/${PLUGIN_ID}/review/queue`);
  return (
    <PluginPage title={t('queue.title')} subtitle={t('queue.subtitle')} backToPlans>
      <Loaded result={queue} errorTitle={t('queue.error')}>
        {({ data: items }) =>
          items.length === 0 ? (
            <EmptyStateLayout content={t('queue.empty')} />
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
                  <RouterLink to={editLink(item.type, item.documentId)}>
                    <Typography fontWeight="bold">{item.title}</Typography>
                  </RouterLink>
                  <Typography tag="p" variant="pi" textColor="neutral600">
                    {isReviewable(item.type) ? t(typeNames[item.type]) : item.type}
                    {item.plan?.title ? ` · ${item.plan.title}` : ''} · {formatDate(item.updatedAt)}
                  </Typography>
                </Box>
              ))}
            </Flex>
          )
        }
      </Loaded>
    </PluginPage>
  );
};
