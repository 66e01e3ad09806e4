import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PublicLayout } from '../portal/public-layout';
import { useVerification } from './use-performance';
import './performance.i18n';

/** Public page behind the QR on SKP and evaluation PDFs: is this document genuine, and unaltered since issue? */
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
              <Table>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="row">{t('performance.verify.code')}</Table.Th>
                    <Table.Td>{result.data.code}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('performance.verify.document')}</Table.Th>
                    <Table.Td>{result.data.title}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('performance.verify.employee')}</Table.Th>
                    <Table.Td>{result.data.employeeName}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('performance.verify.issuedAt')}</Table.Th>
                    <Table.Td>{formatDateTime(result.data.issuedAt, language)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">SHA-256</Table.Th>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{result.data.sha256}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}
