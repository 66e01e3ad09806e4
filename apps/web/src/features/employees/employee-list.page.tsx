import { Anchor, Button, Grid, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { Employee, EmployeeListQuery } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiUrl } from '../../app/api';
import { canManagePeople, useMe } from '../../app/auth/use-session';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { DownloadIcon, PlusIcon, UploadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { UnitSelect } from '../org/unit-select';
import { displayNip } from './nip';
import { useEmployees } from './use-employees';
import { StatusBadge } from '../../components/status-badge';

const PAGE_SIZE = 25;
const STATUSES = ['active', 'inactive', 'all'] as const;
const SORTS = ['name', 'nip', 'unit'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

/** Filters live in the URL so the back button and shared links keep them. */
function useEmployeeQuery(): [EmployeeListQuery, (patch: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const query: EmployeeListQuery = {
    q: params.get('q') || undefined,
    unitId: Number(params.get('unit')) || undefined,
    kind: kind === 'PNS' || kind === 'PPPK' ? kind : undefined,
    status: oneOf(STATUSES, params.get('status'), 'active'),
    sort: oneOf(SORTS, params.get('sort'), 'name'),
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
  const update = (patch: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in patch)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [query, update];
}

export function EmployeeListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = canManagePeople(me);
  const [query, update] = useEmployeeQuery();
  const [search, setSearch] = useState(query.q ?? '');
  const pushSearch = useDebouncedCallback((value: string) => update({ q: value.trim() || null }), 300);
  const employees = useEmployees(query);

  const columns: Column<Employee>[] = [
    {
      key: 'name',
      header: t('employees.fields.name'),
      render: (e) => (
        <Anchor component={Link} to={`/employees/${e.id}`} fw={500} size="sm">
          {e.fullName}
        </Anchor>
      ),
    },
    {
      key: 'nip',
      header: t('employees.fields.nip'),
      render: (e) => (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {displayNip(e.nip)}
        </Text>
      ),
    },
    { key: 'kind', header: t('employees.fields.kind'), render: (e) => e.kind },
    {
      key: 'position',
      header: t('employees.fields.position'),
      render: (e) =>
        e.position ? (
          <>
            <Text size="sm">{e.position.name}</Text>
            <Text size="xs" c="dimmed">
              {e.position.unitName}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('employees.noPosition')}
          </Text>
        ),
    },
    {
      key: 'status',
      header: t('employees.fields.status'),
      render: (e) => (
        <StatusBadge tone={e.isActive ? 'positive' : 'neutral'} size="sm">
          {e.isActive ? t('common.active') : t('common.inactive')}
        </StatusBadge>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('employees.title')}
        description={t('employees.description')}
        actions={
          <>
            <Button
              component="a"
              // The export takes the list's filters, so the file holds what the table shows (all pages).
              href={apiUrl('/employees/export.xlsx', {
                q: query.q,
                unitId: query.unitId,
                kind: query.kind,
                status: query.status,
                sort: query.sort,
              })}
              download
              variant="default"
              leftSection={<DownloadIcon size={16} />}
            >
              {t('employees.export')}
            </Button>
            {canEdit && (
              <>
                <Button
                  component={Link}
                  to="/employees/import"
                  variant="default"
                  leftSection={<UploadIcon size={16} />}
                >
                  {t('nav.import')}
                </Button>
                <Button component={Link} to="/employees/new" leftSection={<PlusIcon size={16} />}>
                  {t('employees.create')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack gap="md">
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('employees.search')}
              description={t('employees.searchHint')}
              type="search"
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                pushSearch(event.currentTarget.value);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <UnitSelect
              label={t('employees.filters.unit')}
              value={query.unitId ?? null}
              onChange={(value) => update({ unit: value ? String(value) : null })}
              placeholder={t('common.all')}
              clearable
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 'auto' }}>
            <Select
              label={t('employees.filters.kind')}
              value={query.kind ?? ''}
              onChange={(value) => update({ kind: value || null })}
              allowDeselect={false}
              data={[
                { value: '', label: t('common.all') },
                { value: 'PNS', label: 'PNS' },
                { value: 'PPPK', label: 'PPPK' },
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3, md: 'auto' }}>
            <Select
              label={t('employees.filters.status')}
              value={query.status}
              onChange={(value) => update({ status: value === 'active' ? null : value })}
              allowDeselect={false}
              data={STATUSES.map((status) => ({ value: status, label: t(`employees.statuses.${status}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 'auto' }}>
            <Select
              label={t('employees.filters.sort')}
              value={query.sort}
              onChange={(value) => update({ sort: value === 'name' ? null : value })}
              allowDeselect={false}
              data={SORTS.map((sort) => ({ value: sort, label: t(`employees.sorts.${sort}`) }))}
            />
          </Grid.Col>
        </Grid>

        {employees.isPending ? (
          <LoadingState lines={8} />
        ) : employees.isError ? (
          <ErrorState error={employees.error} onRetry={() => void employees.refetch()} />
        ) : employees.data.items.length === 0 ? (
          <EmptyState title={t('employees.empty')} description={t('employees.emptyHint')} />
        ) : (
          <div aria-busy={employees.isFetching}>
            <DataTable
              caption={t('employees.tableCaption')}
              columns={columns}
              rows={employees.data.items}
              rowKey={(e) => e.id}
              minWidth={760}
            />
            <Pager
              page={query.page}
              pageSize={PAGE_SIZE}
              total={employees.data.total}
              onChange={(page) => update({ page: page > 1 ? String(page) : null })}
            />
          </div>
        )}
      </Stack>
    </>
  );
}
