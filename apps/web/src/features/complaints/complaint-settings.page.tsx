import type {
  ComplaintCategory,
  ComplaintSlaPolicyDto,
  Holiday,
  HolidayList,
  Open311Key,
  Open311KeyCreated,
  Open311KeyList,
} from '@sim/contracts';
import { COMPLEXITY_VALUES, HOLIDAY_KINDS } from '@sim/contracts/values';
import { Alert, Button, Code, Group, NumberInput, Select, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { formatDate, formatDateTime, type Language } from '../../app/format';
import { notify } from '../../app/notify';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { RetentionSettingsCard } from '../complainant-data/retention-settings-card';
import { StatusBadge } from '../../components/status-badge';
import { UnitSelect } from '../org/unit-select';
import { apiDelete, complaintKeys, useComplaintCategories } from './use-complaints';

/** Admin settings of complaints: catalogue, deadline policy, holiday calendar and Open311 keys. */
export function ComplaintSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('complaints.settings.title')} description={t('complaints.settings.description')} />
      <Tabs defaultValue="catalogue" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="catalogue">{t('complaints.settings.catalogue')}</Tabs.Tab>
          <Tabs.Tab value="policy">{t('complaints.settings.policy')}</Tabs.Tab>
          <Tabs.Tab value="holidays">{t('complaints.settings.holidays')}</Tabs.Tab>
          <Tabs.Tab value="keys">{t('complaints.settings.keys')}</Tabs.Tab>
          <Tabs.Tab value="privacy">{t('complainantData.retention.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalogue">
          <CatalogueTab />
        </Tabs.Panel>
        <Tabs.Panel value="policy">
          <PolicyTab />
        </Tabs.Panel>
        <Tabs.Panel value="holidays">
          <HolidaysTab />
        </Tabs.Panel>
        <Tabs.Panel value="keys">
          <KeysTab />
        </Tabs.Panel>
        <Tabs.Panel value="privacy">
          <RetentionSettingsCard />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function CatalogueTab() {
  const categories = useComplaintCategories();
  if (categories.isPending) return <LoadingState lines={6} />;
  if (categories.isError)
    return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  return (
    <Stack gap="md">
      <NewCategoryForm />
      {categories.data.items.map((c) => (
        <CategoryRow key={c.id} category={c} />
      ))}
    </Stack>
  );
}

function NewCategoryForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [complexity, setComplexity] = useState<string | null>('NORMATIF');
  const create = useMutation({
    mutationFn: () =>
      api.post<ComplaintCategory>('/complaint-categories', { code, name, unitId, complexity }),
    onSuccess: () => {
      setCode('');
      setName('');
      notify(t('complaints.actions.done'));
      void queryClient.invalidateQueries({ queryKey: complaintKeys.categories });
    },
  });
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  return (
    <Stack gap="xs" p="sm" style={{ border: '1px dashed var(--mantine-color-gray-5)', borderRadius: 8 }}>
      <Text fw={700}>{t('complaints.settings.newCategory')}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('complaints.settings.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
          error={fieldErrors.code}
          w={140}
        />
        <TextInput
          label={t('complaints.queue.category')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
          style={{ flex: '1 1 14rem' }}
        />
        <div style={{ flex: '1 1 14rem' }}>
          <UnitSelect
            label={t('complaints.actions.unit')}
            value={unitId}
            onChange={setUnitId}
            error={fieldErrors.unitId}
          />
        </div>
        <Select
          label={t('complaints.actions.complexity')}
          value={complexity}
          onChange={setComplexity}
          allowDeselect={false}
          data={COMPLEXITY_VALUES.map((v) => ({ value: v, label: t(`complaints.complexities.${v}`) }))}
        />
        <Button onClick={() => create.mutate()} loading={create.isPending}>
          {t('complaints.settings.addCategory')}
        </Button>
      </Group>
      <FormError error={create.error} />
    </Stack>
  );
}

function CategoryRow({ category }: { category: ComplaintCategory }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [unitId, setUnitId] = useState<number | null>(category.unitId);
  const [complexity, setComplexity] = useState<string | null>(category.complexity);
  const [days, setDays] = useState<number | string>(category.resolutionDays ?? '');
  const save = useMutation({
    mutationFn: (body: object) => api.patch<ComplaintCategory>(`/complaint-categories/${category.id}`, body),
    onSuccess: () => {
      notify(t('complaints.actions.done'));
      void queryClient.invalidateQueries({ queryKey: complaintKeys.categories });
    },
  });
  return (
    <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}>
      <Group justify="space-between">
        <Text fw={700}>
          {category.name} <Code>{category.code}</Code>
        </Text>
        <Group gap={6}>
          {category.isIntegrity && (
            <StatusBadge tone="attention">{t('complaints.detail.integrity')}</StatusBadge>
          )}
          {category.attributes.length > 0 && (
            <StatusBadge tone="info">
              {t('complaints.settings.attributes', { count: category.attributes.length })}
            </StatusBadge>
          )}
          <StatusBadge tone={category.isActive ? 'positive' : 'neutral'}>
            {category.isActive ? t('common.active') : t('common.inactive')}
          </StatusBadge>
        </Group>
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <div style={{ flex: '1 1 16rem' }}>
          <UnitSelect label={t('complaints.actions.unit')} value={unitId} onChange={setUnitId} />
        </div>
        <Select
          label={t('complaints.actions.complexity')}
          value={complexity}
          onChange={setComplexity}
          allowDeselect={false}
          data={COMPLEXITY_VALUES.map((v) => ({ value: v, label: t(`complaints.complexities.${v}`) }))}
        />
        <NumberInput
          label={t('complaints.settings.days')}
          description={t('complaints.settings.daysHint', { days: category.effectiveResolutionDays })}
          min={1}
          max={60}
          value={days}
          onChange={setDays}
          w={160}
        />
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate({
              unitId: unitId ?? category.unitId,
              complexity,
              resolutionDays: days === '' ? null : Number(days),
            })
          }
        >
          {t('common.save')}
        </Button>
        <Button variant="subtle" onClick={() => save.mutate({ isActive: !category.isActive })}>
          {category.isActive ? t('complaints.settings.deactivate') : t('complaints.settings.activate')}
        </Button>
      </Group>
      <FormError error={save.error} />
    </Stack>
  );
}

const POLICY_FIELDS = [
  'verificationDays',
  'firstResponseDays',
  'autoCloseAfterDays',
  'reopenWithinDays',
  'escalateToSuperiorAfterDays',
  'escalateToHeadOfOfficeAfterDays',
] as const;

function PolicyTab() {
  const { t } = useTranslation();
  const policy = useQuery({
    queryKey: ['complaints', 'policy'],
    queryFn: () => api.get<ComplaintSlaPolicyDto>('/complaint-settings/sla-policy'),
  });
  const [draft, setDraft] = useState<ComplaintSlaPolicyDto | null>(null);
  useEffect(() => {
    if (policy.data) setDraft(policy.data);
  }, [policy.data]);
  const save = useMutation({
    mutationFn: (body: ComplaintSlaPolicyDto) =>
      api.put<ComplaintSlaPolicyDto>('/complaint-settings/sla-policy', body),
    onSuccess: () => notify(t('complaints.actions.done')),
  });
  if (policy.isPending || !draft) return <LoadingState lines={6} />;
  if (policy.isError) return <ErrorState error={policy.error} />;
  return (
    <Stack maw={520} gap="sm">
      {POLICY_FIELDS.map((field) => (
        <NumberInput
          key={field}
          label={t(`complaints.settings.fields.${field}`)}
          min={0}
          max={60}
          value={draft[field]}
          onChange={(v) => setDraft({ ...draft, [field]: Number(v) })}
        />
      ))}
      {COMPLEXITY_VALUES.map((c) => (
        <NumberInput
          key={c}
          label={`${t('complaints.settings.days')} — ${t(`complaints.complexities.${c}`)}`}
          min={1}
          max={60}
          value={draft.resolutionDays[c]}
          onChange={(v) =>
            setDraft({ ...draft, resolutionDays: { ...draft.resolutionDays, [c]: Number(v) } })
          }
        />
      ))}
      <NumberInput
        label={t('complaints.settings.fields.warningFraction')}
        min={1}
        max={100}
        suffix="%"
        value={Math.round(draft.warningFraction * 100)}
        onChange={(v) => setDraft({ ...draft, warningFraction: Number(v) / 100 })}
      />
      <FormError error={save.error} />
      <Group>
        <Button onClick={() => save.mutate(draft)} loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function HolidaysTab() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('LIBUR_NASIONAL');
  const key = ['complaints', 'holidays', year];
  const holidays = useQuery({
    queryKey: key,
    queryFn: () => api.get<HolidayList>(`/complaint-holidays/${year}`),
  });
  const add = useMutation({
    mutationFn: () => api.post<Holiday>('/complaint-holidays', { date, name, kind }),
    onSuccess: () => {
      setDate('');
      setName('');
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const remove = useMutation({
    mutationFn: (d: string) => apiDelete<void>(`/complaint-holidays/${d}`),
    onSuccess: () => {
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const lang = i18n.language as Language;
  const holidayColumns: Column<Holiday>[] = [
    { key: 'date', header: t('complaints.settings.date'), render: (h) => formatDate(h.date, lang) },
    { key: 'name', header: t('complaints.settings.holidayName'), render: (h) => h.name },
    {
      key: 'kind',
      header: t('complaints.settings.kind'),
      render: (h) => t(`complaints.settings.kinds.${h.kind}`),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (h) => (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={t('complaints.settings.removeHoliday', {
            date: `${h.name} ${formatDate(h.date, lang)}`,
          })}
          onClick={() => setRemoving(h)}
        >
          {t('complaints.settings.remove')}
        </Button>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <NumberInput
        label={t('complaints.settings.year')}
        value={year}
        onChange={(v) => setYear(Number(v))}
        w={140}
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="date"
          label={t('complaints.settings.date')}
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <TextInput
          label={t('complaints.settings.holidayName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          label={t('complaints.settings.kind')}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
          data={HOLIDAY_KINDS.map((k) => ({
            value: k,
            label: t(`complaints.settings.kinds.${k}`),
          }))}
        />
        <Button onClick={() => add.mutate()} loading={add.isPending}>
          {t('complaints.settings.addHoliday')}
        </Button>
      </Group>
      <FormError error={add.error} />
      {/* Removing a holiday moves running deadlines, so it is confirmed. */}
      <ConfirmModal
        opened={removing !== null}
        title={t('complaints.settings.remove')}
        message={
          removing
            ? t('complaints.settings.removeHolidayConfirm', {
                name: removing.name,
                date: formatDate(removing.date, lang),
              })
            : ''
        }
        confirmLabel={t('complaints.settings.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing.date)}
      />
      {holidays.isPending ? (
        <LoadingState lines={6} />
      ) : holidays.isError ? (
        <ErrorState error={holidays.error} />
      ) : (
        <DataTable
          caption={t('complaints.settings.holidaysCaption', { year })}
          columns={holidayColumns}
          rows={holidays.data.items}
          rowKey={(h) => h.date}
          minWidth={480}
        />
      )}
    </Stack>
  );
}

function KeysTab() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const keys = useQuery({
    queryKey: ['complaints', 'open311-keys'],
    queryFn: () => api.get<Open311KeyList>('/open311-keys'),
  });
  const create = useMutation({
    mutationFn: () => api.post<Open311KeyCreated>('/open311-keys', { name }),
    onSuccess: (key) => {
      setIssued(key.key);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['complaints', 'open311-keys'] });
    },
  });
  const [revoking, setRevoking] = useState<Open311Key | null>(null);
  const revoke = useMutation({
    mutationFn: (id: number) => apiDelete<Open311Key>(`/open311-keys/${id}`),
    onSuccess: () => {
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: ['complaints', 'open311-keys'] });
    },
  });
  const lang = i18n.language as Language;
  const keyColumns: Column<Open311Key>[] = [
    { key: 'name', header: t('complaints.settings.client'), render: (k) => k.name },
    { key: 'prefix', header: t('complaints.settings.keyPrefix'), render: (k) => <Code>{k.prefix}…</Code> },
    {
      key: 'lastUsed',
      header: t('complaints.settings.lastUsed'),
      render: (k) => (k.lastUsedAt ? formatDateTime(k.lastUsedAt, lang) : '—'),
    },
    {
      key: 'state',
      header: t('complaints.settings.keyState'),
      render: (k) =>
        k.isActive ? (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            aria-label={t('complaints.settings.revokeNamed', { name: k.name })}
            onClick={() => setRevoking(k)}
          >
            {t('complaints.settings.revoke')}
          </Button>
        ) : (
          <StatusBadge tone="neutral">{t('common.inactive')}</StatusBadge>
        ),
    },
  ];
  return (
    <Stack gap="md">
      <Text size="sm">{t('complaints.settings.keysHint')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('complaints.settings.client')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!name.trim()}>
          {t('complaints.settings.issueKey')}
        </Button>
      </Group>
      {issued && (
        <Alert color="teal" title={t('complaints.settings.keyIssued')}>
          <Code>{issued}</Code>
        </Alert>
      )}
      <FormError error={create.error} />
      {keys.data && (
        <DataTable
          caption={t('complaints.settings.keysCaption')}
          columns={keyColumns}
          rows={keys.data.items}
          rowKey={(k) => k.id}
          minWidth={520}
        />
      )}
      <ConfirmModal
        opened={revoking !== null}
        title={t('complaints.settings.revoke')}
        message={revoking ? t('complaints.settings.revokeConfirm', { name: revoking.name }) : ''}
        confirmLabel={t('complaints.settings.revoke')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
      />
    </Stack>
  );
}
