/**
 * One table of a worksheet: the sheet's columns in the sheet's order and its rows in their order, each row
 * edited, moved or removed in place, and a row added at the end. Every write goes through the Content Manager's
 * routes (RowForm), so the same guards hold as there; a refusal is shown, never swallowed.
 */
import * as React from 'react';
import {
  Box,
  Button,
  Dialog,
  Flex,
  IconButton,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { serverError } from '../../server-error';
import { refusalText } from './refusal-text';
import { useTranslate } from '../../translate';
import { cellText } from '../../../../common/cell-text';
import { chainAnchor, rowAnchor } from './ChainView';
import { RowForm } from './RowForm';
import type { Gap, Table as SheetTable, Workspace } from './types';

/** The worksheet tables whose rows are nodes of the chain (ChainView). */
const IN_CHAIN = new Set(['goal', 'task', 'activity', 'indicator']);

type Props = {
  table: SheetTable;
  title: string;
  plan: Workspace['plan'];
  options: Workspace['options'];
  gaps: Gap[];
  onChanged: () => void;
};

export const WorksheetTable = ({ table, title, plan, options, gaps, onChanged }: Props) => {
  const { t, label, language } = useTranslate();
  const { put, del } = useFetchClient();
  const [editing, setEditing] = React.useState<string | 'new' | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const base = `/content-manager/collection-types/${table.uid}`;
  const locale = table.localized ? '?locale=lv' : '';

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (thrown) {
      const error = serverError(thrown);
      setProblem(refusalText(error, t));
    }
    onChanged();
  };

  /** The rows in a new order: each row whose place changed is saved with its new position. */
  const move = (index: number, by: -1 | 1) =>
    run(async () => {
      const order = [...table.rows];
      const [moved] = order.splice(index, 1);
      order.splice(index + by, 0, moved);
      for (const [position, row] of order.entries())
        if (row.position !== position)
          await put(`${base}/${row.documentId}${locale}`, { position, revision: row.revision });
    });

  const remove = (documentId: string) => run(() => del(`${base}/${documentId}${locale}`));
  const gapsOf = (documentId: string) => gaps.filter((gap) => gap.documentId === documentId);
  const saved = () => {
    setEditing(null);
    onChanged();
  };

  return (
    <Box paddingTop={4} data-testid={`table-${table.type}`}>
      <Typography variant="omega" fontWeight="bold" tag="h3">
        {title}
      </Typography>
      <Box paddingTop={2} style={{ overflowX: 'auto' }}>
        <Table colCount={table.columns.length + 1} rowCount={table.rows.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">#</Typography>
              </Th>
              {table.columns.map((column) => (
                <Th key={column.field}>
                  <Typography variant="sigma">{label(column.label)}</Typography>
                </Th>
              ))}
              <Th>
                <Typography variant="sigma">{t('workspace.actions')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {table.rows.map((row, index) => (
              <React.Fragment key={row.documentId}>
                <Tr data-testid={`row-${row.documentId}`} id={rowAnchor(row.documentId)}>
                  <Td>
                    <Typography>{index + 1}</Typography>
                    {IN_CHAIN.has(table.type) && (
                      <Box>
                        <a href={`#${chainAnchor(row.documentId)}`} aria-label={t('chain.backLabel')}>
                          <Typography variant="pi">{t('chain.back')}</Typography>
                        </a>
                      </Box>
                    )}
                  </Td>
                  {table.columns.map((column) => (
                    <Td key={column.field} style={{ whiteSpace: 'normal', maxWidth: '18rem' }}>
                      <Typography>
                        {cellText(column, row[column.field], language, t('workspace.yes'), t('workspace.no'))}
                      </Typography>
                    </Td>
                  ))}
                  <Td>
                    <Flex gap={1}>
                      <IconButton
                        label={t('workspace.edit')}
                        onClick={() => setEditing(row.documentId)}
                        variant="ghost"
                      >
                        <Pencil />
                      </IconButton>
                      <IconButton
                        label={t('workspace.up')}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        variant="ghost"
                      >
                        <ArrowUp />
                      </IconButton>
                      <IconButton
                        label={t('workspace.down')}
                        disabled={index === table.rows.length - 1}
                        onClick={() => move(index, 1)}
                        variant="ghost"
                      >
                        <ArrowDown />
                      </IconButton>
                      <Dialog.Root>
                        <Dialog.Trigger>
                          <IconButton label={t('workspace.remove')} variant="ghost">
                            <Trash />
                          </IconButton>
                        </Dialog.Trigger>
                        <Dialog.Content>
                          <Dialog.Header>{t('workspace.remove')}</Dialog.Header>
                          <Dialog.Body>{t('workspace.removeConfirm')}</Dialog.Body>
                          <Dialog.Footer>
                            <Dialog.Cancel>
                              <Button variant="tertiary">{t('workspace.cancel')}</Button>
                            </Dialog.Cancel>
                            <Dialog.Action>
                              <Button variant="danger-light" onClick={() => remove(row.documentId)}>
                                {t('workspace.remove')}
                              </Button>
                            </Dialog.Action>
                          </Dialog.Footer>
                        </Dialog.Content>
                      </Dialog.Root>
                    </Flex>
                  </Td>
                </Tr>
                {gapsOf(row.documentId).length > 0 && editing !== row.documentId && (
                  <Tr>
                    <Td colSpan={table.columns.length + 2}>
                      <Typography variant="pi" textColor="warning700" data-testid={`gaps-${row.documentId}`}>
                        {gapsOf(row.documentId)
                          .map((gap) => gap.message)
                          .join(' · ')}
                      </Typography>
                    </Td>
                  </Tr>
                )}
                {editing === row.documentId && (
                  <Tr>
                    <Td colSpan={table.columns.length + 2}>
                      <RowForm
                        table={table}
                        row={row}
                        plan={plan}
                        options={options}
                        onSaved={saved}
                        onCancel={() => setEditing(null)}
                      />
                    </Td>
                  </Tr>
                )}
              </React.Fragment>
            ))}
          </Tbody>
        </Table>
      </Box>
      {problem && (
        <Box paddingTop={2} role="alert">
          <Typography textColor="danger600">{problem}</Typography>
        </Box>
      )}
      <Box paddingTop={2}>
        {editing === 'new' ? (
          <RowForm table={table} plan={plan} options={options} onSaved={saved} onCancel={() => setEditing(null)} />
        ) : (
          <Button
            variant="secondary"
            startIcon={<Plus />}
            onClick={() => setEditing('new')}
            data-testid={`add-${table.type}`}
          >
            {t('workspace.addRow')}
          </Button>
        )}
      </Box>
    </Box>
  );
};
