import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export type FieldItem = { label: string; value: ReactNode };

/** Label/value pairs as a description list (dt/dd). */
export function FieldsList({ items, labelWidth = 160 }: { items: FieldItem[]; labelWidth?: number }) {
  return (
    <DataList withDivider labelWidth={labelWidth} orientation="horizontal">
      {items.map((item) => (
        <DataList.Item key={item.label} style={{ flexWrap: 'wrap' }}>
          <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{item.value ?? '—'}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
