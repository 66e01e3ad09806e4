import { Anchor, Button, Group, Stack, Textarea, Title } from '@mantine/core';
import type { ExternalEvidence, TrainingEnrolment } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { trainingFileUrl, useApprovals, useDecideEnrolment, useDecideEvidence } from './use-training';

type Rejecting = { kind: 'enrolment' | 'evidence'; id: number } | null;

/** The direct superior's decisions: training requests and external evidence of their direct reports. */
export function TrainingApprovalsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const approvals = useApprovals();
  const decideEnrolment = useDecideEnrolment();
  const decideEvidence = useDecideEvidence();
  const [rejecting, setRejecting] = useState<Rejecting>(null);
  const [reason, setReason] = useState('');
  if (approvals.isPending) return <LoadingState lines={6} />;
  if (approvals.isError)
    return <ErrorState error={approvals.error} onRetry={() => void approvals.refetch()} />;
  const { enrolments, evidence } = approvals.data;
  const actions = (kind: 'enrolment' | 'evidence', id: number) => (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        onClick={() =>
          (kind === 'enrolment' ? decideEnrolment : decideEvidence).mutate({
            id,
            approve: true,
            reason: null,
          })
        }
      >
        {t('training.common.approve')}
      </Button>
      <Button size="xs" variant="default" onClick={() => setRejecting({ kind, id })}>
        {t('training.common.reject')}
      </Button>
    </Group>
  );
  const enrolmentColumns: Column<TrainingEnrolment>[] = [
    { key: 'employee', header: t('training.common.employee'), render: (e) => e.employeeName },
    {
      key: 'title',
      header: t('training.common.title'),
      render: (e) => `${e.sessionTitle}${e.requestNote ? ` — ${e.requestNote}` : ''}`,
    },
    { key: 'when', header: t('training.common.when'), render: (e) => formatDateTime(e.startsAt, language) },
    { key: 'actions', header: '', hiddenHeader: true, render: (e) => actions('enrolment', e.id) },
  ];
  const evidenceColumns: Column<ExternalEvidence>[] = [
    { key: 'employee', header: t('training.common.employee'), render: (x) => x.employeeName },
    {
      key: 'title',
      header: t('training.common.title'),
      render: (x) => (
        <Anchor href={trainingFileUrl(`/evidence/${x.id}/file`)}>{`${x.title} (${x.organiser})`}</Anchor>
      ),
    },
    { key: 'date', header: t('training.mine.endsOn'), render: (x) => formatDate(x.endsOn, language) },
    { key: 'jp', header: 'JP', render: (x) => x.jp, align: 'right' },
    { key: 'actions', header: '', hiddenHeader: true, render: (x) => actions('evidence', x.id) },
  ];
  const closeReject = () => {
    setRejecting(null);
    setReason('');
  };
  const mutation = rejecting?.kind === 'evidence' ? decideEvidence : decideEnrolment;
  return (
    <>
      <PageHeader title={t('training.approvals.title')} description={t('training.approvals.description')} />
      <Stack>
        <FormError error={decideEnrolment.error ?? decideEvidence.error} />
        {enrolments.length === 0 && evidence.length === 0 && (
          <EmptyState title={t('training.approvals.empty')} />
        )}
        {enrolments.length > 0 && (
          <>
            <Title order={2} size="h4">
              {t('training.approvals.requests')}
            </Title>
            <DataTable
              caption={t('training.approvals.requests')}
              columns={enrolmentColumns}
              rows={enrolments}
              rowKey={(e) => e.id}
              minWidth={640}
            />
          </>
        )}
        {evidence.length > 0 && (
          <>
            <Title order={2} size="h4">
              {t('training.approvals.evidence')}
            </Title>
            <DataTable
              caption={t('training.approvals.evidence')}
              columns={evidenceColumns}
              rows={evidence}
              rowKey={(x) => x.id}
              minWidth={640}
            />
          </>
        )}
      </Stack>
      <AppModal opened={rejecting !== null} onClose={closeReject} title={t('training.approvals.rejectTitle')}>
        <Stack>
          <Textarea
            label={t('training.common.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <FormError error={mutation.error} />
          <Button
            color="red"
            loading={mutation.isPending}
            onClick={() =>
              rejecting &&
              mutation.mutate(
                { id: rejecting.id, approve: false, reason: reason.trim() || null },
                { onSuccess: closeReject },
              )
            }
          >
            {t('training.common.reject')}
          </Button>
        </Stack>
      </AppModal>
    </>
  );
}
