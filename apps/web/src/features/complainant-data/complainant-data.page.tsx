import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ComplainantExport } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import '../complaints/complaints.i18n';
import { saveExportFile, useComplainantExport } from './use-complainant-data';

type Row = ComplainantExport['complaints'][number];

function Result({ data }: { data: ComplainantExport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (data.complaints.length === 0) {
    return (
      <Alert color="gray" role="status">
        {t('complainantData.none')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text fw={600} role="status">
        {t('complainantData.found', { count: data.complaints.length })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('complainantData.anonNote')}
      </Text>
      <DataTable<Row>
        caption={t('complainantData.title')}
        minWidth={560}
        rows={data.complaints}
        rowKey={(r) => r.ticket}
        columns={[
          {
            key: 'ticket',
            header: t('complainantData.columns.ticket'),
            render: (r) => r.ticket,
            rowHeader: true,
          },
          {
            key: 'received',
            header: t('complainantData.columns.received'),
            render: (r) => formatDateTime(r.receivedAt, language),
          },
          {
            key: 'status',
            header: t('complainantData.columns.status'),
            render: (r) => (
              <Stack gap={4} align="flex-start">
                <StatusBadge tone="info">{t(`complaints.statuses.${r.status}`)}</StatusBadge>
                {r.anonymisedAt && (
                  <StatusBadge tone="neutral">
                    {t('complainantData.anonymised', { date: formatDate(r.anonymisedAt, language) })}
                  </StatusBadge>
                )}
              </Stack>
            ),
          },
          {
            key: 'reporter',
            header: t('complainantData.columns.reporter'),
            render: (r) =>
              [r.reporter.name, r.reporter.phone, r.reporter.email].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'contents',
            header: t('complainantData.columns.contents'),
            render: (r) =>
              t('complainantData.contents', {
                messages: r.messages.length,
                files: r.attachments.length,
                access: r.access.length,
              }),
          },
        ]}
      />
      <Group>
        <Button onClick={() => saveExportFile(data)}>{t('complainantData.download')}</Button>
      </Group>
    </Stack>
  );
}

/**
 * The desk's (and the administrator's) answer to a complainant's request for their personal data: find by the
 * contact they gave or a ticket, check, download the JSON file. Opened from the menu or from a complaint's page
 * (`?tiket=`).
 */
export function ComplainantDataPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [contact, setContact] = useState('');
  const [ticket, setTicket] = useState(params.get('tiket') ?? '');
  const [missing, setMissing] = useState(false);
  const search = useComplainantExport();
  return (
    <>
      <PageHeader title={t('complainantData.title')} description={t('complainantData.intro')} />
      <Stack gap="md" maw={960}>
        <Card withBorder>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const query = { contact: contact.trim() || undefined, ticket: ticket.trim() || undefined };
              setMissing(!query.contact && !query.ticket);
              if (query.contact || query.ticket) search.mutate(query);
            }}
          >
            <Stack gap="sm">
              <TextInput
                label={t('complainantData.contact')}
                description={t('complainantData.contactHint')}
                value={contact}
                onChange={(e) => setContact(e.currentTarget.value)}
                autoComplete="off"
                maw={420}
              />
              <Text size="sm" c="dimmed">
                {t('complainantData.or')}
              </Text>
              <TextInput
                label={t('complainantData.ticket')}
                description={t('complainantData.ticketHint')}
                value={ticket}
                onChange={(e) => setTicket(e.currentTarget.value)}
                autoComplete="off"
                maw={420}
              />
              {missing && (
                <Text c="red.9" size="sm" role="alert">
                  {t('complainantData.needOne')}
                </Text>
              )}
              <FormError error={search.error} />
              <Group>
                <Button type="submit" loading={search.isPending}>
                  {t('complainantData.search')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {search.data && <Result data={search.data} />}
      </Stack>
    </>
  );
}
