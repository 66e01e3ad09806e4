import type { InspectionSummary } from '@sim/contracts';
import { OVERSIGHT_TARGET_KINDS, isOneOf } from '@sim/contracts/values';
import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { StatusBadge } from '../../components/status-badge';
import { createDraft, listDrafts, onDraftsChanged, unsentCount } from './inspection-drafts';
import { TargetFields, useChecklistOptions } from './oversight-plans.page';
import { useDraftSync } from './use-draft-sync';
import { fetchChecklistVersion, useInspections, useOversightTeams } from './use-oversight';

const targetOf = (i: InspectionSummary) =>
  i.targetEmployeeName ?? i.targetCategoryName ?? i.targetServiceText ?? i.targetUnitName;

/** The team's inspections, and on top the forms still on this device that the server has not fully received. */
export function OversightInspectionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const caps = useCapabilities();
  const [page, setPage] = useState(1);
  const inspections = useInspections(page);
  const [adHoc, setAdHoc] = useState(false);
  useDraftSync();
  const draftsKey = useSyncExternalStore(onDraftsChanged, () =>
    listDrafts()
      .map((d) => `${d.uuid}:${d.revision}:${d.sentRevision}:${d.status}`)
      .join('|'),
  );
  const local = draftsKey ? listDrafts().filter((d) => d.status !== 'SUBMITTED') : [];
  const columns: Column<InspectionSummary>[] = [
    {
      key: 'target',
      header: t('oversight.inspections.target'),
      render: (i) => (
        <Anchor component={Link} to={`/pengawasan/inspeksi/${i.id}`}>
          {targetOf(i)}
        </Anchor>
      ),
    },
    { key: 'team', header: t('oversight.common.team'), render: (i) => i.teamName },
    { key: 'inspector', header: t('oversight.inspections.inspector'), render: (i) => i.inspectorName },
    {
      key: 'started',
      header: t('oversight.inspections.started'),
      render: (i) => formatDateTime(i.startedAt, language),
    },
    {
      key: 'status',
      header: t('oversight.common.status'),
      render: (i) => (
        <StatusBadge tone={i.status === 'SUBMITTED' ? 'positive' : 'info'}>
          {t(`oversight.inspectionStatuses.${i.status}`)}
        </StatusBadge>
      ),
    },
    {
      key: 'findings',
      header: t('oversight.inspections.findings'),
      align: 'right',
      render: (i) => i.findingCount,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('oversight.inspections.title')}
        description={t('oversight.inspections.description')}
        actions={
          caps.oversight.inspect && (
            <Button onClick={() => setAdHoc(true)}>{t('oversight.inspections.startAdHoc')}</Button>
          )
        }
      />
      {local.length > 0 && (
        <Stack gap="xs" mb="lg" component="section" aria-labelledby="on-device">
          <Title order={2} fz="h4" id="on-device">
            {t('oversight.inspections.onPhone')}
          </Title>
          {local.map((d) => (
            <Card key={d.uuid} withBorder p="sm">
              <Group justify="space-between">
                <Anchor component={Link} to={`/pengawasan/inspeksi/isi/${d.uuid}`}>
                  {d.title}
                </Anchor>
                {unsentCount(d) > 0 ? (
                  <StatusBadge tone="danger">
                    {t('oversight.fill.unsentCount', { count: unsentCount(d) })}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="positive">{t('oversight.fill.synced')}</StatusBadge>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {inspections.isPending ? (
        <LoadingState />
      ) : inspections.isError ? (
        <ErrorState error={inspections.error} onRetry={() => void inspections.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t('oversight.inspections.listCaption')}
            columns={columns}
            rows={inspections.data.items}
            rowKey={(i) => i.id}
            empty={<Text c="dimmed">{t('oversight.inspections.empty')}</Text>}
          />
          <Pager
            page={page}
            pageSize={inspections.data.pageSize}
            total={inspections.data.total}
            onChange={setPage}
          />
        </>
      )}
      {adHoc && <StartInspectionModal onClose={() => setAdHoc(false)} />}
    </>
  );
}

/** What an inspection opened from an integrity complaint starts with (issue 12 §4). */
export type InspectionPrefill = {
  complaintId: number;
  title: string;
  targetUnitId: number | null;
  targetServiceText: string;
};

/**
 * Starts an unplanned inspection on this phone: the form is made locally (inspection-drafts.ts) and opened. From a
 * complaint, the target is the complaint's service in its unit and the inspection carries the complaint.
 */
export function StartInspectionModal({
  onClose,
  prefill,
}: {
  onClose: () => void;
  prefill?: InspectionPrefill;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const teams = useOversightTeams();
  const checklists = useChecklistOptions();
  const mine = (teams.data?.items ?? []).filter((x) => x.isMine);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [target, setTarget] = useState({
    targetKind: prefill ? 'SERVICE' : 'UNIT',
    targetUnitId: prefill?.targetUnitId ?? null,
    targetEmployeeId: null as number | null,
    targetServiceText: prefill?.targetServiceText ?? '',
  });
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    try {
      const version = Number(versionId ?? checklists[0]?.value);
      const checklist = await fetchChecklistVersion(version);
      const kind = isOneOf(OVERSIGHT_TARGET_KINDS, target.targetKind) ? target.targetKind : 'UNIT';
      const draft = createDraft({
        title: prefill?.title ?? checklist.templateName,
        checklist,
        origin: {
          teamId: Number(teamId ?? mine[0]?.id),
          checklistVersionId: version,
          targetKind: kind,
          targetUnitId: kind === 'EMPLOYEE' ? null : target.targetUnitId,
          targetEmployeeId: kind === 'EMPLOYEE' ? target.targetEmployeeId : null,
          targetServiceText: kind === 'SERVICE' ? target.targetServiceText : null,
          complaintId: prefill?.complaintId ?? null,
        },
      });
      await navigate(`/pengawasan/inspeksi/isi/${draft.uuid}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('oversight.inspections.startAdHoc')}>
      <Stack gap="sm">
        <Select
          label={t('oversight.common.team')}
          data={mine.map((x) => ({ value: String(x.id), label: x.name }))}
          value={teamId ?? (mine[0] ? String(mine[0].id) : null)}
          onChange={setTeamId}
        />
        <Select
          label={t('oversight.plans.checklist')}
          data={checklists}
          value={versionId ?? checklists[0]?.value ?? null}
          onChange={setVersionId}
        />
        <TargetFields value={target} onChange={setTarget} errors={{}} />
        <FormError error={error} />
        <Button onClick={() => void start()}>{t('oversight.inspections.start')}</Button>
      </Stack>
    </AppModal>
  );
}
