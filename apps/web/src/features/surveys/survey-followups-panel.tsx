import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  SKM_FOLLOWUP_STATUSES,
  UNSUR_CODE_LIST,
  type SkmFollowup,
  type SkmFollowupInput,
  type SkmFollowupStatus,
  type SkmUnsurCode,
} from '@sim/contracts';
import { SKM_UNSUR } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { PencilIcon, PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { formatNrr } from './skm-display';
import { useFollowups, useSaveFollowup, useSurveyOfficers } from './use-surveys';

type Props = { surveyId: number; canManage: boolean; weakest: string[] };

/** The rencana tindak lanjut: actions per unsur with owner, due date, status and the next period's effect. */
export function SurveyFollowupsPanel({ surveyId, canManage, weakest }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const followups = useFollowups(surveyId);
  const [editing, setEditing] = useState<SkmFollowup | 'new' | null>(null);

  const columns: Column<SkmFollowup>[] = [
    { key: 'unsur', header: t('skm.followups.unsur'), render: (f) => `${f.unsurCode} ${f.unsurName}` },
    {
      key: 'action',
      header: t('skm.followups.action'),
      render: (f) => (
        <Stack gap={2}>
          <Text size="sm">{f.action}</Text>
          {f.note && (
            <Text size="xs" c="dimmed">
              {f.note}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'owner',
      header: t('skm.followups.owner'),
      render: (f) => f.ownerName ?? t('skm.followups.ownerNone'),
    },
    {
      key: 'due',
      header: t('skm.followups.dueDate'),
      render: (f) => formatDate(f.dueDate, language),
      width: 140,
    },
    {
      key: 'status',
      header: t('skm.followups.status'),
      render: (f) => (
        <StatusBadge tone={f.status === 'DONE' ? 'positive' : f.status === 'CANCELLED' ? 'neutral' : 'info'}>
          {t(`skm.followupStatuses.${f.status}`)}
        </StatusBadge>
      ),
    },
    {
      key: 'effect',
      header: t('skm.followups.effect'),
      render: (f) =>
        f.evaluation.nextSurveyId === null ? (
          <Text size="xs" c="dimmed">
            {t('skm.followups.noNext')}
          </Text>
        ) : (
          <Text size="sm">
            {formatNrr(f.evaluation.nrrBefore, language)} → {formatNrr(f.evaluation.nrrAfter, language)}
          </Text>
        ),
    },
    {
      key: 'edit',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (f) =>
        f.canUpdateProgress ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<PencilIcon size={14} />}
            aria-label={t('skm.followups.editNamed', { n: f.id })}
            onClick={() => setEditing(f)}
          >
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('skm.followups.hint')}
        </Text>
        {canManage && (
          <Button leftSection={<PlusIcon />} onClick={() => setEditing('new')}>
            {t('skm.followups.add')}
          </Button>
        )}
      </Group>
      {followups.isPending ? (
        <LoadingState lines={4} />
      ) : followups.isError ? (
        <ErrorState error={followups.error} onRetry={() => void followups.refetch()} />
      ) : followups.data.items.length === 0 ? (
        <EmptyState title={t('skm.followups.empty')} />
      ) : (
        <DataTable
          caption={t('skm.followups.title')}
          columns={columns}
          rows={followups.data.items}
          rowKey={(f) => f.id}
          minWidth={960}
        />
      )}
      {editing && (
        <FollowupModal
          surveyId={surveyId}
          followup={editing === 'new' ? null : editing}
          ownerOnly={editing === 'new' ? !canManage : !editing.canEditPlan}
          defaultUnsur={weakest[0] ?? 'U1'}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function FollowupModal({
  surveyId,
  followup,
  ownerOnly,
  defaultUnsur,
  onClose,
}: {
  surveyId: number;
  followup: SkmFollowup | null;
  ownerOnly: boolean;
  defaultUnsur: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const officers = useSurveyOfficers(surveyId, !ownerOnly);
  const save = useSaveFollowup(surveyId);
  const form = useForm({
    initialValues: {
      unsurCode: followup?.unsurCode ?? defaultUnsur,
      action: followup?.action ?? '',
      ownerEmployeeId: followup?.ownerEmployeeId ? String(followup.ownerEmployeeId) : '',
      dueDate: followup?.dueDate ?? '',
      status: followup?.status ?? 'PLANNED',
      note: followup?.note ?? '',
    },
    validate: {
      action: (v) => (ownerOnly || v.trim().length >= 5 ? null : t('skm.form.required')),
      dueDate: (v) => (ownerOnly || v ? null : t('validation.date')),
    },
  });
  const ownerOptions = [
    { value: '', label: t('skm.followups.ownerNone') },
    ...(officers.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name })),
  ];
  if (followup?.ownerEmployeeId && !ownerOptions.some((o) => o.value === String(followup.ownerEmployeeId))) {
    ownerOptions.push({ value: String(followup.ownerEmployeeId), label: followup.ownerName ?? '—' });
  }

  const submit = form.onSubmit((v) => {
    const values: Partial<SkmFollowupInput> = ownerOnly
      ? { status: v.status as SkmFollowupStatus, note: v.note.trim() || null }
      : {
          unsurCode: v.unsurCode as SkmUnsurCode,
          action: v.action.trim(),
          ownerEmployeeId: v.ownerEmployeeId ? Number(v.ownerEmployeeId) : null,
          dueDate: v.dueDate,
          status: v.status as SkmFollowupStatus,
          note: v.note.trim() || null,
        };
    save.mutate(
      { id: followup?.id, values },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('skm.followups.saved') });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={followup ? t('skm.followups.editTitle') : t('skm.followups.createTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('skm.followups.unsur')}
            disabled={ownerOnly}
            data={UNSUR_CODE_LIST.map((c) => ({ value: c, label: `${c} ${SKM_UNSUR[c].name}` }))}
            {...form.getInputProps('unsurCode')}
          />
          <Textarea
            label={t('skm.followups.action')}
            required={!ownerOnly}
            disabled={ownerOnly}
            autosize
            minRows={2}
            {...form.getInputProps('action')}
          />
          <NativeSelect
            label={t('skm.followups.owner')}
            disabled={ownerOnly}
            data={ownerOptions}
            {...form.getInputProps('ownerEmployeeId')}
          />
          <TextInput
            type="date"
            label={t('skm.followups.dueDate')}
            required={!ownerOnly}
            disabled={ownerOnly}
            {...form.getInputProps('dueDate')}
          />
          <NativeSelect
            label={t('skm.followups.status')}
            data={SKM_FOLLOWUP_STATUSES.map((s) => ({ value: s, label: t(`skm.followupStatuses.${s}`) }))}
            {...form.getInputProps('status')}
          />
          <Textarea label={t('skm.followups.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
