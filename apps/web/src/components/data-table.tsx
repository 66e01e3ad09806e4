import { Table, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Header cell only for screen readers (e.g. an actions column). */
  hiddenHeader?: boolean;
  width?: number | string;
};

type DataTableProps<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Extra full-width row under a row (expandable details). */
  renderExpanded?: (row: T) => ReactNode;
  minWidth?: number;
};

/** A plain, keyboard-scrollable table; paging lives in `Pager`. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  renderExpanded,
  minWidth = 640,
}: DataTableProps<T>) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table striped highlightOnHover verticalSpacing="xs" miw={minWidth}>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" w={column.width}>
                {column.hiddenHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const expanded = renderExpanded?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                  ))}
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={columns.length}>{expanded}</Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
