import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { AttendanceSheet, TrainingSession } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate, formatDateTime, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import {
  useAttendanceSheet,
  useCompleteSession,
  useRecordAttendance,
  useRecordScores,
  useSessions,
} from './use-training';
import { withIdParam } from '../../app/with-id-param';

/** The sessions the user trains (HR: every session), each opening its attendance sheet. */
export function TrainingAttendanceListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const caps = useCapabilities();
  const sessions = useSessions({ mine: !caps.training.recordAnyAttendance });
  const columns: Column<TrainingSession>[] = [
    {
      key: 'title',
      header: t('training.common.title'),
      render: (s) => (
        <Anchor component={Link} to={`/pelatihan/daftar-hadir/${s.id}`}>
          {s.title}
        </Anchor>
      ),
    },
    { key: 'when', header: t('training.common.when'), render: (s) => formatDateTime(s.startsAt, language) },
    {
      key: 'status',
      header: t('training.common.status'),
      render: (s) => t(`training.sessionStatus.${s.status}`),
    },
  ];
  return (
    <>
      <PageHeader title={t('training.attendance.title')} description={t('training.attendance.description')} />
      {sessions.isPending ? (
        <LoadingState lines={5} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState title={t('training.common.none')} />
      ) : (
        <DataTable
          caption={t('training.attendance.title')}
          columns={columns}
          rows={sessions.data.items}
          rowKey={(s) => s.id}
          minWidth={480}
        />
      )}
    </>
  );
}

/** One session's attendance per day, test scores and the completion. */
function TrainingAttendanceView({ id }: { id: number }) {
  const sheet = useAttendanceSheet(id);
  if (sheet.isPending) return <LoadingState lines={6} />;
  if (sheet.isError) return <ErrorState error={sheet.error} onRetry={() => void sheet.refetch()} />;
  return <Sheet sheet={sheet.data} />;
}

function Sheet({ sheet }: { sheet: AttendanceSheet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = sheet.session;
  const today = todayInWib();
  const pastDays = s.days.filter((d) => d <= today);
  const [day, setDay] = useState(pastDays[pastDays.length - 1] ?? s.days[0] ?? '');
  const [present, setPresent] = useState<Record<number, boolean>>({});
  const [scores, setScores] = useState<Record<number, { pre: string; post: string }>>({});
  const [confirm, setConfirm] = useState(false);
  const record = useRecordAttendance(s.id);
  const saveScores = useRecordScores(s.id);
  const complete = useCompleteSession(s.id);
  const locked = s.completedAt !== null;
  const isPresent = (enrolmentId: number) =>
    present[enrolmentId] ??
    sheet.participants.find((p) => p.enrolmentId === enrolmentId)?.attendance.find((a) => a.day === day)
      ?.present ??
    false;
  const scoreOf = (p: AttendanceSheet['participants'][number]) =>
    scores[p.enrolmentId] ?? {
      pre: p.preTestScore?.toString() ?? '',
      post: p.postTestScore?.toString() ?? '',
    };
  return (
    <>
      <PageHeader
        title={s.title}
        description={`${formatDateTime(s.startsAt, language)} · ${s.location ?? ''}`}
      />
      <Stack>
        <NativeSelect
          label={t('training.attendance.day')}
          value={day}
          onChange={(e) => {
            setDay(e.currentTarget.value);
            setPresent({});
          }}
          data={s.days.map((d) => ({ value: d, label: formatDate(d, language) }))}
        />
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>{t('training.attendance.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.common.employee')}</Table.Th>
                <Table.Th>{t('training.attendance.present')}</Table.Th>
                <Table.Th>{t('training.attendance.percent')}</Table.Th>
                <Table.Th>{t('training.attendance.pre')}</Table.Th>
                <Table.Th>{t('training.attendance.post')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheet.participants.map((p) => (
                <Table.Tr key={p.enrolmentId}>
                  <Table.Th scope="row">
                    {p.employeeName}
                    <Text size="xs" c="dimmed">
                      {t(`training.enrolmentStatus.${p.status}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('training.attendance.present')}: ${p.employeeName}`}
                      disabled={locked}
                      checked={isPresent(p.enrolmentId)}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setPresent((x) => ({ ...x, [p.enrolmentId]: checked }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>{p.attendancePercent}%</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('training.attendance.pre')}: ${p.employeeName}`}
                      w={80}
                      inputMode="decimal"
                      disabled={locked}
                      value={scoreOf(p).pre}
                      onChange={(e) => {
                        const pre = e.currentTarget.value;
                        setScores((x) => ({ ...x, [p.enrolmentId]: { ...scoreOf(p), pre } }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('training.attendance.post')}: ${p.employeeName}`}
                      w={80}
                      inputMode="decimal"
                      disabled={locked}
                      value={scoreOf(p).post}
                      onChange={(e) => {
                        const post = e.currentTarget.value;
                        setScores((x) => ({ ...x, [p.enrolmentId]: { ...scoreOf(p), post } }));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <FormError error={record.error ?? saveScores.error ?? complete.error} />
        {complete.data && (
          <Alert color="teal">
            {t('training.attendance.completed', {
              done: complete.data.completed,
              not: complete.data.notCompleted,
            })}
          </Alert>
        )}
        {!locked && sheet.participants.length > 0 && (
          <Stack gap="xs" align="flex-start">
            <Button
              loading={record.isPending}
              onClick={() =>
                record.mutate({
                  day,
                  records: sheet.participants.map((p) => ({
                    enrolmentId: p.enrolmentId,
                    present: isPresent(p.enrolmentId),
                  })),
                })
              }
            >
              {t('training.attendance.saveDay')}
            </Button>
            <Button
              variant="default"
              loading={saveScores.isPending}
              onClick={() =>
                saveScores.mutate({
                  scores: sheet.participants.map((p) => {
                    const sc = scoreOf(p);
                    return {
                      enrolmentId: p.enrolmentId,
                      preTestScore: sc.pre === '' ? null : Number(sc.pre.replace(',', '.')),
                      postTestScore: sc.post === '' ? null : Number(sc.post.replace(',', '.')),
                    };
                  }),
                })
              }
            >
              {t('training.attendance.saveScores')}
            </Button>
            <Button color="teal.9" onClick={() => setConfirm(true)}>
              {t('training.attendance.complete')}
            </Button>
          </Stack>
        )}
        <Title order={2} size="h4" hidden>
          {t('training.attendance.title')}
        </Title>
      </Stack>
      <ConfirmModal
        opened={confirm}
        title={t('training.attendance.complete')}
        message={t('training.attendance.completeConfirm')}
        confirmLabel={t('training.attendance.complete')}
        loading={complete.isPending}
        error={complete.error}
        onClose={() => setConfirm(false)}
        onConfirm={() => complete.mutate(undefined, { onSuccess: () => setConfirm(false) })}
      />
    </>
  );
}

export const TrainingAttendancePage = withIdParam(TrainingAttendanceView);
