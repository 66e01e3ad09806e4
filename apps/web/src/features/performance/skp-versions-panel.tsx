import { Badge, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import type { Skp, SkpVersion } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { diffSnapshots, rhkOfSnapshot } from './skp-version-diff';
import { useVersions } from './use-performance';

const CHANGE_COLOR = { added: 'teal.9', removed: 'red.9', changed: 'orange.9', same: 'gray.7' } as const;

/** Every kept version of the SKP (submission, return, approval, revision) and a side-by-side comparison of two. */
export function SkpVersionsPanel({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = useVersions(skp.id);
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string | null>(null);
  if (versions.isPending) return <LoadingState />;
  if (versions.isError) return <ErrorState error={versions.error} />;
  const items = versions.data.items.map((v, n) => ({ ...v, n }));
  const columns: Column<SkpVersion & { n: number }>[] = [
    { key: 'version', header: 'v', render: (v) => v.version, width: 50 },
    {
      key: 'event',
      header: t('performance.versions.event'),
      render: (v) => t(`performance.versions.events.${v.event}`, { defaultValue: v.event }),
    },
    { key: 'at', header: t('performance.versions.at'), render: (v) => formatDateTime(v.at, language) },
    { key: 'by', header: t('performance.versions.by'), render: (v) => v.actorName ?? '—' },
    { key: 'note', header: t('performance.versions.note'), render: (v) => v.note ?? '—' },
    {
      key: 'rhk',
      header: t('performance.versions.compare'),
      render: (v) => rhkOfSnapshot(v.snapshot).length,
    },
  ];
  const options = items.map((v) => ({
    value: String(v.n),
    label: `v${v.version} · ${t(`performance.versions.events.${v.event}`, { defaultValue: v.event })} · ${formatDateTime(v.at, language)}`,
  }));
  const from = left ?? (items.length > 1 ? String(items.length - 2) : null);
  const to = right ?? (items.length > 0 ? String(items.length - 1) : null);
  const rows =
    from !== null && to !== null
      ? diffSnapshots(items[Number(from)]?.snapshot, items[Number(to)]?.snapshot)
      : [];

  return (
    <Stack gap="lg">
      <DataTable
        caption={t('performance.skp.tabs.versions')}
        columns={columns}
        rows={items}
        rowKey={(v) => v.n}
      />
      {items.length > 1 && (
        <section>
          <Title order={2} size="h4" mb="xs">
            {t('performance.versions.diffTitle')}
          </Title>
          <Group mb="sm">
            <NativeSelect
              label={t('performance.versions.from')}
              data={options}
              value={from ?? ''}
              onChange={(e) => setLeft(e.currentTarget.value)}
            />
            <NativeSelect
              label={t('performance.versions.to')}
              data={options}
              value={to ?? ''}
              onChange={(e) => setRight(e.currentTarget.value)}
            />
          </Group>
          <DataTable
            caption={t('performance.versions.diffTitle')}
            variant="bordered"
            columns={[
              {
                key: 'from',
                header: t('performance.versions.from'),
                render: (r) => <Text size="sm">{r.before ?? '—'}</Text>,
              },
              {
                key: 'to',
                header: t('performance.versions.to'),
                render: (r) => <Text size="sm">{r.after ?? '—'}</Text>,
              },
              {
                key: 'change',
                header: t('performance.versions.change'),
                render: (r) => (
                  <Badge variant="outline" color={CHANGE_COLOR[r.change]}>
                    {t(`performance.versions.changes.${r.change}`)}
                  </Badge>
                ),
              },
            ]}
            rows={rows}
            rowKey={(r) => r.key}
          />
        </section>
      )}
    </Stack>
  );
}
