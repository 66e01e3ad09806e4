import { Alert, Anchor, Button, Card, Group, Loader, NumberInput, Stack, Text, Title } from '@mantine/core';
import type { OpenDataSettings } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';
import { useOpenDataSettings, useSaveOpenDataSettings } from './use-open-data';

function SettingsForm({ settings }: { settings: OpenDataSettings }) {
  const { t } = useTranslation();
  const save = useSaveOpenDataSettings();
  const [value, setValue] = useState(settings.minCellCount);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ minCellCount: value });
      }}
    >
      <Stack>
        <NumberInput
          label={t('openData.minCellCount')}
          description={t('openData.minCellCountHint')}
          min={1}
          max={100}
          allowDecimal={false}
          value={value}
          onChange={(v) => setValue(Number(v))}
          maw={420}
        />
        <FormError error={save.error} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('openData.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('openData.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Admin Kepegawaian's open-data setting: the small-cell minimum of the public figures. */
export function OpenDataSettingsPage() {
  const { t } = useTranslation();
  const settings = useOpenDataSettings();
  return (
    <Stack>
      <Title order={1}>{t('openData.title')}</Title>
      <Text>{t('openData.intro')}</Text>
      <Group>
        <Anchor href="/transparansi">{t('openData.openPage')}</Anchor>
        <Anchor href="/api/v1/public/open-data">{t('openData.openCatalogue')}</Anchor>
      </Group>
      <Card withBorder>
        {settings.data ? (
          <SettingsForm settings={settings.data} />
        ) : (
          <Loader aria-label={t('common.loading')} />
        )}
        <FormError error={settings.error} />
      </Card>
    </Stack>
  );
}
