import '@mantine/charts/styles.layer.css';
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { ForumParticipation } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { PolicyStatusBadge } from './forum-display';
import { SafeHtml } from './safe-html';
import { ThreadList } from './thread-list';
import { documentUrl, useParticipation, usePolicy, usePolicyAction, useUploadDocument } from './use-forum';

/** A policy: its text and benefits, documents, official response, read confirmation, participation, threads. */
export function PolicyDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = Number(useParams().id);
  const policy = usePolicy(id);
  const action = usePolicyAction(id);
  const upload = useUploadDocument(id);
  const [confirm, setConfirm] = useState<'publish' | 'close' | null>(null);
  const [summary, setSummary] = useState('');
  if (policy.isPending) return <LoadingState />;
  if (policy.isError) return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />;
  const p = policy.data;
  return (
    <>
      <PageHeader
        title={p.title}
        description={<PolicyStatusBadge status={p.status} />}
        actions={
          <>
            {p.can.publish && (
              <Button onClick={() => setConfirm('publish')}>{t('forum.policy.publishAction')}</Button>
            )}
            {p.can.close && (
              <Button color="dark" onClick={() => setConfirm('close')}>
                {t('forum.policy.closeAction')}
              </Button>
            )}
          </>
        }
      />
      <Stack>
        <Card withBorder>
          <Text fw={600}>{t('forum.policy.benefits')}</Text>
          <Text mb="sm">{p.benefitsSummary}</Text>
          <SafeHtml html={p.body} />
          <Text size="sm" c="dimmed" mt="sm">
            {p.effectiveDate ? `${formatDate(p.effectiveDate, language)} · ` : ''}
            {p.consultationClosesAt
              ? t('forum.policy.window', { date: formatDateTime(p.consultationClosesAt, language) })
              : null}
          </Text>
        </Card>
        {p.officialResponse && (
          <Alert color="blue" title={t('forum.policy.officialResponse')}>
            <SafeHtml html={p.officialResponse} />
          </Alert>
        )}
        {p.closingSummary && (
          <Alert color="gray" title={t('forum.policy.summary')}>
            <SafeHtml html={p.closingSummary} />
          </Alert>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('forum.policy.documents')}
          </Title>
          {p.documents.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('forum.policy.noDocuments')}
            </Text>
          ) : (
            <List>
              {p.documents.map((d) => (
                <List.Item key={d.id}>
                  <Anchor href={documentUrl(p.id, d.id)}>{d.fileName}</Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatNumber(Math.ceil(d.size / 1024), language)} KB)
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          {p.can.manage && (
            <Group mt="sm">
              <FileButton accept="application/pdf" onChange={(f) => f && upload.mutate(f)}>
                {(props) => (
                  <Button variant="light" loading={upload.isPending} {...props}>
                    {t('forum.policy.upload')}
                  </Button>
                )}
              </FileButton>
              <FormError error={upload.error} />
            </Group>
          )}
        </Card>
        <Card withBorder>
          {p.readAt ? (
            <Text>{t('forum.policy.readAt', { date: formatDateTime(p.readAt, language) })}</Text>
          ) : p.can.confirmRead ? (
            <Group>
              <Button onClick={() => action.mutate({ action: 'read' })} loading={action.isPending}>
                {t('forum.policy.read')}
              </Button>
            </Group>
          ) : null}
          {p.status !== 'DRAFT' && <Participation policyId={p.id} />}
        </Card>
        <section>
          <Title order={2} size="h4" mb="xs">
            {t('forum.policy.threads')}
          </Title>
          <ThreadList policyId={p.id} canStart={p.can.post} />
        </section>
      </Stack>
      <ConfirmModal
        opened={confirm !== null}
        title={confirm === 'close' ? t('forum.policy.closeAction') : t('forum.policy.publishAction')}
        message={
          confirm === 'close' ? (
            <Stack>
              <Text size="sm">{t('forum.policy.closeConfirm')}</Text>
              <Textarea
                label={t('forum.policy.closingSummary')}
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                autosize
                minRows={3}
              />
            </Stack>
          ) : (
            t('forum.policy.publishConfirm')
          )
        }
        confirmLabel={confirm === 'close' ? t('forum.policy.closeAction') : t('forum.policy.publishAction')}
        loading={action.isPending}
        error={action.error}
        onClose={() => setConfirm(null)}
        onConfirm={() =>
          confirm &&
          action.mutate(
            { action: confirm, closingSummary: summary.trim() ? `<p>${escapeText(summary)}</p>` : undefined },
            { onSuccess: () => setConfirm(null) },
          )
        }
      />
    </>
  );
}

/** Plain text typed in a textarea, sent as one paragraph: the server sanitises it all the same. */
const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

function Participation({ policyId }: { policyId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const data = useParticipation(policyId);
  if (!data.data) return null;
  const d = data.data;
  const charted = d.units.filter((u) => u.audience > 0);
  const columns: Column<ForumParticipation['units'][number]>[] = [
    { key: 'unit', header: t('forum.policy.unit'), rowHeader: true, render: (u) => u.unitName },
    {
      key: 'aud',
      header: t('forum.policy.audienceCount'),
      align: 'right',
      render: (u) => formatNumber(u.audience, language),
    },
    {
      key: 'read',
      header: t('forum.policy.confirmed'),
      align: 'right',
      render: (u) => formatNumber(u.confirmed, language),
    },
    {
      key: 'pct',
      header: t('forum.policy.percent'),
      align: 'right',
      render: (u) => `${formatNumber(u.percent, language)}%`,
    },
  ];
  return (
    <Stack mt="md" gap="xs">
      <Title order={2} size="h4">
        {t('forum.policy.participation')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('forum.policy.participationHint')}
      </Text>
      <Text fw={600}>
        {t('forum.policy.total', {
          confirmed: d.confirmed,
          audience: d.audience,
          percent: formatNumber(d.percent, language),
        })}
      </Text>
      {charted.length > 0 && (
        // The picture for those who would rather look; the table below holds the same figures to read.
        <BarChart
          h={charted.length * 34 + 48}
          orientation="vertical"
          data={charted.map((u) => ({ unit: u.unitName, [t('forum.policy.percent')]: u.percent }))}
          dataKey="unit"
          series={[{ name: t('forum.policy.percent'), color: 'blue.7' }]}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{
            width: 130,
            tickFormatter: (name: string) => (name.length > 20 ? `${name.slice(0, 19)}…` : name),
          }}
          valueFormatter={(v) => `${formatNumber(v, language)}%`}
          aria-hidden
        />
      )}
      <DataTable
        caption={t('forum.policy.participation')}
        columns={columns}
        minWidth={320}
        rows={d.units}
        rowKey={(u) => u.unitId}
      />
    </Stack>
  );
}
