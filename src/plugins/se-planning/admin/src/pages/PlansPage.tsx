import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Badge, Box, EmptyStateLayout, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../pluginId';
import { worksheets } from '../../../common/worksheets';

type Column = { type: string; displayName: string; worksheet: number | null; uid: string };
type PlanSummary = {
  documentId: string;
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  status: string;
  municipality: { name: string } | null;
  rowCounts: Record<string, number>;
};

const t = (id: string) => `${PLUGIN_ID}.${id}`;

/** Columns grouped by worksheet (#1–#11), then the public catalogue. */
const groupColumns = (columns: Column[]) => {
  const numbers = Object.keys(worksheets).map(Number);
  return [
    ...numbers.map((number) => ({ key: `#${number}`, number, columns: columns.filter((c) => c.worksheet === number) })),
    { key: 'public', number: null, columns: columns.filter((c) => c.worksheet === null) },
  ];
};

const listLink = (uid: string, planDocumentId: string) =>
  `/content-manager/collection-types/${uid}?filters[$and][0][plan][documentId][$eq]=${planDocumentId}`;

export const PlansPage = () => {
  const { formatMessage, locale } = useIntl();
  const { get } = useFetchClient();
  const [state, setState] = React.useState<
    { status: 'loading' } | { status: 'error' } | { status: 'ok'; plans: PlanSummary[]; columns: Column[] }
  >({ status: 'loading' });

  React.useEffect(() => {
    get<{ data: PlanSummary[]; meta: { columns: Column[] } }>(`/${PLUGIN_ID}/plans`)
      .then(({ data }) => setState({ status: 'ok', plans: data.data, columns: data.meta.columns }))
      .catch(() => setState({ status: 'error' }));
  }, [get]);

  const language = locale === 'en' ? 'en' : 'lv';
  const title = formatMessage({ id: t('plans.title'), defaultMessage: 'Rīcības plāni' });

  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error') {
    return (
      <Page.Main>
        <Layouts.Content>
          <Typography textColor="danger600" role="alert">
            {formatMessage({ id: t('plans.error'), defaultMessage: 'Plānus neizdevās ielādēt.' })}
          </Typography>
        </Layouts.Content>
      </Page.Main>
    );
  }
  const groups = groupColumns(state.columns);

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({ id: t('plans.subtitle'), defaultMessage: 'Pašvaldību sociālās uzņēmējdarbības atbalsta plāni' })}
      />
      <Layouts.Content>
        {state.plans.length === 0 ? (
          <EmptyStateLayout content={formatMessage({ id: t('plans.empty'), defaultMessage: 'Vēl nav neviena plāna.' })} />
        ) : (
          <Box overflow="auto">
            <Table colCount={4 + groups.length} rowCount={state.plans.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('plans.column.plan'), defaultMessage: 'Plāns' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('plans.column.municipality'), defaultMessage: 'Pašvaldība' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('plans.column.period'), defaultMessage: 'Periods' })}</Typography></Th>
                  <Th><Typography variant="sigma">{formatMessage({ id: t('plans.column.status'), defaultMessage: 'Statuss' })}</Typography></Th>
                  {groups.map((group) => (
                    <Th key={group.key}>
                      <Typography variant="sigma" title={group.number ? worksheets[group.number][language] : undefined}>
                        {group.number
                          ? group.key
                          : formatMessage({ id: t('plans.column.public'), defaultMessage: 'Atbalsta programmas' })}
                      </Typography>
                    </Th>
                  ))}
                </Tr>
              </Thead>
              <Tbody>
                {state.plans.map((plan) => (
                  <Tr key={plan.documentId}>
                    <Td><Typography fontWeight="bold">{plan.title}</Typography></Td>
                    <Td><Typography>{plan.municipality?.name ?? '—'}</Typography></Td>
                    <Td><Typography>{plan.periodStartYear}–{plan.periodEndYear}</Typography></Td>
                    <Td>
                      <Badge>{formatMessage({ id: t(`status.${plan.status}`), defaultMessage: plan.status })}</Badge>
                    </Td>
                    {groups.map((group) => (
                      <Td key={group.key}>
                        <Flex direction="column" alignItems="flex-start" gap={1}>
                          {group.columns.map((column) => (
                            <RouterLink
                              key={column.type}
                              to={listLink(column.uid, plan.documentId)}
                              title={column.displayName}
                              data-testid={`count-${plan.documentId}-${column.type}`}
                            >
                              <Typography textColor={plan.rowCounts[column.type] ? 'primary600' : 'danger600'}>
                                {plan.rowCounts[column.type] ?? 0}
                              </Typography>
                            </RouterLink>
                          ))}
                        </Flex>
                      </Td>
                    ))}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </Box>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
