import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PublicLayout } from '../portal/public-layout';
import { useVerification } from './use-performance';
import './performance.i18n';

/**
 * Public page behind the QR on SKP and evaluation PDFs, training certificates and oversight reports: genuine, and
 * unaltered since issue?
 */
export function VerifyDocumentPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = useParams().code ?? '';
  const result = useVerification(code);
  useEffect(() => {
    document.title = t('performance.verify.title');
  }, [t]);
  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h3">
          {t('performance.verify.title')}
        </Title>
        {result.isPending ? (
          <LoadingState lines={3} />
        ) : result.isError ? (
          <ErrorState error={result.error} />
        ) : (
          <>
            <Alert
              color={!result.data.valid ? 'red' : result.data.isCurrent ? 'teal' : 'orange'}
              variant="light"
              title={
                !result.data.valid
                  ? t('performance.verify.notGenuine')
                  : `${t('performance.verify.genuine')} — ${result.data.isCurrent ? t('performance.verify.current') : t('performance.verify.changed')}`
              }
              role="status"
            >
              <Text size="sm">{result.data.message}</Text>
            </Alert>
            {result.data.valid && (
              <DataTable
                caption={t('performance.verify.title')}
                withHeader={false}
                variant="plain"
                minWidth={0}
                columns={[
                  { key: 'label', header: '', render: (f) => f.label, rowHeader: true },
                  { key: 'value', header: '', render: (f) => f.value },
                ]}
                rows={[
                  { label: t('performance.verify.code'), value: result.data.code },
                  { label: t('performance.verify.document'), value: result.data.title },
                  // An oversight report names no employee (ADR 0007): the row is left out, not shown empty.
                  ...(result.data.employeeName
                    ? [{ label: t('performance.verify.employee'), value: result.data.employeeName }]
                    : []),
                  {
                    label: t('performance.verify.issuedAt'),
                    value: formatDateTime(result.data.issuedAt, language),
                  },
                  {
                    label: 'SHA-256',
                    value: <span style={{ wordBreak: 'break-all' }}>{result.data.sha256}</span>,
                  },
                ]}
                rowKey={(f) => f.label}
              />
            )}
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}
