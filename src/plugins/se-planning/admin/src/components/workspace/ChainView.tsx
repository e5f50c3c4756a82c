/**
 * The chain as a tree: need/strategy → strategic goal (with its SMART card) → specific tasks → activities →
 * indicators (baseline → target, latest measurement). Every node links to its row in its worksheet, and every
 * row of those worksheets links back here (WorksheetTable), so the chain is walked both ways.
 */
import * as React from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useTranslate } from '../../translate';
import type { Chain, ChainIndicator } from './types';

/** Where a row is in its worksheet, and where it is in the chain. */
export const rowAnchor = (documentId: string) => `rinda-${documentId}`;
export const chainAnchor = (documentId: string) => `kede-${documentId}`;

/** A level of the tree, indented under its parent (the admin's styles take lists' indents away). */
const Level = ({ children }: { children: React.ReactNode }) => (
  <ul style={{ paddingLeft: '1.5rem', listStyle: 'disc' }}>{children}</ul>
);

const Node = ({ documentId, kind, title }: { documentId: string; kind: string; title: string }) => (
  <span id={chainAnchor(documentId)}>
    <Typography variant="pi" textColor="neutral600">
      {kind}:{' '}
    </Typography>
    <a href={`#${rowAnchor(documentId)}`}>
      <Typography fontWeight="semiBold">{title}</Typography>
    </a>
  </span>
);

const Indicators = ({ items }: { items: ChainIndicator[] }) => {
  const { t } = useTranslate();
  if (items.length === 0) return null;
  return (
    <Level>
      {items.map((indicator) => (
        <li key={indicator.documentId}>
          <Node documentId={indicator.documentId} kind={t('chain.indicator')} title={indicator.title} />{' '}
          <Typography variant="pi">
            {t('chain.values', {
              baseline: indicator.baseline ?? '—',
              target: indicator.target ?? indicator.targetText ?? '—',
              latest: indicator.latest ? (indicator.latest.value ?? indicator.latest.qualitativeValue ?? '—') : '—',
              on: indicator.latest?.measuredOn ?? '—',
            })}
          </Typography>
        </li>
      ))}
    </Level>
  );
};

export const ChainView = ({ chain }: { chain: Chain }) => {
  const { t, label } = useTranslate();
  return (
    <Box
      tag="section"
      aria-labelledby="chain-heading"
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      padding={6}
      data-testid="chain"
    >
      <Typography variant="beta" tag="h2" id="chain-heading">
        {t('chain.title')}
      </Typography>
      {chain.goals.length === 0 && (
        <Box paddingTop={2}>
          <Typography textColor="neutral600">{t('chain.empty')}</Typography>
        </Box>
      )}
      {chain.goals.map((goal) => (
        <Box key={goal.documentId} paddingTop={4} data-testid={`chain-goal-${goal.documentId}`}>
          {(goal.strategy || goal.needs.length > 0) && (
            <Typography variant="pi" textColor="neutral600">
              {[
                ...(goal.strategy ? [`${t('chain.strategy')}: ${goal.strategy.name}`] : []),
                ...goal.needs.map((need) => `${t('chain.need')}: ${need.name}`),
              ].join(' · ')}
            </Typography>
          )}
          <Flex gap={2} wrap="wrap">
            <Node documentId={goal.documentId} kind={t('chain.goal')} title={goal.title} />
            {goal.smart?.criteria.map((criterion) => (
              <Badge key={criterion.key} active={criterion.met} title={criterion.reason}>
                {`${criterion.met ? '✓' : '✗'} ${label(criterion.label)}`}
              </Badge>
            ))}
          </Flex>
          {goal.smart?.criteria
            .filter((criterion) => !criterion.met)
            .map((criterion) => (
              <Typography key={criterion.key} variant="pi" textColor="danger600" tag="p">
                {label(criterion.label)}: {criterion.reason}
              </Typography>
            ))}
          <Indicators items={goal.indicators} />
          <Level>
            {goal.tasks.map((task) => (
              <li key={task.documentId}>
                <Node documentId={task.documentId} kind={t('chain.task')} title={task.title} />
                <Indicators items={task.indicators} />
                <Level>
                  {task.activities.map((activity) => (
                    <li key={activity.documentId}>
                      <Node documentId={activity.documentId} kind={t('chain.activity')} title={activity.title} />
                      <Indicators items={activity.indicators} />
                    </li>
                  ))}
                </Level>
              </li>
            ))}
          </Level>
        </Box>
      ))}
    </Box>
  );
};
