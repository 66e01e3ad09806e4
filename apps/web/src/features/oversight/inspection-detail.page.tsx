import type { InspectionDetail } from '@sim/contracts';
import { Anchor, Button, Group, Image, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useInspection } from './use-oversight';
import { inspectionPdfUrl } from './use-oversight-followup';
import { FindingModal } from './finding-form';
import { withIdParam } from '../../app/with-id-param';

type Row = InspectionDetail['checklist']['items'][number];

/** One inspection as submitted: the answers, the photos, and recording a finding from it. */
function InspectionDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
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
      {/* Issue 12 §4: an inspection opened from an integrity complaint links back to it. */}
      {i.complaintId !== null && (
        <Anchor component={Link} to={`/complaints/${i.complaintId}`} size="sm">
          {t('oversight.findings.fromComplaint', { id: i.complaintId })}
        </Anchor>
      )}
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
      {recording && (
        <FindingModal source={{ kind: 'inspection', inspection: i }} onClose={() => setRecording(false)} />
      )}
    </>
  );
}

export const InspectionDetailPage = withIdParam(InspectionDetailView);
