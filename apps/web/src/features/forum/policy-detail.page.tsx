import { BarChart } from '@mantine/charts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ForumParticipation } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ConsultationPanel, OfficialResponseHighlight } from './forum-consultation';
import { PolicyStatusBadge } from './forum-display';
import { PollsSection } from './forum-polls';
import { PolicyDocuments } from './policy-documents';
import { SafeHtml } from './safe-html';
import { ThreadList } from './thread-list';
import { useConsultation, useParticipation, usePolicy, usePolicyAction } from './use-forum';
import { withIdParam } from '../../app/with-id-param';

/**
 * A policy: the official response (set apart), its text and benefits, the Pimpinan's response-and-close panel,
 * documents, read confirmation, participation, polls and threads.
 */
function PolicyDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const policy = usePolicy(id);
  const action = usePolicyAction(id);
  const consultation = useConsultation(id);
  const caps = useCapabilities();
  const [publishing, setPublishing] = useState(false);
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
            {p.can.manage && p.status !== 'CLOSED' && (
              <Button variant="default" component={Link} to={`/forum/kebijakan/${p.id}/ubah`}>
                {t('forum.policy.editAction')}
              </Button>
            )}
            {p.can.publish && (
              <Button onClick={() => setPublishing(true)}>{t('forum.policy.publishAction')}</Button>
            )}
          </>
        }
      />
      <Stack>
        {/* The official response comes first: it is what readers of a consulted policy look for. */}
        {consultation.data && <OfficialResponseHighlight consultation={consultation.data} />}
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
        {p.closingSummary && (
          <Alert color="gray" title={t('forum.policy.summary')}>
            <SafeHtml html={p.closingSummary} />
          </Alert>
        )}
        {consultation.data && <ConsultationPanel consultation={consultation.data} />}
        <PolicyDocuments policy={p} />
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
        <PollsSection
          parent={{ policyId: p.id }}
          canCreate={caps.forum.managePolicies && p.status !== 'CLOSED'}
        />
        <section>
          <Title order={2} size="h4" mb="xs">
            {t('forum.policy.threads')}
          </Title>
          <ThreadList policyId={p.id} canStart={p.can.post} />
        </section>
      </Stack>
      <ConfirmModal
        opened={publishing}
        title={t('forum.policy.publishAction')}
        message={t('forum.policy.publishConfirm')}
        confirmLabel={t('forum.policy.publishAction')}
        loading={action.isPending}
        error={action.error}
        onClose={() => setPublishing(false)}
        onConfirm={() => action.mutate({ action: 'publish' }, { onSuccess: () => setPublishing(false) })}
      />
    </>
  );
}

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
          // recharts makes the chart keyboard-focusable by default; a picture hidden from assistive technology must
          // not take the focus (the table holds the same figures).
          barChartProps={{ accessibilityLayer: false }}
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

export const PolicyDetailPage = withIdParam(PolicyDetailView);
