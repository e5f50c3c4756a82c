/**
 * Progress of the #8 indicators: each indicator's baseline → target with its dated measurements as a small chart,
 * and the same values as a table (the chart's text equivalent).
 */
import { Box, Flex, Typography } from '@strapi/design-system';
import { useTranslate } from '../../translate';
import type { Chain, ChainIndicator } from './types';

const WIDTH = 240;
const HEIGHT = 60;

/** Every indicator of the chain, once, in the chain's order. */
export const indicatorsOf = (chain: Chain): ChainIndicator[] =>
  chain.goals.flatMap((goal) => [
    ...goal.indicators,
    ...goal.tasks.flatMap((task) => [...task.indicators, ...task.activities.flatMap((a) => a.indicators)]),
  ]);

const Sparkline = ({ indicator, name }: { indicator: ChainIndicator; name: string }) => {
  const values = indicator.measurements.filter((m) => m.value !== null) as { measuredOn: string; value: number }[];
  const all = [indicator.baseline ?? 0, indicator.target ?? 0, ...values.map((m) => Number(m.value))];
  const top = Math.max(...all, 1);
  const y = (value: number) => HEIGHT - 4 - (value / top) * (HEIGHT - 8);
  const x = (i: number) => (values.length < 2 ? WIDTH / 2 : 4 + (i / (values.length - 1)) * (WIDTH - 8));
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label={name}>
      <rect x="0" y="0" width={WIDTH} height={HEIGHT} fill="#f6f6f9" />
      {indicator.target !== null && (
        <line
          x1="0"
          x2={WIDTH}
          y1={y(Number(indicator.target))}
          y2={y(Number(indicator.target))}
          stroke="#328048"
          strokeDasharray="4 3"
        />
      )}
      {indicator.baseline !== null && (
        <line
          x1="0"
          x2={WIDTH}
          y1={y(Number(indicator.baseline))}
          y2={y(Number(indicator.baseline))}
          stroke="#8e8ea9"
          strokeDasharray="2 2"
        />
      )}
      <polyline
        fill="none"
        stroke="#4945ff"
        strokeWidth="2"
        points={values.map((m, i) => `${x(i)},${y(m.value)}`).join(' ')}
      />
      {values.map((m, i) => (
        <circle key={m.measuredOn + i} cx={x(i)} cy={y(m.value)} r="3" fill="#4945ff" />
      ))}
    </svg>
  );
};

export const ProgressChart = ({ chain }: { chain: Chain }) => {
  const { t } = useTranslate();
  const indicators = indicatorsOf(chain);
  if (indicators.length === 0) return null;
  return (
    <Box paddingTop={4} data-testid="progress">
      <Typography variant="omega" fontWeight="bold" tag="h3">
        {t('progress.title')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        {indicators.map((indicator) => {
          const name = t('progress.chart', {
            title: indicator.title,
            baseline: indicator.baseline ?? '—',
            target: indicator.target ?? indicator.targetText ?? '—',
          });
          return (
            <Flex
              key={indicator.documentId}
              gap={4}
              alignItems="flex-start"
              wrap="wrap"
              data-testid={`progress-${indicator.documentId}`}
            >
              <Sparkline indicator={indicator} name={name} />
              <Box>
                <Typography fontWeight="semiBold">{indicator.title}</Typography>
                <table>
                  <caption style={{ textAlign: 'left' }}>
                    <Typography variant="pi">{name}</Typography>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <Typography variant="sigma">{t('progress.date')}</Typography>
                      </th>
                      <th scope="col">
                        <Typography variant="sigma">{t('progress.value')}</Typography>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {indicator.measurements.length === 0 ? (
                      <tr>
                        <td colSpan={2}>
                          <Typography variant="pi">{t('progress.none')}</Typography>
                        </td>
                      </tr>
                    ) : (
                      indicator.measurements.map((m, i) => (
                        <tr key={m.measuredOn + i}>
                          <td>
                            <Typography variant="pi">{m.measuredOn}</Typography>
                          </td>
                          <td>
                            <Typography variant="pi">{m.value ?? '—'}</Typography>
                          </td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </Box>
            </Flex>
          );
        })}
      </Flex>
    </Box>
  );
};
