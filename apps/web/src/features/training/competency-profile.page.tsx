import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { CompetencyAssessment, CompetencyProfile, CompetencyProfileRow } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../app/i18n';
import { formatDate, todayInWib } from '../../app/format';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { useAssess, useCompetencyProfile } from './use-competency';
import { withIdParam } from '../../app/with-id-param';

const TONE: Record<NonNullable<CompetencyProfileRow['status']>, Tone> = {
  MEMENUHI: 'positive',
  KURANG: 'danger',
  BELUM_DINILAI: 'neutral',
};

/** One employee's competencies against the position standard, the history, and the superior's assessment form. */
function CompetencyProfileView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profile = useCompetencyProfile(id);
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  const p = profile.data;
  return (
    <>
      <PageHeader title={`${t('competency.profile.title')} — ${p.employee.name}`} />
      <FieldsList
        items={[
          { label: t('competency.profile.nip'), value: p.employee.nip },
          { label: t('competency.profile.position'), value: p.employee.positionName ?? '—' },
          { label: t('competency.profile.unit'), value: p.employee.unitName ?? '—' },
        ]}
      />
      <DataTable<CompetencyProfileRow>
        caption={t('competency.profile.title')}
        rows={p.rows}
        rowKey={(r) => r.competencyId}
        minWidth={360}
        mt="md"
        empty={<Text c="dimmed">{t('competency.profile.noRows')}</Text>}
        columns={[
          {
            key: 'name',
            header: t('competency.profile.competency'),
            rowHeader: true,
            render: (r) => (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`competency.kind.${r.kind}`)}
                </Text>
              </Stack>
            ),
          },
          {
            key: 'required',
            header: t('competency.profile.required'),
            align: 'right',
            render: (r) => r.requiredLevel ?? '—',
          },
          {
            key: 'latest',
            header: t('competency.profile.latest'),
            align: 'right',
            render: (r) => r.latest?.score ?? '—',
          },
          {
            key: 'status',
            header: t('competency.profile.status'),
            render: (r) =>
              r.status ? (
                <StatusBadge tone={TONE[r.status]}>{t(`competency.gapStatus.${r.status}`)}</StatusBadge>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {p.canAssess && <AssessForm profile={p} />}
      <Title order={2} size="h4" mt="xl" mb="xs">
        {t('competency.profile.history')}
      </Title>
      <DataTable<CompetencyAssessment>
        caption={t('competency.profile.history')}
        rows={p.history}
        rowKey={(a) => a.id}
        minWidth={480}
        empty={<Text c="dimmed">{t('competency.profile.noHistory')}</Text>}
        columns={[
          {
            key: 'date',
            header: t('competency.profile.assessedOn'),
            render: (a) => formatDate(a.assessedOn, language),
          },
          { key: 'competency', header: t('competency.profile.competency'), render: (a) => a.competencyName },
          { key: 'score', header: t('competency.profile.score'), align: 'right', render: (a) => a.score },
          { key: 'reason', header: t('competency.profile.reason'), render: (a) => a.reason },
          { key: 'assessor', header: t('competency.profile.assessor'), render: (a) => a.assessedBy.name },
        ]}
      />
    </>
  );
}

function AssessForm({ profile }: { profile: CompetencyProfile }) {
  const { t } = useTranslation();
  const assess = useAssess();
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [score, setScore] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayInWib());
  const max = profile.rows.find((r) => String(r.competencyId) === competencyId)?.maxLevel ?? 5;
  return (
    <Card withBorder mt="lg">
      <Title order={2} size="h4">
        {t('competency.profile.assessTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('competency.profile.assessHint')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!competencyId) return;
          assess.mutate(
            {
              employeeId: profile.employee.id,
              competencyId: Number(competencyId),
              score: Number(score),
              reason,
              assessedOn,
            },
            { onSuccess: () => setReason('') },
          );
        }}
      >
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('competency.profile.competency')}
              required
              data={profile.rows.map((r) => ({ value: String(r.competencyId), label: r.name }))}
              value={competencyId}
              onChange={setCompetencyId}
              style={{ flex: '1 1 220px' }}
            />
            <NumberInput
              label={t('competency.profile.score')}
              min={1}
              max={max}
              required
              w={120}
              value={score}
              onChange={setScore}
            />
            <TextInput
              type="date"
              label={t('competency.profile.assessedOn')}
              required
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label={t('competency.profile.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <FormError error={assess.error} />
          {assess.isSuccess && (
            <Text size="sm" c="teal.9" role="status">
              {t('competency.profile.saved')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={assess.isPending}>
              {t('competency.profile.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export const CompetencyProfilePage = withIdParam(CompetencyProfileView);
