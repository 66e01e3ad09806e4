import { Anchor, Button, Card, FileInput, Grid, Stack, Text, Title } from '@mantine/core';
import type { ExternalEvidence, TrainingEnrolment } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { FormCard, TextCol, TrainingFormSelect, useTextFields } from './training-form-parts';
import { trainingFileUrl, useMyTraining, useUploadEvidence } from './use-training';

/** "Pelatihan Saya": JP this year, enrolments with certificates, and evidence of training done elsewhere. */
export function TrainingMinePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const mine = useMyTraining();
  if (mine.isPending) return <LoadingState lines={6} />;
  if (mine.isError) return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  const { jp, enrolments, evidence } = mine.data;
  const enrolmentColumns: Column<TrainingEnrolment>[] = [
    {
      key: 'title',
      header: t('training.common.title'),
      render: (e) => (
        <Anchor component={Link} to={`/pelatihan/sesi/${e.sessionId}`}>
          {e.sessionTitle}
        </Anchor>
      ),
    },
    { key: 'when', header: t('training.common.when'), render: (e) => formatDateTime(e.startsAt, language) },
    {
      key: 'status',
      header: t('training.common.status'),
      render: (e) =>
        `${t(`training.enrolmentStatus.${e.status}`)}${e.waitlistPosition ? ` (${t('training.common.waitlist', { n: e.waitlistPosition })})` : ''}${e.sessionStatus === 'CANCELLED' ? ` — ${t('training.mine.sessionCancelled')}` : ''}`,
    },
    { key: 'jp', header: 'JP', render: (e) => e.jpCredited ?? '—', align: 'right' },
    {
      key: 'certificate',
      header: t('training.mine.certificate'),
      render: (e) =>
        e.certificateCode ? (
          <Anchor href={trainingFileUrl(`/enrolments/${e.id}/certificate.pdf`)}>
            {t('training.common.download')}
          </Anchor>
        ) : (
          '—'
        ),
    },
  ];
  const evidenceColumns: Column<ExternalEvidence>[] = [
    { key: 'title', header: t('training.common.title'), render: (x) => `${x.title} (${x.organiser})` },
    { key: 'date', header: t('training.mine.endsOn'), render: (x) => formatDate(x.endsOn, language) },
    { key: 'jp', header: 'JP', render: (x) => x.jp, align: 'right' },
    {
      key: 'status',
      header: t('training.common.status'),
      render: (x) =>
        `${t(`training.evidenceStatus.${x.status}`)}${x.rejectReason ? `: ${x.rejectReason}` : ''}`,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('training.mine.title')}
        description={t('training.mine.description')}
        actions={
          <Button component={Link} to="/kebutuhan-pelatihan?scope=mine" variant="light">
            {t('training.mine.recommended')}
          </Button>
        }
      />
      <Stack>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            {t('training.mine.jpThisYear', { year: jp.year })}
          </Text>
          <Text fz={32} fw={700} data-testid="jp-total">
            {t('training.common.jp', { n: formatNumber(jp.totalJp, language, { maximumFractionDigits: 1 }) })}
          </Text>
        </Card>
        <Title order={2} size="h4">
          {t('training.mine.enrolments')}
        </Title>
        <DataTable
          caption={t('training.mine.enrolments')}
          columns={enrolmentColumns}
          rows={enrolments}
          rowKey={(e) => e.id}
          minWidth={640}
        />
        <Title order={2} size="h4">
          {t('training.mine.evidence')}
        </Title>
        <DataTable
          caption={t('training.mine.evidence')}
          columns={evidenceColumns}
          rows={evidence}
          rowKey={(x) => x.id}
          minWidth={560}
        />
        <EvidenceUpload />
      </Stack>
    </>
  );
}

function EvidenceUpload() {
  const { t } = useTranslation();
  const upload = useUploadEvidence();
  const { values, field } = useTextFields({
    title: '',
    organiser: '',
    form: 'SEMINAR',
    startsOn: '',
    endsOn: '',
    jp: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const submit = () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(values)) form.set(k, v);
    if (file) form.set('file', file);
    upload.mutate(form);
  };
  return (
    <FormCard
      title={t('training.mine.upload')}
      order={3}
      error={upload.error}
      success={upload.isSuccess && t('training.mine.uploaded')}
      pending={upload.isPending}
      submitLabel={t('training.mine.upload')}
      onSubmit={submit}
    >
      <TextCol label={t('training.common.title')} required {...field('title')} />
      <TextCol label={t('training.mine.organiser')} required {...field('organiser')} />
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TrainingFormSelect {...field('form')} />
      </Grid.Col>
      <TextCol
        span={{ base: 6, sm: 3 }}
        type="date"
        label={t('training.mine.startsOn')}
        required
        {...field('startsOn')}
      />
      <TextCol
        span={{ base: 6, sm: 3 }}
        type="date"
        label={t('training.mine.endsOn')}
        required
        {...field('endsOn')}
      />
      <TextCol
        span={{ base: 12, sm: 2 }}
        label={t('training.mine.jpField')}
        inputMode="decimal"
        required
        {...field('jp')}
      />
      <Grid.Col span={12}>
        <FileInput
          label={t('training.mine.file')}
          accept="application/pdf,image/jpeg,image/png"
          required
          value={file}
          onChange={setFile}
        />
      </Grid.Col>
    </FormCard>
  );
}
