import { Anchor, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Position } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { Pager } from '../../components/pager';
import { PositionFormModal } from './position-form-modal';
import { usePositions } from './use-org';
import type { UnitNode } from './unit-tree';
import { StatusBadge } from '../../components/status-badge';

const PAGE_SIZE = 25;

/** The positions of one unit: category, superior position and holder. */
export function PositionsPanel({ unit, canEdit }: { unit: UnitNode; canEdit: boolean }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [vacant, setVacant] = useState<'' | 'true' | 'false'>('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Position | null>(null);
  const [creating, setCreating] = useState(false);
  const positions = usePositions({
    unitId: unit.id,
    q: debounced || undefined,
    vacant: vacant || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const columns: Column<Position>[] = [
    {
      key: 'name',
      header: t('org.positions.name'),
      render: (p) => (
        <>
          {p.name}
          {!p.isActive && (
            <StatusBadge ml="xs" size="xs" tone="neutral">
              {t('common.inactive')}
            </StatusBadge>
          )}
        </>
      ),
    },
    {
      key: 'category',
      header: t('org.positions.category'),
      render: (p) => t(`org.categories.${p.category}`),
    },
    { key: 'superior', header: t('org.positions.superior'), render: (p) => p.superiorPositionName ?? '—' },
    {
      key: 'holder',
      header: t('org.positions.holder'),
      render: (p) =>
        p.holder ? (
          <Anchor component={Link} to={`/employees/${p.holder.employeeId}`} size="sm">
            {p.holder.name}
          </Anchor>
        ) : (
          <StatusBadge tone="attention" size="sm">
            {t('org.positions.vacant')}
          </StatusBadge>
        ),
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (p) => (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setEditing(p)}
          aria-label={t('org.positions.editNamed', { name: p.name })}
        >
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h4">
          {t('org.positions.title', { unit: unit.name })}
        </Title>
        {canEdit && (
          <Button size="xs" leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
            {t('org.positions.create')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('org.positions.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 12rem' }}
          type="search"
        />
        <Select
          label={t('org.positions.occupancy')}
          value={vacant}
          onChange={(value) => {
            setVacant((value ?? '') as typeof vacant);
            setPage(1);
          }}
          allowDeselect={false}
          data={[
            { value: '', label: t('common.all') },
            { value: 'false', label: t('org.positions.filled') },
            { value: 'true', label: t('org.positions.vacant') },
          ]}
          w={160}
        />
      </Group>
      {positions.isPending ? (
        <LoadingState />
      ) : positions.isError ? (
        <ErrorState error={positions.error} onRetry={() => void positions.refetch()} />
      ) : positions.data.items.length === 0 ? (
        <EmptyState title={t('org.positions.empty')} description={t('org.positions.emptyHint')} />
      ) : (
        <>
          <DataTable
            caption={t('org.positions.title', { unit: unit.name })}
            columns={columns}
            rows={positions.data.items}
            rowKey={(p) => p.id}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={positions.data.total} onChange={setPage} />
        </>
      )}
      <PositionFormModal opened={creating} onClose={() => setCreating(false)} defaultUnitId={unit.id} />
      <PositionFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position={editing ?? undefined}
      />
    </Stack>
  );
}
