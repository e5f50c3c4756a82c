/**
 * The Content Manager list view shows a fixed-list column (`choice`, `choices`) by its labels in the admin's
 * language, not by the stored keys: the plugin's `Admin/CM/pages/ListView/inject-column-in-table` hook gives those
 * columns this cell (the text itself is common/list-cells.ts).
 */
import { Typography } from '@strapi/design-system';
import { choiceCellText, isChoiceAttribute, type ListAttribute } from '../../../common/list-cells';
import { useTranslate } from '../translate';

type Header = { name: string; attribute?: ListAttribute; cellFormatter?: unknown };

const ChoiceCell = ({ field, attribute, value }: { field: string; attribute: ListAttribute; value: unknown }) => {
  const { language } = useTranslate();
  const text = choiceCellText(field, attribute, value, language);
  return <Typography textColor="neutral800">{text === '' ? '-' : text}</Typography>;
};

/** The hook: every fixed-list column of the table gets the labelled cell; other columns are left as they are. */
export const labelChoiceColumns = <H extends Header>({
  displayedHeaders,
  layout,
}: {
  displayedHeaders: H[];
  layout: unknown;
}) => ({
  displayedHeaders: displayedHeaders.map((header) =>
    isChoiceAttribute(header.attribute) && header.cellFormatter === undefined
      ? {
          ...header,
          cellFormatter: (row: Record<string, unknown>) => (
            <ChoiceCell field={header.name} attribute={header.attribute!} value={row[header.name]} />
          ),
        }
      : header,
  ),
  layout,
});
