import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type Column } from './data-table';

type Row = { id: number; group: string; size: number; name: string; count: number };
const ROWS: Row[] = [
  { id: 1, group: 'A', size: 2, name: 'first', count: 10 },
  { id: 2, group: 'A', size: 0, name: 'second', count: 2 },
  { id: 3, group: 'B', size: 1, name: 'third', count: 7 },
];

function render(props: Partial<Parameters<typeof DataTable<Row>>[0]>, columns: Column<Row>[]): string {
  const table = createElement(DataTable<Row>, {
    caption: 'Daftar uji',
    columns,
    rows: ROWS,
    rowKey: (r) => r.id,
    ...props,
  });
  return renderToStaticMarkup(createElement(MantineProvider, null, table));
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('DataTable', () => {
  it('names the table with a caption and a labelled, focusable scroll region', () => {
    const html = render({}, [{ key: 'name', header: 'Nama', render: (r) => r.name }]);
    expect(html).toMatch(/role="region" aria-label="Daftar uji" tabindex="0"/);
    expect(html).toMatch(/<caption[^>]*>Daftar uji<\/caption>/);
    expect(count(html, /<th[^>]*scope="col"/)).toBe(1);
  });

  it('renders the cells of a row-header column as <th scope="row">', () => {
    const html = render({ withHeader: false }, [
      { key: 'name', header: 'Kolom', render: (r) => r.name, rowHeader: true },
      { key: 'count', header: 'Nilai', render: (r) => r.count },
    ]);
    expect(count(html, /<th[^>]*scope="row"[^>]*>/)).toBe(3);
    expect(html).not.toContain('<thead');
  });

  it('lets a cell span rows and leaves out the cells it covers', () => {
    const html = render({ variant: 'bordered' }, [
      { key: 'group', header: 'Grup', render: (r) => r.group, rowSpan: (r) => r.size },
      { key: 'name', header: 'Nama', render: (r) => r.name },
    ]);
    expect(html).toMatch(/rowSpan="2"[^>]*>A<\/td>/i);
    expect(count(html, />A<\/td>/)).toBe(1);
    expect(html).toMatch(/>B<\/td>/);
    expect(count(html, /<td/)).toBe(5);
  });

  it('aligns a numeric column to the right in the header and every cell', () => {
    const html = render({}, [{ key: 'count', header: 'Jumlah', render: (r) => r.count, align: 'right' }]);
    expect(count(html, /text-align:\s*right/)).toBe(4);
  });

  it('shows the empty state instead of the table when there are no rows', () => {
    const html = render({ rows: [], empty: createElement('p', null, 'Tidak ada data') }, [
      { key: 'name', header: 'Nama', render: (r) => r.name },
    ]);
    expect(html).toContain('<p>Tidak ada data</p>');
    expect(html).not.toContain('<table');
  });

  it('passes per-row props to the row', () => {
    const html = render({ rowProps: (r) => ({ 'aria-current': r.id === 3 ? 'true' : undefined }) }, [
      { key: 'name', header: 'Nama', render: (r) => r.name },
    ]);
    expect(count(html, /aria-current="true"/)).toBe(1);
  });
});
