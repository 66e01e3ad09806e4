import type { ChecklistItem } from '@sim/contracts';
import {
  Alert,
  Button,
  Card,
  FileButton,
  Group,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import {
  changeDraft,
  compressPhoto,
  newUuid,
  onDraftsChanged,
  syncDraft,
  unsentCount,
  type DraftAnswer,
  type InspectionDraft,
} from './inspection-drafts';
import { useDraftSync } from './use-draft-sync';
import './oversight.i18n';

/** Re-reads the draft from the device's storage whenever any draft changes (this tab or another). */
function useDraft(uuid: string): InspectionDraft | null {
  const raw = useSyncExternalStore(onDraftsChanged, () =>
    localStorage.getItem(`sim.oversight.inspection.${uuid}`),
  );
  return raw ? (JSON.parse(raw) as InspectionDraft) : null;
}

function useOnline() {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

/**
 * The inspector's checklist on a phone. Every change is stored on the device first and shown as "belum terkirim"
 * until the server has it; sending happens in the background and again whenever the connection returns.
 */
export function InspectionFillPage() {
  const { t } = useTranslation();
  const { uuid = '' } = useParams();
  const draft = useDraft(uuid);
  const online = useOnline();
  const [storageError, setStorageError] = useState(false);
  const [sending, setSending] = useState(false);
  useDraftSync();

  // Send shortly after the last change (typing does not send on every key).
  const revision = draft?.revision ?? 0;
  useEffect(() => {
    if (!draft || draft.status === 'SUBMITTED' || !online) return;
    const timer = window.setTimeout(() => {
      setSending(true);
      void syncDraft(uuid).finally(() => setSending(false));
    }, 800);
    return () => window.clearTimeout(timer);
    // Keyed on the revision, not the draft object: a new revision or the connection coming back sends.
  }, [revision, online, uuid]);

  if (!draft) {
    return (
      <>
        <PageHeader title={t('oversight.fill.title')} />
        <Alert color="yellow">{t('oversight.fill.missing')}</Alert>
      </>
    );
  }

  const update = (change: (d: InspectionDraft) => InspectionDraft) => {
    try {
      changeDraft(uuid, change);
      setStorageError(false);
    } catch {
      setStorageError(true);
    }
  };
  const setAnswer = (itemId: number, answer: DraftAnswer) =>
    update((d) => ({ ...d, answers: { ...d.answers, [itemId]: { ...d.answers[itemId], ...answer } } }));
  const addPhoto = async (itemId: number, file: File | null) => {
    if (!file) return;
    const dataUrl = await compressPhoto(file);
    update((d) => ({
      ...d,
      photos: [...d.photos, { uuid: newUuid(), itemId, name: file.name, dataUrl, sent: false }],
    }));
  };
  const pending = unsentCount(draft);
  const submitted = draft.status === 'SUBMITTED';
  const answered = draft.checklist.items.filter((i) => isAnswered(i, draft.answers[i.id])).length;
  const missing = draft.checklist.items.filter(
    (i) =>
      (i.type !== 'TEXT' && !isAnswered(i, draft.answers[i.id])) ||
      (i.photoRequired && !draft.photos.some((p) => p.itemId === i.id)),
  );

  return (
    <>
      <PageHeader title={t('oversight.fill.title')} description={draft.title} />
      <Card withBorder mb="md" p="sm" aria-live="polite" data-testid="sync-state">
        <Group justify="space-between" gap="xs">
          {submitted ? (
            <StatusBadge tone="positive">{t('oversight.fill.submitted')}</StatusBadge>
          ) : pending > 0 ? (
            <Group gap="xs">
              <StatusBadge tone="danger">{t('oversight.fill.unsent')}</StatusBadge>
              <Text size="sm">{t('oversight.fill.unsentCount', { count: pending })}</Text>
            </Group>
          ) : (
            <StatusBadge tone="positive">{t('oversight.fill.synced')}</StatusBadge>
          )}
          {sending && !submitted && <Text size="sm">{t('oversight.fill.sending')}</Text>}
          <Text size="sm" c="dimmed">
            {t('oversight.fill.progress', { answered, total: draft.checklist.items.length })}
          </Text>
        </Group>
        {!online && (
          <Text size="sm" mt="xs">
            {t('oversight.fill.offline')}
          </Text>
        )}
        {draft.submitRequested && !submitted && (
          <Text size="sm" mt="xs">
            {t('oversight.fill.submitQueued')}
          </Text>
        )}
        {draft.error && (
          <Alert color="red" mt="xs" role="alert">
            {t('oversight.fill.serverRefused', { message: draft.error })}
          </Alert>
        )}
        {storageError && (
          <Alert color="red" mt="xs" role="alert">
            {t('oversight.fill.storageFull')}
          </Alert>
        )}
        {submitted && draft.serverId !== null && (
          <Button
            component={Link}
            to={`/pengawasan/inspeksi/${draft.serverId}`}
            size="xs"
            mt="xs"
            variant="light"
          >
            {t('oversight.fill.toInspection')}
          </Button>
        )}
      </Card>
      <fieldset disabled={submitted} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <TextInput
            label={t('oversight.fill.location')}
            value={draft.location}
            onChange={(e) => {
              const location = e.currentTarget.value;
              update((d) => ({ ...d, location }));
            }}
          />
          {draft.checklist.items.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              answer={draft.answers[item.id] ?? {}}
              photoCount={draft.photos.filter((p) => p.itemId === item.id).length}
              onAnswer={(a) => setAnswer(item.id, a)}
              onPhoto={(f) => void addPhoto(item.id, f)}
            />
          ))}
          <Textarea
            label={t('oversight.fill.generalNotes')}
            value={draft.notes}
            autosize
            minRows={2}
            onChange={(e) => {
              const notes = e.currentTarget.value;
              update((d) => ({ ...d, notes }));
            }}
          />
          {!submitted && (
            <Button
              size="md"
              disabled={missing.length > 0 || draft.submitRequested}
              onClick={() => update((d) => ({ ...d, submitRequested: true }))}
            >
              {t('oversight.fill.submit')}
            </Button>
          )}
        </Stack>
      </fieldset>
    </>
  );
}

