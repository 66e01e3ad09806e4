import { Button, Group, Textarea } from '@mantine/core';
import type { TrainingSession } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ConfirmModal } from '../../components/confirm-modal';
import { SessionForm } from './training-session-form';
import { useUpdateSession } from './use-training';

/**
 * HR's edit and cancel of one session, on the manage screen's session list and on the session page. Cancelling
 * needs a reason (the server refuses one without); participants then see the session cancelled with it.
 */
export function SessionManageActions({ session }: { session: TrainingSession }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useUpdateSession(session.id);
  if (!session.can.manage || session.completedAt || session.status === 'CANCELLED') return null;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button size="xs" variant="light" onClick={() => setEditing(true)}>
          {t('training.manage.editSession')}
        </Button>
        <Button size="xs" variant="light" color="red.9" onClick={() => setCancelling(true)}>
          {t('training.manage.cancelSession')}
        </Button>
      </Group>
      <AppModal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`${t('training.manage.editSession')}: ${session.title}`}
        size="lg"
      >
        {editing && <SessionForm session={session} onSaved={() => setEditing(false)} />}
      </AppModal>
      <ConfirmModal
        opened={cancelling}
        title={`${t('training.manage.cancelSession')}: ${session.title}`}
        message={t('training.manage.cancelConfirm')}
        confirmLabel={t('training.manage.cancelSession')}
        danger
        loading={cancel.isPending}
        error={cancel.error}
        onClose={() => setCancelling(false)}
        onConfirm={() =>
          cancel.mutate(
            { status: 'CANCELLED', cancelReason: reason.trim() || null },
            { onSuccess: () => setCancelling(false) },
          )
        }
      >
        <Textarea
          label={t('training.manage.cancelReason')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </ConfirmModal>
    </>
  );
}
