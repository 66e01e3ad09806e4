import {
  Alert,
  Anchor,
  Button,
  Group,
  Input,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ImportJob } from '@sim/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl, isApiError } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { DownloadIcon } from '../../components/icons';
import { PageHeader } from '../../components/page-header';
import { useImportJob, useStartImport } from './use-employees';
import { StatusBadge } from '../../components/status-badge';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function EmployeeImportPage() {
  const { t } = useTranslation();
  const fileInputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportJob['mode']>('all_or_nothing');
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId);
  const running = start.isPending || job.data?.status === 'queued' || job.data?.status === 'running';
  // A rejected file (wrong columns, too large…) is reported on the file input itself.
  const serverFileError = isApiError(start.error) ? start.error.fieldErrors().file : undefined;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(t('import.fileRequired'));
      return;
    }
    setJobId(null);
    start.mutate({ file, mode }, { onSuccess: (created) => setJobId(created.id) });
  }

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Stack gap="lg" maw={960}>
        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="xs">
            {t('import.templateTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('import.templateHint')}
          </Text>
          <Group gap="sm">
            <Button
              component="a"
              href={apiUrl('/employees/import/template.csv')}
              download
              variant="default"
              leftSection={<DownloadIcon size={16} />}
            >
              {t('import.templateCsv')}
            </Button>
            <Button
              component="a"
              href={apiUrl('/employees/import/template.xlsx')}
              download
              variant="default"
              leftSection={<DownloadIcon size={16} />}
            >
              {t('import.templateXlsx')}
            </Button>
          </Group>
        </Paper>

        <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} fz="h4">
              {t('import.uploadTitle')}
            </Title>
            <Input.Wrapper
              id={fileInputId}
              label={t('import.file')}
              description={t('import.fileHint')}
              error={fileError ?? serverFileError}
              required
            >
              <input
                id={fileInputId}
                type="file"
                accept={ACCEPT}
                required
                aria-invalid={fileError || serverFileError ? true : undefined}
                aria-describedby={`${fileInputId}-description${fileError || serverFileError ? ` ${fileInputId}-error` : ''}`}
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  setFileError(null);
                  start.reset();
                }}
                style={{ display: 'block', marginTop: 6, maxWidth: '100%' }}
              />
            </Input.Wrapper>
            <Radio.Group
              label={t('import.mode')}
              value={mode}
              onChange={(value) => setMode(value === 'valid_rows' ? 'valid_rows' : 'all_or_nothing')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="all_or_nothing"
                  label={t('import.modes.all_or_nothing')}
                  description={t('import.modes.all_or_nothingHint')}
                />
                <Radio
                  value="valid_rows"
                  label={t('import.modes.valid_rows')}
                  description={t('import.modes.valid_rowsHint')}
                />
              </Stack>
            </Radio.Group>
            {!serverFileError && <FormError error={start.error} />}
            <Group>
              <Button type="submit" loading={running}>
                {t('import.submit')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        {jobId && (
          <Paper withBorder p="md">
            {job.isError ? (
              <ErrorState error={job.error} onRetry={() => void job.refetch()} />
            ) : job.data ? (
              <ImportResult job={job.data} />
            ) : (
              <Progress value={0} aria-label={t('import.progressLabel')} animated />
            )}
          </Paper>
        )}
      </Stack>
    </>
  );
}

function ImportResult({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent =
    job.total > 0 ? Math.round((job.processed / job.total) * 100) : job.status === 'done' ? 100 : 0;
  const finished = job.status === 'done' || job.status === 'failed';
  const n = (value: number) => formatNumber(value, language);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('import.resultTitle', { file: job.fileName })}
        </Title>
        <StatusBadge tone={job.status === 'failed' ? 'danger' : job.status === 'done' ? 'positive' : 'info'}>
          {t(`import.statuses.${job.status}`)}
        </StatusBadge>
      </Group>
      <Progress value={percent} size="lg" animated={!finished} aria-label={t('import.progressLabel')} />
      <Text size="sm" role="status" aria-live="polite">
        {t('import.progress', { processed: n(job.processed), total: n(job.total) })}
        {finished && ` · ${t('import.summary', { inserted: n(job.inserted), errors: n(job.errors.length) })}`}
      </Text>
      {job.message && (
        <Alert color={job.status === 'failed' ? 'red' : 'blue'} variant="light">
          {job.message}
        </Alert>
      )}
      {finished && job.status === 'done' && job.inserted > 0 && (
        <Anchor component={Link} to="/employees" size="sm">
          {t('import.viewEmployees')}
        </Anchor>
      )}
      {job.errors.length > 0 && (
        <>
          <Title order={3} fz="h5">
            {t('import.reportTitle')}
          </Title>
          <DataTable
            caption={t('import.reportTitle')}
            minWidth={480}
            columns={[
              { key: 'row', header: t('import.columns.row'), render: (e) => n(e.row), width: 80 },
              { key: 'field', header: t('import.columns.field'), render: (e) => e.field || '—', width: 160 },
              { key: 'message', header: t('import.columns.message'), render: (e) => e.message },
            ]}
            rows={job.errors.map((error, index) => ({ ...error, index }))}
            rowKey={(e) => e.index}
          />
        </>
      )}
    </Stack>
  );
}