function isAnswered(item: ChecklistItem, a: DraftAnswer | undefined): boolean {
  if (!a) return false;
  if (item.type === 'YES_NO') return a.yes !== undefined && a.yes !== null;
  if (item.type === 'SCORE') return a.score !== undefined && a.score !== null;
  return Boolean(a.text);
}

function ItemCard({
  item,
  answer,
  photoCount,
  onAnswer,
  onPhoto,
}: {
  item: ChecklistItem;
  answer: DraftAnswer;
  photoCount: number;
  onAnswer: (a: DraftAnswer) => void;
  onPhoto: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder p="sm" component="section" aria-labelledby={`item-${item.id}`}>
      <Title order={2} fz="md" id={`item-${item.id}`}>
        {item.position}. {item.text}
      </Title>
      {item.guidance && (
        <Text size="sm" c="dimmed">
          {item.guidance}
        </Text>
      )}
      <Stack gap="xs" mt="xs">
        {item.type === 'YES_NO' && (
          <Radio.Group
            label={t('oversight.fill.answer')}
            value={answer.yes === true ? 'yes' : answer.yes === false ? 'no' : null}
            onChange={(v) => onAnswer({ yes: v === 'yes' })}
          >
            <Group gap="lg" mt={4}>
              <Radio value="yes" label={t('oversight.inspections.yes')} />
              <Radio value="no" label={t('oversight.inspections.no')} />
            </Group>
          </Radio.Group>
        )}
        {item.type === 'SCORE' && (
          <NumberInput
            label={t('oversight.fill.score', { min: item.scoreMin, max: item.scoreMax })}
            min={item.scoreMin ?? undefined}
            max={item.scoreMax ?? undefined}
            value={answer.score ?? ''}
            onChange={(v) => onAnswer({ score: v === '' ? null : Number(v) })}
            inputMode="numeric"
          />
        )}
        {item.type === 'TEXT' && (
          <Textarea
            label={t('oversight.fill.answer')}
            value={answer.text ?? ''}
            autosize
            onChange={(e) => onAnswer({ text: e.currentTarget.value })}
          />
        )}
        <TextInput
          label={t('oversight.fill.note')}
          value={answer.note ?? ''}
          onChange={(e) => onAnswer({ note: e.currentTarget.value })}
        />
        <Group gap="xs">
          <FileButton onChange={onPhoto} accept="image/jpeg,image/png">
            {(props) => (
              <Button {...props} variant="light" size="xs">
                {t('oversight.fill.addPhoto')}
              </Button>
            )}
          </FileButton>
          <Text size="sm">{t('oversight.fill.photoCount', { count: photoCount })}</Text>
          {item.photoRequired && (
            <StatusBadge tone="attention">{t('oversight.fill.photoRequired')}</StatusBadge>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
