import type {
  FindingDetail,
  FindingSummary,
  Recommendation,
  RecommendationPatchRequest,
  RecommendationRequest,
} from '@sim/contracts';
import {
  FINDING_SEVERITIES,
  RECOMMENDATION_OWNER_KINDS,
  isOneOf,
  type FindingSeverity,
} from '@sim/contracts/values';
import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, apiUrl, isApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { UnitSelect } from '../org/unit-select';
import { useFinding, useFindings, useOversightMutation, useOversightPeople } from './use-oversight';
import { ModalActions } from './modal-actions';
import { withIdParam } from '../../app/with-id-param';

const SEVERITY_TONE: Record<FindingSeverity, Tone> = { BERAT: 'danger', SEDANG: 'attention', RINGAN: 'info' };

/** The findings the user may read, newest first, filtered by severity. */
export function OversightFindingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const [severity, setSeverity] = useState<string | null>(null);
  const findings = useFindings({
    page,
    pageSize: 25,
    ...(severity && isOneOf(FINDING_SEVERITIES, severity) ? { severity } : {}),
  });
  const columns: Column<FindingSummary>[] = [
    {
      key: 'title',
      header: t('oversight.findings.findingTitle'),
      render: (f) => (
        <Anchor component={Link} to={`/pengawasan/temuan/${f.id}`}>
          {f.title}
        </Anchor>
      ),
    },
    {
      key: 'severity',
      header: t('oversight.findings.severity'),
      render: (f) => (
        <Group gap={4}>
          <StatusBadge tone={SEVERITY_TONE[f.severity]}>
            {t(`oversight.severities.${f.severity}`)}
          </StatusBadge>
          {f.isIntegrity && <StatusBadge tone="neutral">{t('oversight.findings.integrity')}</StatusBadge>}
        </Group>
      ),
    },
    { key: 'unit', header: t('oversight.common.unit'), render: (f) => f.unitName },
    { key: 'date', header: t('oversight.common.date'), render: (f) => formatDate(f.createdAt, language) },
    {
      key: 'recs',
      header: t('oversight.findings.recommendations'),
      render: (f) =>
        t('oversight.findings.open', { open: f.openRecommendationCount, total: f.recommendationCount }),
    },
  ];
  return (
    <>
      <PageHeader title={t('oversight.findings.title')} description={t('oversight.findings.description')} />
      <Select
        label={t('oversight.findings.severity')}
        placeholder={t('oversight.findings.allSeverities')}
        data={FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`oversight.severities.${s}`) }))}
        value={severity}
        clearable
        onChange={(v) => {
          setSeverity(v);
          setPage(1);
        }}
        maw={240}
        mb="md"
      />
      {findings.isPending ? (
        <LoadingState />
      ) : findings.isError ? (
        <ErrorState error={findings.error} onRetry={() => void findings.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t('oversight.findings.listCaption')}
            columns={columns}
            rows={findings.data.items}
            rowKey={(f) => f.id}
            empty={<Text c="dimmed">{t('oversight.findings.empty')}</Text>}
          />
          <Pager
            page={page}
            pageSize={findings.data.pageSize}
            total={findings.data.total}
            onChange={setPage}
          />
        </>
      )}
    </>
  );
}

