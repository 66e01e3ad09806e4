import type { FollowUpPolicySettings, OversightSettings } from '@sim/contracts';
import { FINDING_SEVERITIES } from '@sim/contracts/values';
import { Button, Card, Group, NumberInput, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { oversightKeys, useOversightMutation, useOversightSettings } from './use-oversight';

// The oversight settings of the agency (oversight-and-forum.md [decision] defaults, changed by the Pimpinan): the
// due days of recommendations by severity (30 / 60 / 90), and when reminders and escalations of recommendations go
// out. Each card saves on its own; the form checks the range first, and the server's messages (which check again,
// including the order rule of the due days) show beside the field they name.

export function OversightSettingsPage() {
  const { t } = useTranslation();
  const dueDays = useOversightSettings();
  const followUp = useQuery({
    queryKey: [...oversightKeys.settings, 'follow-up'],
    queryFn: ({ signal }) => api.get<FollowUpPolicySettings>('/oversight/settings/follow-up', { signal }),
  });
  return (
    <>
      <PageHeader
        title={t('oversight.settingsPage.title')}
        description={t('oversight.settingsPage.description')}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DaysCard
          id="due-days"
          title={t('oversight.settings.title')}
          description={t('oversight.settings.description')}
          query={dueDays}
          valuesOf={(s) => s.dueDays}
          fields={FINDING_SEVERITIES.map((s) => ({
            key: s,
            path: `dueDays.${s}`,
            label: t('oversight.settings.days', { severity: t(`oversight.severities.${s}`) }),
            min: 1,
            max: 365,
            range: t('oversight.settingsPage.dueDaysRange'),
          }))}
          wholePath="dueDays"
          put={(v) =>
            api.put<OversightSettings>('/oversight/settings', {
              dueDays: { BERAT: v.BERAT!, SEDANG: v.SEDANG!, RINGAN: v.RINGAN! },
            })
          }
        />
        <DaysCard
          id="follow-up-settings"
          title={t('oversight.settingsPage.followUpTitle')}
          description={t('oversight.settingsPage.followUpDescription')}
          query={followUp}
          valuesOf={(s) => s}
          fields={(
            [
              ['reminderDaysBefore', 'reminderHint'],
              ['escalateAfterDaysOverdue', 'escalateHint'],
            ] as const
          ).map(([key, hint]) => ({
            key,
            path: key,
            label: t(`oversight.settingsPage.${key}`),
            hint: t(`oversight.settingsPage.${hint}`),
            min: 0,
            max: 90,
            range: t('oversight.settingsPage.wholeDays'),
          }))}
          put={(v) =>
            api.put<FollowUpPolicySettings>('/oversight/settings/follow-up', {
              reminderDaysBefore: v.reminderDaysBefore!,
              escalateAfterDaysOverdue: v.escalateAfterDaysOverdue!,
            })
          }
        />
      </SimpleGrid>
    </>
  );
}

type DaysField = {
  key: string;
  path: string;
  label: string;
  hint?: string;
  min: number;
  max: number;
  range: string;
};

/** One card of whole-day settings: loads, checks each value against its range, saves, shows the server's messages. */
function DaysCard<T>({
  id,
  title,
  description,
  query,
  valuesOf,
  fields,
  wholePath,
  put,
}: {
  id: string;
  title: string;
  description: string;
  query: UseQueryResult<T>;
  valuesOf: (settings: T) => Record<string, number>;
  fields: DaysField[];
  /** The path of a message about the values together (not one field), shown under the fields. */
  wholePath?: string;
  put: (values: Record<string, number>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, number | string> | null>(null);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (query.data) setValues(valuesOf(query.data));
    // valuesOf is a fresh arrow on each render; the data alone decides when the form resets.
  }, [query.data]);
  const save = useOversightMutation(put);
  const server = isApiError(save.error) ? save.error.fieldErrors() : {};
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!values) return <LoadingState lines={3} />;
  const local = Object.fromEntries(
    fields.map((f) => {
      const v = values[f.key];
      const ok = typeof v === 'number' && Number.isInteger(v) && v >= f.min && v <= f.max;
      return [f.key, ok ? null : f.range];
    }),
  );
  const whole = wholePath ? server[wholePath] : undefined;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {description}
      </Text>
      {fields.map((f) => (
        <NumberInput
          key={f.key}
          label={f.label}
          description={f.hint}
          value={values[f.key]}
          min={f.min}
          max={f.max}
          allowDecimal={false}
          allowNegative={false}
          onChange={(v) => setValues({ ...values, [f.key]: v })}
          error={(checked && local[f.key]) || server[f.path]}
          mb="xs"
        />
      ))}
      {whole && (
        <Text size="sm" c="red.8" role="alert">
          {whole}
        </Text>
      )}
      <FormError error={Object.keys(server).length > 0 ? null : save.error} />
      <Group justify="flex-end" mt="sm">
        <Button
          loading={save.isPending}
          onClick={() => {
            setChecked(true);
            if (fields.some((f) => local[f.key])) return;
            const body = Object.fromEntries(fields.map((f) => [f.key, Number(values[f.key])]));
            save.mutate(body, { onSuccess: () => notify(t('oversight.settingsPage.saved')) });
          }}
        >
          {t('oversight.common.save')}
        </Button>
      </Group>
    </Card>
  );
}
