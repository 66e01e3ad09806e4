import { Text } from '@mantine/core';
import type { AuditEntry } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { diffRecords, type DiffRow } from './audit-diff';

/** Before/after of one audit entry, changed fields first-class. */
export function AuditDiffView({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows = diffRecords(entry.before, entry.after);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.diff.none')}
      </Text>
    );
  }
  const value = (text: string) => (
    <Text className="json-block" ff="monospace" fz="xs">
      {text || '—'}
    </Text>
  );
  const columns: Column<DiffRow>[] = [
    {
      key: 'field',
      header: t('audit.diff.field'),
      render: (row) => (
        <Text fz="xs" fw={row.changed ? 700 : 400}>
          {row.path || t('audit.diff.value')}
          {row.changed && (
            <StatusBadge ml={6} size="xs" tone="attention">
              {t('audit.diff.changed')}
            </StatusBadge>
          )}
        </Text>
      ),
    },
    { key: 'before', header: t('audit.diff.before'), render: (row) => value(row.before) },
    { key: 'after', header: t('audit.diff.after'), render: (row) => value(row.after) },
  ];
  return (
    <DataTable
      caption={t('audit.diff.caption', { id: entry.id })}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.path}
      minWidth={520}
    />
  );
}
