import type { ComplaintDetail } from '@sim/contracts';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { FindingModal } from './finding-form';
import { StartInspectionModal } from './oversight-inspections.page';
import { useOversightOfComplaint, useOversightTeams } from './use-oversight';

/**
 * The oversight part of an integrity complaint's page (issue 12 §4): what the team opened from it, linked, and —
 * for an inspector serving on an active team (`capabilities.oversight.inspect` and the teams the server marks as
 * theirs) — the buttons that open an inspection or record a finding, prefilled from the complaint. Rendered only
 * for readers of oversight inspections (the team and the Pimpinan).
 */
export default function ComplaintOversightPanel({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caps = useCapabilities();
  const linked = useOversightOfComplaint(complaint.id);
  const teams = useOversightTeams(caps.oversight.inspect);
  const mine = (teams.data?.items ?? []).filter((x) => x.isMine && x.isActive);
  const [opening, setOpening] = useState<'inspection' | 'finding' | null>(null);
  const canAct = caps.oversight.inspect && mine.length > 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-oversight">
      <Title order={2} fz="h5" mb={4} id="complaint-oversight">
        {t('oversight.fromComplaint.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('oversight.fromComplaint.description')}
      </Text>
      {linked.isPending ? (
        <LoadingState lines={2} />
      ) : linked.isError ? (
        <ErrorState error={linked.error} onRetry={() => void linked.refetch()} />
      ) : linked.data.inspections.length + linked.data.findings.length === 0 ? (
        <Text size="sm">{t('oversight.fromComplaint.none')}</Text>
      ) : (
        <Stack gap="xs">
          {linked.data.inspections.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('oversight.fromComplaint.inspections')}
              </Text>
              {linked.data.inspections.map((i) => (
                <Group key={i.id} gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/pengawasan/inspeksi/${i.id}`} size="sm">
                    {`${i.teamName} · ${formatDate(i.startedAt, language)}`}
                  </Anchor>
                  <StatusBadge tone={i.status === 'SUBMITTED' ? 'positive' : 'info'}>
                    {t(`oversight.inspectionStatuses.${i.status}`)}
                  </StatusBadge>
                </Group>
              ))}
            </div>
          )}
          {linked.data.findings.length > 0 && (
            <div>
              <Text size="sm" fw={600}>
                {t('oversight.fromComplaint.findings')}
              </Text>
              {linked.data.findings.map((f) => (
                <Group key={f.id} gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/pengawasan/temuan/${f.id}`} size="sm">
                    {f.title}
                  </Anchor>
                  <StatusBadge tone="neutral">{t(`oversight.severities.${f.severity}`)}</StatusBadge>
                </Group>
              ))}
            </div>
          )}
        </Stack>
      )}
      {canAct ? (
        <Group mt="sm" gap="xs">
          <Button size="xs" onClick={() => setOpening('inspection')}>
            {t('oversight.fromComplaint.openInspection')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpening('finding')}>
            {t('oversight.fromComplaint.recordFinding')}
          </Button>
        </Group>
      ) : (
        caps.oversight.inspect &&
        teams.isSuccess && (
          <Text size="xs" c="dimmed" mt="sm">
            {t('oversight.fromComplaint.noActiveTeam')}
          </Text>
        )
      )}
      {opening === 'inspection' && (
        <StartInspectionModal
          onClose={() => setOpening(null)}
          prefill={{
            complaintId: complaint.id,
            title: t('oversight.fromComplaint.inspectionTitle', { ticket: complaint.ticket }),
            targetUnitId: complaint.unitId,
            targetServiceText: complaint.categoryName,
          }}
        />
      )}
      {opening === 'finding' && (
        <FindingModal
          source={{ kind: 'complaint', complaint, teams: mine }}
          onClose={() => setOpening(null)}
        />
      )}
    </Paper>
  );
}
