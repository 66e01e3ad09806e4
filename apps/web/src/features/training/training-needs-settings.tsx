import { Button, Card, Group, MultiSelect, NumberInput, Stack, Title } from '@mantine/core';
import type { TrainingNeedSettings } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';
import { useCompetencies, useSaveNeedSettings } from './use-competency';

const MAPPED = ['LOW_EVALUATION', 'LATE_COMPLAINTS', 'WEAK_SKM_UNSUR', 'OVERSIGHT_FINDING'] as const;

/** Admin Kepegawaian's settings of the needs list: look-back, thresholds and the signal → competency mapping. */
export function TrainingNeedSettingsForm({ settings }: { settings: TrainingNeedSettings }) {
  const { t } = useTranslation();
  const save = useSaveNeedSettings();
  const competencies = useCompetencies();
  const [value, setValue] = useState<TrainingNeedSettings>(settings);
  const options = (competencies.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }));
  return (
    <Card withBorder mt="xl">
      <Title order={2} size="h4" mb="sm">
        {t('competency.needs.settings')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(value);
        }}
      >
        <Stack>
          <Group align="flex-end" wrap="wrap">
            <NumberInput
              label={t('competency.needs.lookbackDays')}
              min={30}
              max={1095}
              value={value.lookbackDays}
              onChange={(v) => setValue({ ...value, lookbackDays: Number(v) })}
            />
            <NumberInput
              label={t('competency.needs.lateComplaintsMin')}
              min={1}
              value={value.lateComplaintsMin}
              onChange={(v) => setValue({ ...value, lateComplaintsMin: Number(v) })}
            />
            <NumberInput
              label={t('competency.needs.skmMinKonversi')}
              min={25}
              max={100}
              decimalScale={2}
              decimalSeparator=","
              value={value.skmMinKonversi}
              onChange={(v) => setValue({ ...value, skmMinKonversi: Number(v) })}
            />
          </Group>
          {MAPPED.map((signal) => (
            <MultiSelect
              key={signal}
              label={t('competency.needs.mapping', { signal: t(`competency.needs.signal.${signal}`) })}
              data={options}
              searchable
              value={value.signalCompetencies[signal]}
              onChange={(codes) =>
                setValue({ ...value, signalCompetencies: { ...value.signalCompetencies, [signal]: codes } })
              }
            />
          ))}
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('competency.needs.saveSettings')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
