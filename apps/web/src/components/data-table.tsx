import { Table, VisuallyHidden, type TableTrProps } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Header cell only for screen readers (e.g. an actions column). */
  hiddenHeader?: boolean;
  width?: number | string;
  /** Alignment of the header and the cells: counts and amounts read best right-aligned. */
  align?: 'left' | 'center' | 'right';
  /** The cells name their row (`<th scope="row">`), as the label column of a key/value table does. */
  rowHeader?: boolean;
  /**
   * Rows the cell spans (a parent shown once beside its children). 0 leaves the cell out because a cell above
   * spans it; absent means 1.
   */
  rowSpan?: (row: T) => number;
};

type DataTableProps<T> = {
  /** Names the table for screen readers (a hidden caption) and labels its scroll region. */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  /** Extra full-width row under a row (expandable details). */
  renderExpanded?: (row: T) => ReactNode;
  minWidth?: number;
  /** `bordered` draws cell borders (needed when cells span rows, where stripes would mislead). */
  variant?: 'striped' | 'bordered' | 'plain';
  /** False for a key/value table, whose row headers already say what each value is. */
  withHeader?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** Props of one row's `<tr>` (e.g. bold for the row being looked at). */
  rowProps?: (row: T) => TableTrProps;
  mt?: string;
};

/** A plain, keyboard-scrollable table; paging lives in `Pager`. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  renderExpanded,
  minWidth = 640,
  variant = 'striped',
  withHeader = true,
  empty,
  rowProps,
  mt,
}: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const striped = variant === 'striped';
  const bordered = variant === 'bordered';
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table
        striped={striped}
        highlightOnHover={striped}
        withTableBorder={bordered}
        withColumnBorders={bordered}
        verticalSpacing="xs"
        miw={minWidth}
        mt={mt}
      >
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        {withHeader && (
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col" w={column.width} ta={column.align}>
                  {column.hiddenHeader ? <VisuallyHidden>{column.header}</VisuallyHidden> : column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
        )}
        <Table.Tbody>
          {rows.map((row) => {
            const expanded = renderExpanded?.(row);
            return (
              <Fragment key={rowKey(row)}>
                <Table.Tr {...rowProps?.(row)}>
                  {columns.map((column) => {
                    const span = column.rowSpan ? column.rowSpan(row) : 1;
                    if (span === 0) return null;
                    const Cell = column.rowHeader ? Table.Th : Table.Td;
                    return (
                      <Cell
                        key={column.key}
                        scope={column.rowHeader ? 'row' : undefined}
                        rowSpan={span > 1 ? span : undefined}
                        ta={column.align}
                      >
                        {column.render(row)}
                      </Cell>
                    );
                  })}
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
