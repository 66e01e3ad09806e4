import { Button, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notify } from '../../app/notify';
import { ROLES, type Role, type UserSummary } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { ResetPasswordModal } from './reset-password-modal';
import { RolesModal } from './roles-modal';
import { useUnlockUser, useUsers } from './use-users';
import { StatusBadge } from '../../components/status-badge';

const PAGE_SIZE = 25;

export function isLocked(user: Pick<UserSummary, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

export function UserListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useDescribeError();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const [page, setPage] = useState(1);
  const [editingRoles, setEditingRoles] = useState<UserSummary | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const users = useUsers({ q: debounced || undefined, role: role || undefined, page, pageSize: PAGE_SIZE });
  const unlock = useUnlockUser();

  const unlockUser = (user: UserSummary) =>
    unlock.mutate(user.id, {
      onSuccess: () => notify(t('users.unlock.done', { name: user.displayName })),
      onError: (error) => notify(describe(error), 'error'),
    });

  const columns: Column<UserSummary>[] = [
    {
      key: 'name',
      header: t('users.columns.name'),
      render: (u) => (
        <>
          <Text size="sm" fw={500}>
            {u.displayName}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {u.username}
          </Text>
        </>
      ),
    },
    {
      key: 'roles',
      header: t('users.columns.roles'),
      render: (u) =>
        u.roles.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('users.noRoles')}
          </Text>
        ) : (
          <Group gap={4}>
            {u.roles.map((r) => (
              <StatusBadge key={r} size="sm" tone="info">
                {t(`roles.${r}`)}
              </StatusBadge>
            ))}
          </Group>
        ),
    },
    {
      key: 'status',
      header: t('users.columns.status'),
      render: (u) => (
        <Stack gap={4} align="flex-start">
          <StatusBadge size="sm" tone={u.isActive ? 'positive' : 'neutral'}>
            {u.isActive ? t('common.active') : t('common.inactive')}
          </StatusBadge>
          {isLocked(u) && (
            <StatusBadge size="sm" tone="danger">
              {t('users.lockedUntil', { time: formatDateTime(u.lockedUntil, language) })}
            </StatusBadge>
          )}
          {u.mustChangePassword && (
            <StatusBadge size="sm" tone="attention">
              {t('users.mustChange')}
            </StatusBadge>
          )}
        </Stack>
      ),
    },
    {
      key: 'lastLogin',
      header: t('users.columns.lastLogin'),
      render: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt, language) : t('users.never')),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (u) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="xs"
            variant="default"
            onClick={() => setEditingRoles(u)}
            aria-label={t('users.roles.openNamed', { name: u.username })}
          >
            {t('users.roles.open')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => setResetting(u)}
            aria-label={t('users.reset.openNamed', { name: u.username })}
          >
            {t('users.reset.open')}
          </Button>
          {isLocked(u) && (
            <Button
              size="xs"
              variant="default"
              onClick={() => unlockUser(u)}
              loading={unlock.isPending && unlock.variables === u.id}
              aria-label={t('users.unlock.openNamed', { name: u.username })}
            >
              {t('users.unlock.open')}
            </Button>
          )}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <Stack>
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <TextInput
              label={t('users.search')}
              description={t('users.searchHint')}
              type="search"
              value={search}
              onChange={(event) => {
                setSearch(event.currentTarget.value);
                setPage(1);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Select
              label={t('users.filterRole')}
              value={role}
              allowDeselect={false}
              onChange={(value) => {
                setRole((ROLES.find((r) => r === value) ?? '') as Role | '');
                setPage(1);
              }}
              data={[
                { value: '', label: t('common.all') },
                ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) })),
              ]}
            />
          </Grid.Col>
        </Grid>
        {users.isPending ? (
          <LoadingState lines={8} />
        ) : users.isError ? (
          <ErrorState error={users.error} onRetry={() => void users.refetch()} />
        ) : users.data.items.length === 0 ? (
          <EmptyState title={t('users.empty')} />
        ) : (
          <div aria-busy={users.isFetching}>
            <DataTable
              caption={t('users.title')}
              columns={columns}
              rows={users.data.items}
              rowKey={(u) => u.id}
              minWidth={860}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onChange={setPage} />
          </div>
        )}
      </Stack>
      <RolesModal user={editingRoles} onClose={() => setEditingRoles(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