/** One finding with its evidence and recommendations; the team adds and edits recommendations here. */
function FindingDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const finding = useFinding(id);
  const [editing, setEditing] = useState<Recommendation | 'new' | null>(null);
  if (finding.isPending) return <LoadingState />;
  if (finding.isError) return <ErrorState error={finding.error} onRetry={() => void finding.refetch()} />;
  const f = finding.data;
  const columns: Column<Recommendation>[] = [
    {
      key: 'text',
      header: t('oversight.findings.recommendation'),
      // i12-follow hook: each recommendation opens its follow-up (tindak lanjut, verification, history).
      render: (r) => (
        <Anchor component={Link} to={`/pengawasan/rekomendasi/${r.id}`} size="sm">
          {r.text}
        </Anchor>
      ),
    },
    {
      key: 'owner',
      header: t('oversight.findings.owner'),
      render: (r) => r.ownerEmployeeName ?? r.ownerUnitName ?? t('oversight.common.none'),
    },
    {
      key: 'due',
      header: t('oversight.findings.dueDate'),
      render: (r) => (
        <Group gap={4}>
          {formatDate(r.dueDate, language)}
          {r.isOverdue && <StatusBadge tone="danger">{t('oversight.findings.overdue')}</StatusBadge>}
        </Group>
      ),
    },
    {
      key: 'status',
      header: t('oversight.common.status'),
      render: (r) => t(`oversight.recommendationStatuses.${r.status}`),
    },
    {
      key: 'actions',
      header: t('oversight.findings.editRecommendation'),
      hiddenHeader: true,
      render: (r) =>
        r.can.edit && (
          <Button size="compact-xs" variant="light" onClick={() => setEditing(r)}>
            {t('oversight.findings.editRecommendation')}
          </Button>
        ),
    },
  ];
  const sections: [string, string][] = [
    [t('oversight.findings.condition'), f.condition],
    [t('oversight.findings.criterion'), f.criterion],
    [t('oversight.findings.cause'), f.cause],
    [t('oversight.findings.effect'), f.effect],
  ];
  return (
    <>
      <PageHeader
        title={f.title}
        description={`${f.teamName} · ${f.unitName} · ${formatDate(f.createdAt, language)}`}
      />
      <Group gap="xs" mb="md">
        <StatusBadge tone={SEVERITY_TONE[f.severity]}>{t(`oversight.severities.${f.severity}`)}</StatusBadge>
        {f.isIntegrity && <StatusBadge tone="neutral">{t('oversight.findings.integrity')}</StatusBadge>}
        {f.inspectionId !== null && (
          <Anchor component={Link} to={`/pengawasan/inspeksi/${f.inspectionId}`} size="sm">
            {t('oversight.findings.fromInspection', { id: f.inspectionId })}
          </Anchor>
        )}
        {f.complaintId !== null && (
          <Anchor component={Link} to={`/complaints/${f.complaintId}`} size="sm">
            {t('oversight.findings.fromComplaint', { id: f.complaintId })}
          </Anchor>
        )}
      </Group>
      <Stack gap="sm">
        {sections.map(([label, text]) => (
          <Card key={label} withBorder p="sm">
            <Text fw={700} size="sm">
              {label}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {text}
            </Text>
          </Card>
        ))}
        {f.concernedEmployeeName && (
          <Text size="sm">{`${t('oversight.findings.concerned')}: ${f.concernedEmployeeName}`}</Text>
        )}
        {f.files.length > 0 && (
          <Stack gap={2}>
            <Text fw={700} size="sm">
              {t('oversight.findings.evidence')}
            </Text>
            {f.files.map((file) => (
              <Anchor
                key={file.id}
                href={apiUrl(`/oversight/finding-files/${file.id}`)}
                target="_blank"
                size="sm"
              >
                {file.fileName}
              </Anchor>
            ))}
          </Stack>
        )}
      </Stack>
      <Group justify="space-between" mt="lg" mb="xs">
        <Title order={2} fz="h4">
          {t('oversight.findings.recommendations')}
        </Title>
        {f.can.addRecommendation && (
          <Button size="xs" onClick={() => setEditing('new')}>
            {t('oversight.findings.addRecommendation')}
          </Button>
        )}
      </Group>
      <DataTable
        caption={t('oversight.findings.recCaption')}
        columns={columns}
        rows={f.recommendations}
        rowKey={(r) => r.id}
      />
      {editing && (
        <RecommendationModal
          finding={f}
          recommendation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function RecommendationModal({
  finding,
  recommendation,
  onClose,
}: {
  finding: FindingDetail;
  recommendation: Recommendation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const people = useOversightPeople();
  const [text, setText] = useState(recommendation?.text ?? '');
  const [ownerKind, setOwnerKind] = useState<string>(recommendation?.ownerKind ?? 'EMPLOYEE');
  const [employeeId, setEmployeeId] = useState<string | null>(
    recommendation?.ownerEmployeeId ? String(recommendation.ownerEmployeeId) : null,
  );
  const [unitId, setUnitId] = useState<number | null>(recommendation?.ownerUnitId ?? null);
  const [dueDate, setDueDate] = useState(recommendation?.dueDate ?? finding.defaultDueDate);
  const save = useOversightMutation((body: RecommendationRequest | RecommendationPatchRequest) =>
    recommendation
      ? api.patch(`/oversight/recommendations/${recommendation.id}`, body)
      : api.post(`/oversight/findings/${finding.id}/recommendations`, body),
  );
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const kind = isOneOf(RECOMMENDATION_OWNER_KINDS, ownerKind) ? ownerKind : 'EMPLOYEE';
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        recommendation
          ? t('oversight.findings.editRecommendation')
          : t('oversight.findings.addRecommendation')
      }
    >
      <Stack gap="sm">
        <Textarea
          label={t('oversight.findings.recommendation')}
          value={text}
          autosize
          minRows={2}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
          required
        />
        <Select
          label={t('oversight.findings.ownerKind')}
          data={RECOMMENDATION_OWNER_KINDS.map((k) => ({ value: k, label: t(`oversight.ownerKinds.${k}`) }))}
          value={ownerKind}
          allowDeselect={false}
          onChange={(v) => setOwnerKind(v ?? 'EMPLOYEE')}
        />
        {kind === 'EMPLOYEE' ? (
          <Select
            label={t('oversight.findings.owner')}
            searchable
            data={(people.data?.items ?? []).map((p) => ({
              value: String(p.employeeId),
              label: `${p.name}${p.unitName ? ` — ${p.unitName}` : ''}`,
            }))}
            value={employeeId}
            onChange={setEmployeeId}
            error={errors.ownerEmployeeId}
          />
        ) : (
          <UnitSelect
            label={t('oversight.findings.owner')}
            value={unitId}
            onChange={setUnitId}
            error={errors.ownerUnitId}
          />
        )}
        <TextInput
          label={t('oversight.findings.dueDate')}
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={errors.dueDate}
          description={t('oversight.findings.dueDateHint', {
            severity: t(`oversight.severities.${finding.severity}`),
            date: formatDate(finding.defaultDueDate, language),
          })}
        />
        <ModalActions
          save={save}
          onCancel={onClose}
          onSave={() =>
            save.mutate(
              {
                text,
                ownerKind: kind,
                ownerEmployeeId: kind === 'EMPLOYEE' && employeeId ? Number(employeeId) : null,
                ownerUnitId: kind === 'UNIT' ? unitId : null,
                dueDate,
              },
              { onSuccess: onClose },
            )
          }
        />
      </Stack>
    </AppModal>
  );
}

export const FindingDetailPage = withIdParam(FindingDetailView);
