import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { JpProgress } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useMyJp } from './use-training-reports';

/** The JP bar: this year's JP against the target, with the number and what is missing (issue 11 §3). */
export function JpBar({ progress }: { progress: JpProgress }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const jp = (n: number) => formatNumber(n, language, { maximumFractionDigits: 1 });
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={700} size="lg" data-testid="jp-figure">
          {t('trainingReports.myJp.figure', { jp: jp(progress.jp), target: jp(progress.target) })}
        </Text>
        <Text size="sm" c={progress.isReached ? 'teal.9' : 'dimmed'}>
          {progress.isReached
            ? t('trainingReports.myJp.reached')
            : t('trainingReports.myJp.remaining', { remaining: jp(progress.remaining) })}
        </Text>
      </Group>
      {/* The progressbar role sits on the section, so its aria attributes go there (axe aria-allowed-attr). */}
      <Progress.Root size="lg">
        <Progress.Section
          value={progress.percent}
          color={progress.isReached ? 'teal.8' : 'blue.8'}
          aria-label={t('trainingReports.myJp.barLabel')}
          aria-valuetext={t('trainingReports.myJp.figure', {
            jp: jp(progress.jp),
            target: jp(progress.target),
          })}
        />
      </Progress.Root>
    </Stack>
  );
}

/** The home page card: the employee's JP this year, the last-quarter reminder, and a link to the JP page. */
export function MyJpCard() {
  const { t } = useTranslation();
  const mine = useMyJp();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-jp-title">
      <Title order={2} fz="h4" mb="sm" id="my-jp-title">
        {t('trainingReports.myJp.title', { year: mine.data?.year ?? new Date().getFullYear() })}
      </Title>
      {mine.isPending ? (
        <LoadingState lines={2} />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <Stack gap="sm" align="stretch">
          <JpBar progress={mine.data} />
          {mine.data.reminder && (
            <Text size="sm" c="red.9" role="status">
              {mine.data.reminder}
            </Text>
          )}
          <Anchor component={Link} to="/pelatihan/target-jp" size="sm">
            {t('trainingReports.myJp.open')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
