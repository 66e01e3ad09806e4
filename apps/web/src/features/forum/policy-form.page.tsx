import {
  Button,
  Card,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { useUnits } from '../org/use-org';
import { ForumEditor } from './forum-editor';
import { useCreatePolicy } from './use-forum';

/** The Pimpinan drafts a policy: title, benefits, text, consultation end, audience. Published from its page. */
export function PolicyFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePolicy();
  const units = useUnits();
  const [title, setTitle] = useState('');
  const [benefits, setBenefits] = useState('');
  const [body, setBody] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [audience, setAudience] = useState<'ALL' | 'UNITS'>('ALL');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  return (
    <>
      <PageHeader title={t('forum.policy.new')} />
      <Card withBorder>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(
              {
                title,
                benefitsSummary: benefits,
                body,
                // The input is a WIB wall-clock time; the API wants an instant with its offset.
                consultationClosesAt: closesAt ? `${closesAt}:00+07:00` : null,
                audience,
                unitIds: audience === 'UNITS' ? unitIds.map(Number) : [],
              },
              { onSuccess: (p) => void navigate(`/forum/kebijakan/${p.id}`) },
            );
          }}
        >
          <Stack>
            <TextInput
              label={t('forum.policy.titleField')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Textarea
              label={t('forum.policy.benefits')}
              required
              autosize
              minRows={3}
              value={benefits}
              onChange={(e) => setBenefits(e.currentTarget.value)}
            />
            <ForumEditor label={t('forum.policy.body')} onChange={setBody} />
            <TextInput
              type="datetime-local"
              label={t('forum.policy.closesAt')}
              value={closesAt}
              onChange={(e) => setClosesAt(e.currentTarget.value)}
            />
            <Stack gap={4}>
              <SegmentedControl
                aria-label={t('forum.policy.audience')}
                value={audience}
                onChange={(v) => setAudience(v === 'UNITS' ? 'UNITS' : 'ALL')}
                data={[
                  { value: 'ALL', label: t('forum.policy.audienceAll') },
                  { value: 'UNITS', label: t('forum.policy.audienceUnits') },
                ]}
              />
              {audience === 'UNITS' && (
                <MultiSelect
                  label={t('forum.policy.units')}
                  data={units.flat.map((u) => ({
                    value: String(u.id),
                    label: `${'— '.repeat(u.depth)}${u.name}`,
                  }))}
                  value={unitIds}
                  onChange={setUnitIds}
                  searchable
                />
              )}
            </Stack>
            <FormError error={create.error} />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('forum.policy.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
