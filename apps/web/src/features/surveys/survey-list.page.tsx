import { Alert, Anchor, Button, Grid, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Survey } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { formatDate, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { formatKonversi, formatNrr, MutuBadge, SampleProgress, SurveyStatusBadge } from './skm-display';
import { useOfficerSkm, useSurveys } from './use-surveys';

const PAGE_SIZE = 25;

/** Every survey the user may see, newest period first, with progress toward the sample target and the IKM. */
export function SurveyListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const canManage = me.capabilities.surveys.manage;
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const [status, setStatus] = useState<'' | Survey['status']>('');
  const [year, setYear] = useState('');
  const [page, setPage] = useState(1);
  const surveys = useSurveys({
    q: debounced.trim() || undefined,
    status: status || undefined,
    year: year ? Number(year) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const thisYear = new Date().getFullYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map(String);

  const columns: Column<Survey>[] = [
    {
      key: 'survey',
      header: t('skm.list.columns.survey'),
      render: (s) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/skm/${s.id}`} fw={600}>
            {s.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {s.unitName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'period',
      header: t('skm.list.columns.period'),
      render: (s) => `${formatDate(s.periodStart, language)} – ${formatDate(s.periodEnd, language)}`,
      width: 200,
    },
    {
      key: 'status',
      header: t('skm.list.columns.status'),
      render: (s) => <SurveyStatusBadge status={s.status} />,
    },
    {
      key: 'respondents',
      header: t('skm.list.columns.respondents'),
      render: (s) => (
        <SampleProgress respondents={s.stats.respondents} target={s.stats.targetSample} compact />
      ),
      width: 220,
    },
    {
      key: 'ikm',
      header: t('skm.list.columns.ikm'),
      render: (s) =>
        s.stats.konversi === null ? (
          '—'
        ) : (
          <Stack gap={2} align="flex-start">
            <Text fw={700}>{formatKonversi(s.stats.konversi, language)}</Text>
            <MutuBadge mutu={s.stats.mutu} />
          </Stack>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('skm.list.title')}
        description={t('skm.list.description')}
        actions={
          <>
            <Button component={Link} to="/transparansi/skm" variant="default">
              {t('skm.list.transparency')}
            </Button>
            {canManage && (
              <Button component={Link} to="/skm/new" leftSection={<PlusIcon />}>
                {t('skm.list.create')}
              </Button>
            )}
          </>
        }
      />
      <Stack>
        {me.employeeId !== null && <MyOfficerSkm employeeId={me.employeeId} />}
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('skm.list.search')}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setPage(1);
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NativeSelect
              label={t('skm.list.status')}
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value as '' | Survey['status']);
                setPage(1);
              }}
              data={[
                { value: '', label: t('common.all') },
                ...(['OPEN', 'CLOSED', 'DRAFT'] as const).map((v) => ({
                  value: v,
                  label: t(`skm.statuses.${v}`),
                })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 3 }}>
            <NativeSelect
              label={t('skm.list.year')}
              value={year}
              onChange={(e) => {
                setYear(e.currentTarget.value);
                setPage(1);
              }}
              data={[{ value: '', label: t('common.all') }, ...years]}
            />
          </Grid.Col>
        </Grid>
        {surveys.isPending ? (
          <LoadingState lines={8} />
        ) : surveys.isError ? (
          <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />
        ) : surveys.data.items.length === 0 ? (
          <EmptyState title={t('skm.list.empty')} description={t('skm.list.emptyHint')} />
        ) : (
          <div aria-busy={surveys.isFetching}>
            <DataTable
              caption={t('skm.list.title')}
              columns={columns}
              rows={surveys.data.items}
              rowKey={(s) => s.id}
              minWidth={900}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={surveys.data.total} onChange={setPage} />
          </div>
        )}
      </Stack>
    </>
  );
}

/** The officer's own U6/U7 result this year (their evidence for the behaviour evaluation), or why it is hidden. */
function MyOfficerSkm({ employeeId }: { employeeId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const year = new Date().getFullYear();
  const mine = useOfficerSkm(employeeId, year);
  if (!mine.data || mine.data.responses === 0) return null;
  const r = mine.data;
  return (
    <Alert color="blue" variant="light" title={t('skm.mine.title', { year })}>
      {r.isShown
        ? t('skm.mine.shown', {
            n: formatNumber(r.responses, language),
            u6: formatNrr(r.nrrU6, language),
            u7: formatNrr(r.nrrU7, language),
            konversi: formatKonversi(r.konversi, language),
          })
        : t('skm.mine.hidden', { n: formatNumber(r.responses, language), min: r.minResponses })}
    </Alert>
  );
}
