import type { ComplaintDetail, FindingDetail, FindingRequest, InspectionDetail } from '@sim/contracts';
import { FINDING_SEVERITIES, isOneOf } from '@sim/contracts/values';
import { Checkbox, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api';
import { AppModal } from '../../components/app-modal';
import { useOversightMutation, useOversightPeople } from './use-oversight';
import { ModalActions } from './modal-actions';

/**
 * Where a finding comes from: a submitted inspection (its photos may become evidence), or an integrity complaint the
 * team examines (issue 12 §4) — then the inspector picks which of their active teams records it, and the form
 * starts from the complaint: an integrity finding, the complaint's text as the condition.
 */
export type FindingSource =
  | { kind: 'inspection'; inspection: InspectionDetail }
  | { kind: 'complaint'; complaint: ComplaintDetail; teams: { id: number; name: string }[] };

/** The "Catat temuan" form; after saving it opens the new finding. */
export function FindingModal({ source, onClose }: { source: FindingSource; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const people = useOversightPeople();
  const complaint = source.kind === 'complaint' ? source.complaint : null;
  const [form, setForm] = useState({
    title: complaint
      ? t('oversight.fromComplaint.findingTitle', {
          ticket: complaint.ticket,
          category: complaint.categoryName,
        })
      : '',
    condition: complaint?.description ?? '',
    criterion: '',
    cause: '',
    effect: '',
  });
  const [severity, setSeverity] = useState<string>('SEDANG');
  const [isIntegrity, setIsIntegrity] = useState(complaint !== null);
  const [concerned, setConcerned] = useState<string | null>(null);
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const teams = source.kind === 'complaint' ? source.teams : [];
  const [teamId, setTeamId] = useState<string | null>(teams[0] ? String(teams[0].id) : null);
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
        maxRows={10}
        onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    ) : (
      <TextInput {...props} onChange={(e) => setForm({ ...form, [key]: e.currentTarget.value })} />
    );
  };
  const origin: Pick<FindingRequest, 'inspectionId' | 'complaintId' | 'teamId'> =
    source.kind === 'inspection'
      ? { inspectionId: source.inspection.id }
      : { complaintId: source.complaint.id, teamId: teamId ? Number(teamId) : null };
  return (
    <AppModal opened onClose={onClose} title={t('oversight.findings.new')} size="lg">
      <Stack gap="sm">
        {source.kind === 'complaint' && (
          <Select
            label={t('oversight.common.team')}
            data={teams.map((x) => ({ value: String(x.id), label: x.name }))}
            value={teamId}
            allowDeselect={false}
            onChange={setTeamId}
            error={errors.teamId}
            required
          />
        )}
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
        {source.kind === 'inspection' && source.inspection.photos.length > 0 && (
          <Checkbox.Group
            label={t('oversight.findings.evidencePhotos')}
            value={photoIds.map(String)}
            onChange={(v) => setPhotoIds(v.map(Number))}
          >
            <Stack gap={4} mt={4}>
              {source.inspection.photos.map((p) => (
                <Checkbox key={p.id} value={String(p.id)} label={p.fileName} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <ModalActions
          save={save}
          onCancel={onClose}
          onSave={() =>
            save.mutate(
              {
                ...form,
                ...origin,
                severity: isOneOf(FINDING_SEVERITIES, severity) ? severity : 'SEDANG',
                isIntegrity,
                concernedEmployeeId: concerned ? Number(concerned) : null,
                photoIds,
              },
              { onSuccess: (f) => void navigate(`/pengawasan/temuan/${f.id}`) },
            )
          }
        />
      </Stack>
    </AppModal>
  );
}
