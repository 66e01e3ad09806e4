import type { FindingDetail, FindingRequest, InspectionDetail } from '@sim/contracts';
import { FINDING_SEVERITIES, isOneOf } from '@sim/contracts/values';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Image,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, apiUrl, isApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useInspection, useOversightMutation, useOversightPeople } from './use-oversight';
import { inspectionPdfUrl } from './use-oversight-followup';

type Row = InspectionDetail['checklist']['items'][number];

/** One inspection as submitted: the answers, the photos, and recording a finding from it. */
export function InspectionDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = Number(useParams().id);
  const inspection = useInspection(id);
  const [recording, setRecording] = useState(false);
  if (inspection.isPending) return <LoadingState />;
  if (inspection.isError)
    return <ErrorState error={inspection.error} onRetry={() => void inspection.refetch()} />;
  const i = inspection.data;
  const target = i.targetEmployeeName ?? i.targetCategoryName ?? i.targetServiceText ?? i.targetUnitName;
  const answerOf = (row: Row) => {
    const a = i.answers.find((x) => x.itemId === row.id);
    if (!a) return t('oversight.common.none');
    const value =
      row.type === 'YES_NO'
        ? a.yes === null
          ? t('oversight.common.none')
          : t(a.yes ? 'oversight.inspections.yes' : 'oversight.inspections.no')
        : row.type === 'SCORE'
          ? String(a.score ?? t('oversight.common.none'))
          : (a.text ?? t('oversight.common.none'));
    return a.note ? `${value} — ${a.note}` : value;
  };
  const columns: Column<Row>[] = [
    {
      key: 'item',
      header: t('oversight.templates.itemText'),
      render: (r) => `${r.position}. ${r.text}`,
      rowHeader: true,
    },
    { key: 'answer', header: t('oversight.inspections.answers'), render: answerOf },
    {
      key: 'photos',
      header: t('oversight.inspections.photos'),
      align: 'right',
      render: (r) => i.photos.filter((p) => p.itemId === r.id).length,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('oversight.inspections.detailTitle', { target })}
        description={`${i.teamName} · ${i.inspectorName} · ${formatDateTime(i.submittedAt ?? i.startedAt, language)}`}
        actions={
          <Group gap="xs">
            {/* i12-follow hook: the laporan hasil pengawasan (PDF) of a submitted inspection. */}
            {i.status === 'SUBMITTED' && (
              <Button component="a" href={inspectionPdfUrl(i.id)} variant="default">
                {t('oversightFollowUp.pdf')}
              </Button>
            )}
            {i.can.addFinding && (
              <Button onClick={() => setRecording(true)}>{t('oversight.inspections.addFinding')}</Button>
            )}
          </Group>
        }
      />
      <Group mb="sm" gap="xs">
        <StatusBadge tone={i.status === 'SUBMITTED' ? 'positive' : 'info'}>
          {t(`oversight.inspectionStatuses.${i.status}`)}
        </StatusBadge>
        {i.kind === 'UNANNOUNCED' && (
          <StatusBadge tone="attention">{t('oversight.planKinds.UNANNOUNCED')}</StatusBadge>
        )}
      </Group>
      {i.location && <Text size="sm">{`${t('oversight.fill.location')}: ${i.location}`}</Text>}
      <DataTable
        caption={i.checklist.templateName}
        columns={columns}
        rows={i.checklist.items}
        rowKey={(r) => r.id}
        minWidth={480}
      />
      {i.notes && (
        <Text size="sm" mt="sm">
          {i.notes}
        </Text>
      )}
      {i.photos.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md">
          {i.photos.map((p) => (
            <Anchor key={p.id} href={apiUrl(`/oversight/inspection-photos/${p.id}`)} target="_blank">
              <Image
                src={apiUrl(`/oversight/inspection-photos/${p.id}`)}
                alt={p.fileName}
                radius="sm"
                h={120}
                fit="cover"
              />
            </Anchor>
          ))}
        </SimpleGrid>
      )}
      {recording && <FindingModal inspection={i} onClose={() => setRecording(false)} />}
    </>
  );
}

function FindingModal({ inspection, onClose }: { inspection: InspectionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const people = useOversightPeople();
  const [form, setForm] = useState({ title: '', condition: '', criterion: '', cause: '', effect: '' });
  const [severity, setSeverity] = useState<string>('SEDANG');
  const [isIntegrity, setIsIntegrity] = useState(false);
  const [concerned, setConcerned] = useState<string | null>(null);
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const save = useOversightMutation((body: FindingRequest) =>
    api.post<FindingDetail>('/oversight/findings', body),
  );
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const field = (key: keyof typeof form, multiline = false) => {
    const props = {
      label: t(`oversight.findings.${key === 'title' ? 'findingTitle' : key}`),
      value: form[key],
      error: errors[key],
      required: true,
    };
    return multiline ? (
      <Textarea
        {...props}
        autosize
        minRows={2}
        onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    ) : (
      <TextInput {...props} onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
    );
  };
  return (
    <AppModal opened onClose={onClose} title={t('oversight.findings.new')} size="lg">
      <Stack gap="sm">
        {field('title')}
        {field('condition', true)}
        {field('criterion', true)}
        {field('cause', true)}
        {field('effect', true)}
        <Select
          label={t('oversight.findings.severity')}
          data={FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`oversight.severities.${s}`) }))}
          value={severity}
          allowDeselect={false}
          onChange={(v) => setSeverity(v ?? 'SEDANG')}
        />
        <Checkbox
          label={t('oversight.findings.isIntegrity')}
          checked={isIntegrity}
          onChange={(e) => setIsIntegrity(e.currentTarget.checked)}
        />
        <Select
          label={t('oversight.findings.concerned')}
          searchable
          clearable
          data={(people.data?.items ?? []).map((p) => ({ value: String(p.employeeId), label: p.name }))}
          value={concerned}
          onChange={setConcerned}
        />
        {inspection.photos.length > 0 && (
          <Checkbox.Group
            label={t('oversight.findings.evidencePhotos')}
            value={photoIds.map(String)}
            onChange={(v) => setPhotoIds(v.map(Number))}
          >
            <Stack gap={4} mt={4}>
              {inspection.photos.map((p) => (
                <Checkbox key={p.id} value={String(p.id)} label={p.fileName} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormError error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('oversight.common.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                {
                  ...form,
                  inspectionId: inspection.id,
                  severity: isOneOf(FINDING_SEVERITIES, severity) ? severity : 'SEDANG',
                  isIntegrity,
                  concernedEmployeeId: concerned ? Number(concerned) : null,
                  photoIds,
                },
                { onSuccess: (f) => void navigate(`/pengawasan/temuan/${f.id}`) },
              )
            }
          >
            {t('oversight.common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
