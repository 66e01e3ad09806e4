import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import type { Skp } from '@sim/contracts';
import { BERAKHLAK_CODES, isOneOf } from '@sim/contracts/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useAddFeedback, useFeedback } from './use-performance';

/**
 * Umpan balik berkelanjutan: the timeline both sides see; the superior writes on an RHK, a BerAKHLAK value or the
 * SKP as a whole; the owner asks for feedback.
 */
export function SkpFeedbackPanel({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useFeedback(skp.id);
  const add = useAddFeedback(skp.id);
  const isOwner = skp.can.realise || skp.can.edit || skp.can.revise;
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const errors = isApiError(add.error) ? add.error.fieldErrors() : {};
  const rhkById = new Map(skp.rhk.map((r) => [r.id, r.text]));
  const valueLabel = new Map<string, string>(skp.behaviour.map((b) => [b.code, b.label]));

  const send = () => {
    const [kind, ref] = about.split(':');
    add.mutate(
      {
        kind: isOwner ? 'REQUEST' : 'FEEDBACK',
        rhkId: kind === 'rhk' ? Number(ref) : null,
        valueCode: kind === 'value' && isOneOf(BERAKHLAK_CODES, ref) ? ref : null,
        text,
      },
      {
        onSuccess: () => {
          notify(t('performance.feedback.sent'));
          setText('');
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      {skp.can.feedback && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {isOwner ? t('performance.feedback.ask') : t('performance.feedback.write')}
          </Title>
          <Stack gap="sm">
            <NativeSelect
              label={t('performance.feedback.about')}
              value={about}
              onChange={(e) => setAbout(e.currentTarget.value)}
              data={[
                { value: '', label: t('performance.feedback.aboutSkp') },
                ...skp.rhk.map((r) => ({ value: `rhk:${r.id}`, label: `RHK: ${r.text}` })),
                ...skp.behaviour.map((b) => ({ value: `value:${b.code}`, label: `BerAKHLAK: ${b.label}` })),
              ]}
            />
            <Textarea
              label={t('performance.feedback.text')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={errors.text}
              autosize
              minRows={3}
            />
            <Group>
              <Button onClick={send} loading={add.isPending} disabled={!text.trim()}>
                {t('performance.feedback.send')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed">{t('performance.feedback.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {list.data.items.map((f) => (
            <Timeline.Item
              key={f.id}
              title={
                <Group gap="xs">
                  <Text fw={600} size="sm">
                    {f.authorName}
                  </Text>
                  {f.kind === 'REQUEST' && <Badge variant="light">{t('performance.feedback.request')}</Badge>}
                  {f.isFromSuperior && (
                    <Badge variant="outline">{t('performance.feedback.fromSuperior')}</Badge>
                  )}
                </Group>
              }
            >
              {(f.rhkId !== null || f.valueCode !== null) && (
                <Text size="xs" c="dimmed">
                  {f.rhkId !== null
                    ? `RHK: ${f.rhkText ?? rhkById.get(f.rhkId) ?? ''}`
                    : `BerAKHLAK: ${valueLabel.get(f.valueCode ?? '') ?? f.valueCode}`}
                </Text>
              )}
              <Text size="sm">{f.text}</Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(f.createdAt, language)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
