/**
 * The #10 register by level, as the sheet rates risks (augsts / vidējs / zems, and those not yet rated), each with
 * its possible impact. A medium or high risk without preventive measures, reactive action or a responsible person
 * stands out, with what it lacks said in words (not by colour alone).
 */
import { Box, Flex, Typography } from '@strapi/design-system';
import { riskLevels } from '../../../../common/vocabulary';
import { useTranslate } from '../../translate';
import { rowAnchor } from './ChainView';
import type { SheetRow } from './types';

const LEVELS = ['high', 'medium', 'low', null] as const;
const blank = (value: unknown) => value === null || value === undefined || String(value).trim() === '';

/** What a medium or high risk still lacks (the sheet asks measures only of those). */
export const missingOf = (risk: SheetRow): ('preventive' | 'reactive' | 'responsible')[] =>
  risk.level === 'high' || risk.level === 'medium'
    ? [
        ...(blank(risk.preventiveMeasures) ? (['preventive'] as const) : []),
        ...(blank(risk.reactiveAction) ? (['reactive'] as const) : []),
        ...(blank(risk.responsible) && !risk.responsibleUnit ? (['responsible'] as const) : []),
      ]
    : [];

export const RiskRegister = ({ risks }: { risks: SheetRow[] }) => {
  const { t, label } = useTranslate();
  return (
    <Box paddingTop={4} data-testid="risk-register">
      <Typography variant="omega" fontWeight="bold" tag="h3">
        {t('risks.title')}
      </Typography>
      <Flex gap={4} alignItems="flex-start" wrap="wrap" paddingTop={2}>
        {LEVELS.map((level) => {
          const group = risks.filter((risk) => (risk.level ?? null) === level);
          const name = level ? label(riskLevels[level]) : t('risks.unrated');
          return (
            <Box
              key={level ?? 'none'}
              padding={3}
              background="neutral100"
              hasRadius
              style={{ flex: '1 1 14rem' }}
              data-testid={`risks-${level ?? 'unrated'}`}
            >
              <Typography variant="sigma" tag="h4">
                {name} ({group.length})
              </Typography>
              <ul>
                {group.map((risk) => {
                  const missing = missingOf(risk);
                  return (
                    <li key={risk.documentId}>
                      <Box
                        paddingTop={2}
                        paddingLeft={2}
                        style={missing.length ? { borderLeft: '4px solid #d02b20' } : undefined}
                        data-testid={missing.length ? `risk-lacking-${risk.documentId}` : undefined}
                      >
                        <a href={`#${rowAnchor(risk.documentId)}`}>
                          <Typography fontWeight="semiBold">{String(risk.factor)}</Typography>
                        </a>
                        {!blank(risk.impact) && (
                          <Typography variant="pi" tag="p">
                            {t('risks.impact')}: {String(risk.impact)}
                          </Typography>
                        )}
                        {missing.length > 0 && (
                          <Typography variant="pi" textColor="danger600" tag="p">
                            {t('risks.lacks')}: {missing.map((m) => t(`risks.${m}`)).join(', ')}
                          </Typography>
                        )}
                      </Box>
                    </li>
                  );
                })}
              </ul>
            </Box>
          );
        })}
      </Flex>
    </Box>
  );
};
