import {
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ForumPolicy, ForumPolicyRequest } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isoToWibLocal, wibLocalToIso } from '../../app/format';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useUnits } from '../org/use-org';
import { ForumEditor } from './forum-editor';
import { PolicyDocuments } from './policy-documents';
import { useCreatePolicy, usePolicy, useUpdatePolicy } from './use-forum';

/**
 * The Pimpinan drafts a policy (`/forum/kebijakan/baru`) or edits a draft or open one (`/forum/kebijakan/:id/ubah`):
 * title, benefits, text, effective date, consultation end, audience, and (once it exists) its documents. Published
 * and closed from its page; a closed policy is the record of the consultation and has no edit form.
 */
export function PolicyFormPage() {
  const { id } = useParams();
  return id === undefined ? <PolicyForm policy={null} /> : <EditPolicy id={Number(id)} />;
}

function EditPolicy({ id }: { id: number }) {
  const policy = usePolicy(id);
  if (policy.isPending) return <LoadingState />;
  if (policy.isError) return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />;
  return <PolicyForm policy={policy.data} />;
}

function PolicyForm({ policy }: { policy: ForumPolicy | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePolicy();
  const update = useUpdatePolicy(policy?.id ?? 0);
  const save = policy ? update : create;
  const units = useUnits();
  const [title, setTitle] = useState(policy?.title ?? '');
  const [benefits, setBenefits] = useState(policy?.benefitsSummary ?? '');
  const [body, setBody] = useState<string>(policy?.body ?? '');
  const [effectiveDate, setEffectiveDate] = useState(policy?.effectiveDate ?? '');
  const [closesAt, setClosesAt] = useState(isoToWibLocal(policy?.consultationClosesAt));
  const [audience, setAudience] = useState<'ALL' | 'UNITS'>(policy?.audience ?? 'ALL');
  const [unitIds, setUnitIds] = useState<string[]>(policy?.units.map((u) => String(u.id)) ?? []);
  const values = (): ForumPolicyRequest => ({
    title,
    benefitsSummary: benefits,
    body,
    effectiveDate: effectiveDate || null,
    // The edit sends the whole policy: an open policy keeps the start of its window as it was.
    consultationOpensAt: policy?.consultationOpensAt
      ? new Date(policy.consultationOpensAt).toISOString()
      : null,
    consultationClosesAt: wibLocalToIso(closesAt) || null,
    audience,
    unitIds: audience === 'UNITS' ? unitIds.map(Number) : [],
  });
  return (
    <>
      <PageHeader title={policy ? t('forum.policy.edit') : t('forum.policy.new')} />
      <Stack>
        {policy?.status === 'OPEN' && <Alert color="blue">{t('forum.policy.editOpenNote')}</Alert>}
        <Card withBorder>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(values(), { onSuccess: (p) => void navigate(`/forum/kebijakan/${p.id}`) });
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
              <ForumEditor
                label={t('forum.policy.body')}
                onChange={setBody}
                initialHtml={policy?.body || undefined}
              />
              <TextInput
                type="date"
                label={t('forum.policy.effectiveDate')}
                value={effectiveDate}
                onChange={(e) => setEffectiveDate(e.currentTarget.value)}
              />
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
              <FormError error={save.error} />
              <Group justify="flex-end">
                {policy && (
                  <Button variant="default" component={Link} to={`/forum/kebijakan/${policy.id}`}>
                    {t('common.cancel')}
                  </Button>
                )}
                <Button type="submit" loading={save.isPending}>
                  {policy ? t('forum.policy.saveChanges') : t('forum.policy.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {policy && <PolicyDocuments policy={policy} />}
      </Stack>
    </>
  );
}
