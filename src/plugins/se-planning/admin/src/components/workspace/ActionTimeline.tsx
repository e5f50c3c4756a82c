/**
 * The #7 action plan on a month timeline across the plan's period: each activity as a bar from its start to its end
 * with its status in words, and the #11 monitoring deadlines, a passed one not done said so. The dates are also
 * written out beside each bar (the bars are not the only way to read them).
 */
import { Box, Typography } from '@strapi/design-system';
import { activityStatuses } from '../../../../common/vocabulary';
import { useTranslate } from '../../translate';
import { rowAnchor } from './ChainView';
import type { SheetRow, Workspace } from './types';

const monthIndex = (day: string, firstYear: number) => {
  const [year, month] = day.slice(0, 7).split('-').map(Number);
  return (year - firstYear) * 12 + (month - 1);
};

const rowsOf = (workspace: Workspace, number: number, type: string): SheetRow[] =>
  workspace.sheets.find((s) => s.number === number)?.tables.find((t) => t.type === type)?.rows ?? [];

export const ActionTimeline = ({ workspace }: { workspace: Workspace }) => {
  const { t, label } = useTranslate();
  const { periodStartYear: first, periodEndYear: last } = workspace.plan;
  const months = (last - first + 1) * 12;
  const share = (index: number) => `${(Math.min(Math.max(index, 0), months) / months) * 100}%`;
  const today = new Date().toISOString().slice(0, 10);
  const activities = rowsOf(workspace, 7, 'activity');
  const monitoring = rowsOf(workspace, 11, 'monitoring-activity').filter((row) => row.deadline);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <Box
      tag="section"
      aria-labelledby="timeline-heading"
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      padding={6}
      data-testid="timeline"
    >
      <Typography variant="beta" tag="h2" id="timeline-heading">
        {t('timeline.title', { from: first, to: last })}
      </Typography>
      <Box position="relative" paddingTop={4} style={{ display: 'flex' }} aria-hidden>
        {years.map((year) => (
          <Box key={year} style={{ flex: 1, borderLeft: '1px solid #dcdce4', paddingLeft: 4 }}>
            <Typography variant="pi">{year}</Typography>
          </Box>
        ))}
      </Box>
      <ul>
        {activities.map((activity) => {
          const start = activity.startsOn ? monthIndex(String(activity.startsOn), first) : null;
          const end = activity.endsOn
            ? monthIndex(String(activity.endsOn), first) + 1
            : start !== null
              ? start + 1
              : null;
          const status = activity.executionStatus
            ? label(activityStatuses[activity.executionStatus as keyof typeof activityStatuses])
            : '—';
          return (
            <li key={activity.documentId} data-testid={`timeline-${activity.documentId}`}>
              <Box paddingTop={2}>
                <a href={`#${rowAnchor(activity.documentId)}`}>
                  <Typography variant="pi" fontWeight="semiBold">
                    {String(activity.title)}
                  </Typography>
                </a>{' '}
                <Typography variant="pi" textColor="neutral600">
                  {t('timeline.when', {
                    from: String(activity.startsOn ?? '—'),
                    to: String(activity.endsOn ?? '—'),
                    status,
                  })}
                </Typography>
                <Box position="relative" style={{ height: 8, background: '#f6f6f9' }} aria-hidden>
                  {start !== null && end !== null && (
                    <Box
                      position="absolute"
                      style={{
                        left: share(start),
                        width: `calc(${share(end)} - ${share(start)})`,
                        top: 0,
                        bottom: 0,
                        background: '#7b79ff',
                        borderRadius: 4,
                      }}
                    />
                  )}
                </Box>
              </Box>
            </li>
          );
        })}
      </ul>
      {monitoring.length > 0 && (
        <Box paddingTop={4}>
          <Typography variant="omega" fontWeight="bold" tag="h3">
            {t('timeline.monitoring')}
          </Typography>
          <ul>
            {monitoring.map((row) => {
              const overdue = !row.done && String(row.deadline) < today;
              return (
                <li key={row.documentId} data-testid={`deadline-${row.documentId}`}>
                  <a href={`#${rowAnchor(row.documentId)}`}>
                    <Typography variant="pi">{String(row.title)}</Typography>
                  </a>{' '}
                  <Typography variant="pi" textColor={overdue ? 'danger600' : 'neutral600'}>
                    {t(row.done ? 'timeline.done' : overdue ? 'timeline.overdue' : 'timeline.due', {
                      day: String(row.deadline),
                    })}
                  </Typography>
                </li>
              );
            })}
          </ul>
        </Box>
      )}
    </Box>
  );
};
