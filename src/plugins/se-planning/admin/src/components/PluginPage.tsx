/** The frame of the plugin's pages: title, header (with the way back to the plans) and content. */
import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import { useTranslate } from '../translate';

type Props = {
  title: string;
  subtitle?: string;
  /** Show "← Visi plāni" above the title. */
  backToPlans?: boolean;
  primaryAction?: React.ReactNode;
  children: React.ReactNode;
};

export const PluginPage = ({ title, subtitle, backToPlans, primaryAction, children }: Props) => {
  const { t } = useTranslate();
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        navigationAction={
          backToPlans ? <RouterLink to={`/plugins/${PLUGIN_ID}`}>{t('checks.back')}</RouterLink> : undefined
        }
        primaryAction={primaryAction}
        title={title}
        subtitle={subtitle}
      />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
};
