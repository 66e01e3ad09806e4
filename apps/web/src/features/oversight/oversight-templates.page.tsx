import type { ChecklistItemRequest, ChecklistTemplate, ChecklistTemplateRequest } from '@sim/contracts';
import { CHECKLIST_ITEM_TYPES, isOneOf } from '@sim/contracts/values';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useCapabilities } from '../../app/auth/use-session';
import { AppModal } from '../../components/app-modal';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useChecklistTemplates, useOversightMutation } from './use-oversight';
import { ModalActions } from './modal-actions';

/** Checklist templates with their newest version; editing the items of a used version makes the next one. */
export function OversightTemplatesPage() {
  const { t } = useTranslation();
  const caps = useCapabilities();
  const templates = useChecklistTemplates();
  const [editing, setEditing] = useState<ChecklistTemplate | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('oversight.templates.title')}
        description={t('oversight.templates.description')}
        actions={
          caps.oversight.manageTemplates && (
            <Button onClick={() => setEditing('new')}>{t('oversight.templates.new')}</Button>
          )
        }
      />
      {templates.isPending ? (
        <LoadingState />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <Stack gap="md">
          {templates.data.items.map((tpl) => (
            <Card key={tpl.id} withBorder component="section" aria-labelledby={`tpl-${tpl.id}`}>
              <Group justify="space-between" align="flex-start">
                <Title order={2} fz="h4" id={`tpl-${tpl.id}`}>
                  {tpl.name}
                </Title>
                <Group gap={4}>
                  <StatusBadge tone="info">
                    {t('oversight.common.version', { version: tpl.current.version })}
                  </StatusBadge>
                  <StatusBadge tone={tpl.current.isUsed ? 'neutral' : 'positive'}>
                    {tpl.current.isUsed ? t('oversight.templates.used') : t('oversight.templates.unused')}
                  </StatusBadge>
                  {!tpl.isActive && (
                    <StatusBadge tone="neutral">{t('oversight.templates.inactive')}</StatusBadge>
                  )}
                </Group>
              </Group>
              {tpl.description && (
                <Text size="sm" c="dimmed">
                  {tpl.description}
                </Text>
              )}
              <Stack component="ol" gap={2} mt="xs" style={{ paddingLeft: '1.2rem' }}>
                {tpl.current.items.map((item) => (
                  <Text component="li" size="sm" key={item.id}>
                    {item.text} — {t(`oversight.itemTypes.${item.type}`)}
                    {item.type === 'SCORE' && ` ${item.scoreMin}–${item.scoreMax}`}
                    {item.photoRequired && ` · ${t('oversight.templates.photoRequired')}`}
                  </Text>
                ))}
              </Stack>
              {caps.oversight.manageTemplates && (
                <Group mt="sm">
                  <Button size="xs" variant="light" onClick={() => setEditing(tpl)}>
                    {t('oversight.templates.editItems')}
                  </Button>
                </Group>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {editing && (
        <TemplateModal template={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

type ItemForm = {
  text: string;
  type: string;
  scoreMin: number;
  scoreMax: number;
  photoRequired: boolean;
  guidance: string;
};

function TemplateModal({ template, onClose }: { template: ChecklistTemplate | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(template?.code ?? '');
  const [name, setName] = useState(template?.name ?? '');
  const [note, setNote] = useState('');
  const [items, setItems] = useState<ItemForm[]>(
    template?.current.items.map((i) => ({
      text: i.text,
      type: i.type,
      scoreMin: i.scoreMin ?? 1,
      scoreMax: i.scoreMax ?? 5,
      photoRequired: i.photoRequired,
      guidance: i.guidance ?? '',
    })) ?? [{ text: '', type: 'YES_NO', scoreMin: 1, scoreMax: 5, photoRequired: false, guidance: '' }],
  );
  const save = useOversightMutation((body: { items: ChecklistItemRequest[] }) =>
    template
      ? api.patch(`/oversight/templates/${template.id}`, { ...body, name, note: note || null })
      : api.post('/oversight/templates', { ...body, code, name } satisfies ChecklistTemplateRequest),
  );
  const setItem = (i: number, change: Partial<ItemForm>) =>
    setItems(items.map((item, n) => (n === i ? { ...item, ...change } : item)));
  return (
    <AppModal
      opened
      onClose={onClose}
      title={template ? template.name : t('oversight.templates.new')}
      size="xl"
    >
      <Stack gap="sm">
        {template?.current.isUsed && (
          <Alert color="blue">
            {t('oversight.templates.newVersionNote', { version: template.current.version + 1 })}
          </Alert>
        )}
        {!template && (
          <TextInput
            label={t('oversight.templates.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
          />
        )}
        <TextInput
          label={t('oversight.templates.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        {template?.current.isUsed && (
          <TextInput
            label={t('oversight.templates.versionNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
        {items.map((item, i) => (
          <Card key={i} withBorder p="xs">
            <Stack gap={4}>
              <TextInput
                label={`${t('oversight.templates.itemText')} ${i + 1}`}
                value={item.text}
                onChange={(e) => setItem(i, { text: e.currentTarget.value })}
              />
              <Group align="flex-end" gap="xs">
                <Select
                  label={t('oversight.templates.type')}
                  data={CHECKLIST_ITEM_TYPES.map((k) => ({ value: k, label: t(`oversight.itemTypes.${k}`) }))}
                  value={item.type}
                  allowDeselect={false}
                  onChange={(v) => setItem(i, { type: v ?? 'YES_NO' })}
                  w={140}
                />
                {item.type === 'SCORE' && (
                  <>
                    <NumberInput
                      label={t('oversight.templates.scoreMin')}
                      value={item.scoreMin}
                      onChange={(v) => setItem(i, { scoreMin: Number(v) })}
                      w={120}
                    />
                    <NumberInput
                      label={t('oversight.templates.scoreMax')}
                      value={item.scoreMax}
                      onChange={(v) => setItem(i, { scoreMax: Number(v) })}
                      w={120}
                    />
                  </>
                )}
                <Checkbox
                  label={t('oversight.templates.photoRequired')}
                  checked={item.photoRequired}
                  onChange={(e) => setItem(i, { photoRequired: e.currentTarget.checked })}
                  mb={8}
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setItems(items.filter((_, n) => n !== i))}
                >
                  {t('oversight.common.remove')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
        <Button
          variant="light"
          onClick={() =>
            setItems([
              ...items,
              { text: '', type: 'YES_NO', scoreMin: 1, scoreMax: 5, photoRequired: false, guidance: '' },
            ])
          }
        >
          {t('oversight.templates.addItem')}
        </Button>
        <ModalActions
          save={save}
          onCancel={onClose}
          onSave={() =>
            save.mutate(
              {
                items: items.map((item) => ({
                  text: item.text,
                  guidance: item.guidance || null,
                  type: isOneOf(CHECKLIST_ITEM_TYPES, item.type) ? item.type : 'YES_NO',
                  scoreMin: item.type === 'SCORE' ? item.scoreMin : null,
                  scoreMax: item.type === 'SCORE' ? item.scoreMax : null,
                  photoRequired: item.photoRequired,
                })),
              },
              { onSuccess: onClose },
            )
          }
        />
      </Stack>
    </AppModal>
  );
}
