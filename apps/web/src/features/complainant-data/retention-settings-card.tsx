import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { ComplaintRetentionState } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { FormError } from '../../components/form-error';
import { useRetention, useSaveRetention } from './use-complainant-data';

function RetentionForm({ state }: { state: ComplaintRetentionState }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveRetention();
  const [months, setMonths] = useState<number | string>(state.retentionMonths);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ retentionMonths: Number(months) });
      }}
    >
      <Stack gap="sm">
        <NumberInput
          label={t('complainantData.retention.months')}
          description={t('complainantData.retention.monthsHint')}
          min={0}
          max={120}
          allowDecimal={false}
          value={months}
          onChange={setMonths}
          maw={320}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} maw={480}>
          <Text size="sm">
            {t('complainantData.retention.anonymisedTotal')}:{' '}
            <b>{formatNumber(state.anonymisedTotal, language)}</b>
          </Text>
          <Text size="sm">
            {t('complainantData.retention.dueNow')}: <b>{formatNumber(state.dueNow, language)}</b>
          </Text>
        </SimpleGrid>
        <FormError error={save.error} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('complainantData.retention.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('complainantData.retention.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The administrator's retention setting for complainants' personal data (complaint settings, policy tab). */
export function RetentionSettingsCard() {
  const { t } = useTranslation();
  const state = useRetention();
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('complainantData.retention.title')}
        </Title>
        <Text size="sm">{t('complainantData.retention.intro')}</Text>
        {state.data ? <RetentionForm state={state.data} /> : <Loader aria-label={t('common.loading')} />}
        <FormError error={state.error} />
      </Stack>
    </Card>
  );
}
