/** One worksheet as the method presents it: "Darba lapa #N: <title>", its purpose line and hints, how complete it is, its tables. */
import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useTranslate } from '../../translate';
import { WorksheetTable } from './WorksheetTable';
import { RiskRegister } from './RiskRegister';
import { ProgressChart } from './ProgressChart';
import { PartnershipChecklist } from './PartnershipChecklist';
import type { Chain, Completeness, Sheet, Workspace } from './types';

type Props = {
  sheet: Sheet;
  plan: Workspace['plan'];
  options: Workspace['options'];
  completeness?: Completeness;
  /** The chain (its indicators' progress shows in #8). */
  chain?: Chain;
  onChanged: () => void;
};

export const WorksheetSection = ({ sheet, plan, options, completeness, chain, onChanged }: Props) => {
  const { t, label } = useTranslate();
  const figures = completeness?.sheets.find((s) => s.worksheet === sheet.number);
  const gaps = completeness?.gaps.filter((gap) => gap.worksheet === sheet.number) ?? [];
  const percent = figures && figures.rows > 0 ? Math.round((figures.complete / figures.rows) * 100) : 0;
  const heading = `sheet-${sheet.number}-heading`;
  return (
    <Box
      tag="section"
      aria-labelledby={heading}
      id={`darba-lapa-${sheet.number}`}
      background="neutral0"
      shadow="tableShadow"
      hasRadius
      padding={6}
      data-testid={`sheet-${sheet.number}`}
    >
      <Typography variant="beta" tag="h2" id={heading}>
        {t('workspace.sheet', { number: sheet.number, title: label(sheet.title) })}
      </Typography>
      <Box paddingTop={2}>
        <Typography>
          <strong>{t('workspace.purpose')}</strong> {label(sheet.purpose)}
        </Typography>
      </Box>
      {sheet.hints.map((hint) => (
        <Box key={hint.lv} paddingTop={1}>
          <Typography variant="pi" textColor="neutral600">
            {label(hint)}
          </Typography>
        </Box>
      ))}
      {sheet.examples?.map((example) => (
        <Box key={example.lv} paddingTop={1}>
          <Typography variant="pi" textColor="neutral600">
            <em>{t('workspace.example')}</em> {label(example)}
          </Typography>
        </Box>
      ))}
      {figures && (
        <Flex gap={3} paddingTop={3} data-testid={`completeness-${sheet.number}`}>
          <Box style={{ width: '12rem' }}>
            <ProgressBar
              value={percent}
              size="S"
              aria-label={t('workspace.complete', { complete: figures.complete, rows: figures.rows })}
            />
          </Box>
          <Typography variant="pi">
            {t('workspace.complete', { complete: figures.complete, rows: figures.rows })}
          </Typography>
        </Flex>
      )}
      {sheet.number === 8 && chain && <ProgressChart chain={chain} />}
      {sheet.tables
        .filter((table) => table.type === 'partnership-step')
        .map((table) => (
          <PartnershipChecklist key="checklist" table={table} onChanged={onChanged} />
        ))}
      {sheet.tables
        .filter((table) => table.type === 'risk')
        .map((table) => (
          <RiskRegister key="register" risks={table.rows} />
        ))}
      {sheet.tables.map((table) => (
        <WorksheetTable
          key={table.type}
          table={table}
          title={table.displayName}
          plan={plan}
          options={options}
          gaps={gaps}
          onChanged={onChanged}
        />
      ))}
    </Box>
  );
};
