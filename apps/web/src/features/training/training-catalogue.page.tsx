import { Anchor, Badge, Stack, Text, Title } from '@mantine/core';
import type { TrainingProgramme, TrainingSession } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber, todayInWib, type Language } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useProgrammes, useSessions } from './use-training';

const jp = (n: number, language: Language) => formatNumber(n, language, { maximumFractionDigits: 1 });

/** The catalogue: upcoming sessions with seats left, and the programmes on offer. */
export function TrainingCataloguePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const sessions = useSessions({ from: todayInWib() });
  const programmes = useProgrammes();

  const sessionColumns: Column<TrainingSession>[] = [
    {
      key: 'title',
      header: t('training.common.title'),
      render: (s) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/pelatihan/sesi/${s.id}`} fw={600}>
            {s.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {t(`training.forms.${s.form}`)} · {t('training.common.jp', { n: jp(s.jp, language) })}
          </Text>
        </Stack>
      ),
    },
    { key: 'when', header: t('training.common.when'), render: (s) => formatDateTime(s.startsAt, language) },
    { key: 'place', header: t('training.common.place'), render: (s) => s.location ?? s.onlineUrl ?? '—' },
    {
      key: 'seats',
      header: t('training.common.status'),
      render: (s) => (
        <Stack gap={2} align="flex-start">
          <Badge variant="light" color={s.status === 'OPEN' ? 'teal.9' : 'gray.8'}>
            {t(`training.sessionStatus.${s.status}`)}
          </Badge>
          <Text size="sm">{t('training.common.seatsLeft', { n: s.seatsLeft })}</Text>
          {s.myEnrolment && (
            <Text size="xs" c="blue.8">
              {t(`training.enrolmentStatus.${s.myEnrolment.status}`)}
            </Text>
          )}
        </Stack>
      ),
    },
  ];
  const programmeColumns: Column<TrainingProgramme>[] = [
    {
      key: 'title',
      header: t('training.common.title'),
      render: (p) => (
        <Stack gap={0}>
          <Text fw={600}>{p.title}</Text>
          {p.description && (
            <Text size="xs" c="dimmed">
              {p.description}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'form', header: t('training.catalogue.form'), render: (p) => t(`training.forms.${p.form}`) },
    { key: 'jp', header: 'JP', render: (p) => jp(p.jp, language), align: 'right' },
    {
      key: 'provider',
      header: t('training.catalogue.provider'),
      render: (p) => t(`training.providers.${p.provider}`),
    },
    {
      key: 'competencies',
      header: t('training.catalogue.competencies'),
      render: (p) => p.competencies.map((c) => c.name).join(', ') || '—',
    },
  ];

  return (
    <>
      <PageHeader title={t('training.catalogue.title')} description={t('training.catalogue.description')} />
      <Stack>
        <Title order={2} size="h4">
          {t('training.catalogue.sessions')}
        </Title>
        {sessions.isPending ? (
          <LoadingState lines={4} />
        ) : sessions.isError ? (
          <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : sessions.data.items.length === 0 ? (
          <EmptyState title={t('training.common.none')} />
        ) : (
          <DataTable
            caption={t('training.catalogue.sessions')}
            columns={sessionColumns}
            rows={sessions.data.items}
            rowKey={(s) => s.id}
            minWidth={640}
          />
        )}
        <Title order={2} size="h4">
          {t('training.catalogue.programmes')}
        </Title>
        {programmes.isPending ? (
          <LoadingState lines={4} />
        ) : programmes.isError ? (
          <ErrorState error={programmes.error} />
        ) : (
          <DataTable
            caption={t('training.catalogue.programmes')}
            columns={programmeColumns}
            rows={programmes.data.items}
            rowKey={(p) => p.id}
            minWidth={640}
          />
        )}
      </Stack>
    </>
  );
}
