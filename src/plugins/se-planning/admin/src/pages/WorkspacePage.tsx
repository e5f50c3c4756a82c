/**
 * The plan workspace (/admin/plugins/se-planning/plans/:documentId): the 11 worksheets in the method's order,
 * each as the sheet presents it, its rows edited in place, with how complete each sheet is.
 */
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Flex, Typography } from '@strapi/design-system';
import { Loaded } from '../components/LoadError';
import { PluginPage } from '../components/PluginPage';
import { WorksheetSection } from '../components/workspace/WorksheetSection';
import { ChainView } from '../components/workspace/ChainView';
import { ActionTimeline } from '../components/workspace/ActionTimeline';
import { PlanDocuments } from '../components/workspace/PlanDocuments';
import { SpreadsheetImport } from '../components/workspace/SpreadsheetImport';
import type { Chain, Completeness, Workspace } from '../components/workspace/types';
import { useAdminData } from '../hooks/useAdminData';
import { PLUGIN_ID } from '../pluginId';
import { editLink } from '../links';
import { useTranslate } from '../translate';

export const WorkspacePage = () => {
  const { documentId } = useParams<{ documentId: string }>();
  const { t, label } = useTranslate();
  const workspace = useAdminData<{ data: Workspace }>(`/${PLUGIN_ID}/plans/${documentId}/workspace`);
  const checks = useAdminData<{ data: { completeness?: Completeness } }>(`/${PLUGIN_ID}/plans/${documentId}/checks`);
  const chain = useAdminData<{ data: Chain }>(`/${PLUGIN_ID}/plans/${documentId}/chain`);
  const plan = workspace.data?.data.plan;
  const changed = () => {
    workspace.reload();
    checks.reload();
    chain.reload();
  };
  return (
    <PluginPage
      title={plan?.title ?? t('workspace.title')}
      subtitle={
        plan &&
        t('workspace.subtitle', {
          municipality: plan.municipality?.name ?? '—',
          from: plan.periodStartYear,
          to: plan.periodEndYear,
        })
      }
      backToPlans
      primaryAction={
        <Flex gap={4}>
          <RouterLink to={`/plugins/${PLUGIN_ID}/plans/${documentId}/checks`} data-testid="checks-link">
            {t('workspace.checks')}
          </RouterLink>
          {/* submitting, approving and adopting: the review panel beside the plan in the Content Manager */}
          <RouterLink to={editLink('plan', documentId!)} data-testid="review-link">
            {t('workspace.review')}
          </RouterLink>
        </Flex>
      }
    >
      <Loaded result={workspace} errorTitle={t('workspace.error')}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <Box tag="nav" aria-label={t('workspace.sheets')} background="neutral0" hasRadius padding={4}>
              <Flex gap={4} wrap="wrap">
                {data.sheets.map((sheet) => (
                  <a key={sheet.number} href={`#darba-lapa-${sheet.number}`}>
                    <Typography>
                      #{sheet.number} {label(sheet.title)}
                    </Typography>
                  </a>
                ))}
              </Flex>
            </Box>
            <SpreadsheetImport workspace={data} onImported={changed} />
            <Loaded result={chain} errorTitle={t('workspace.error')}>
              {({ data: tree }) => <ChainView chain={tree} />}
            </Loaded>
            <ActionTimeline workspace={data} />
            <PlanDocuments documentId={documentId!} title={data.plan.title} versions={data.plan.version ?? 0} />
            {data.sheets.map((sheet) => (
              <WorksheetSection
                key={sheet.number}
                sheet={sheet}
                plan={data.plan}
                options={data.options}
                completeness={checks.data?.data.completeness}
                chain={chain.data?.data}
                onChanged={changed}
              />
            ))}
          </Flex>
        )}
      </Loaded>
    </PluginPage>
  );
};
