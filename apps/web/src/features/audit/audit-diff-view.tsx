import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { AuditEntry } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { diffRecords } from './audit-diff';
import { StatusBadge } from '../../components/status-badge';

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
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('audit.diff.caption', { id: entry.id })}
      tabIndex={0}
    >
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="xs" miw={520}>
        <VisuallyHidden component="caption">{t('audit.diff.caption', { id: entry.id })}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.diff.field')}</Table.Th>
            <Table.Th scope="col">{t('audit.diff.before')}</Table.Th>
            <Table.Th scope="col">{t('audit.diff.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.path} bg={row.changed ? 'yellow.0' : undefined}>
              <Table.Th scope="row" fw={row.changed ? 700 : 400}>
                {row.path || t('audit.diff.value')}
                {row.changed && (
                  <StatusBadge ml={6} size="xs" tone="attention">
                    {t('audit.diff.changed')}
                  </StatusBadge>
                )}
              </Table.Th>
              <Table.Td className="json-block" ff="monospace">
                {row.before || '—'}
              </Table.Td>
              <Table.Td className="json-block" ff="monospace">
                {row.after || '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
