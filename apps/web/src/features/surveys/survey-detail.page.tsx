import { Anchor, Button, CopyButton, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Survey } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiUrl } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { DownloadIcon, PencilIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { SurveyStatusBadge } from './skm-display';
import { SurveyFollowupsPanel } from './survey-followups-panel';
import {
  SurveyInvitationsPanel,
  SurveyResponsesPanel,
  SurveySuggestionsPanel,
} from './survey-moderation-panels';
import { SurveyResultsPanel } from './survey-results-panel';
import { useSetPublication, useSetSurveyStatus, useSurvey, useSurveyResults } from './use-surveys';
import { withIdParam } from '../../app/with-id-param';

type Tab = 'results' | 'followups' | 'responses' | 'suggestions' | 'invitations';

/** One survey: its public link and documents, the status and publication actions, and its tabs. */
function SurveyDetailView({ id }: { id: number }) {
  const survey = useSurvey(id);
  if (survey.isPending) return <LoadingState lines={10} />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  return <SurveyDetail survey={survey.data} />;
}

function SurveyDetail({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const p = survey.permissions;
  const tabs: Tab[] = [
    ...(p.results ? (['results'] as const) : []),
    // The owner of a follow-up action outside the survey's unit sees the follow-up tab alone (their own actions).
    ...(p.followups ? (['followups'] as const) : []),
    ...(p.manage ? (['responses', 'suggestions'] as const) : []),
    ...(p.invite ? (['invitations'] as const) : []),
  ];
  const requested = params.get('tab') as Tab | null;
  const tab = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'results');
  const publicUrl = `${window.location.origin}${survey.publicPath}`;
  const results = useSurveyResults(survey.id, null, p.results);
  const weakest = results.data?.weakest.map((w) => w.code) ?? [];

  return (
    <>
      <PageHeader
        title={survey.title}
        description={
          <>
            {survey.unitName} · {formatDate(survey.periodStart, language)} –{' '}
            {formatDate(survey.periodEnd, language)}
          </>
        }
        actions={p.manage ? <ManageActions survey={survey} /> : undefined}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Group justify="space-between" align="flex-start" gap="md">
            <Stack gap={6}>
              <Group gap="xs">
                <SurveyStatusBadge status={survey.status} />
                {survey.isPublished && <StatusBadge tone="info">{t('skm.detail.published')}</StatusBadge>}
              </Group>
              <Text size="sm" fw={600}>
                {t('skm.detail.publicLink')}
              </Text>
              <Group gap="xs">
                <Anchor
                  href={survey.publicPath}
                  target="_blank"
                  rel="noopener"
                  size="sm"
                  data-testid="skm-public-link"
                >
                  {publicUrl}
                </Anchor>
                <CopyButton value={publicUrl}>
                  {({ copied, copy }) => (
                    <Button size="compact-sm" variant="subtle" onClick={copy}>
                      {copied ? t('skm.detail.copied') : t('skm.detail.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
            {p.results && (
              <Group gap="xs">
                <Button component={Link} to={`/skm/${survey.id}/poster`} variant="default">
                  {t('skm.detail.poster')}
                </Button>
                <Button
                  component="a"
                  href={apiUrl(`/surveys/${survey.id}/report.pdf`)}
                  download
                  variant="default"
                  leftSection={<DownloadIcon />}
                >
                  {t('skm.detail.reportPdf')}
                </Button>
                <Button
                  component="a"
                  href={apiUrl(`/surveys/${survey.id}/responses.xlsx`)}
                  download
                  variant="default"
                  leftSection={<DownloadIcon />}
                >
                  {t('skm.detail.responsesXlsx')}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>

        <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
          <Tabs.List>
            {tabs.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`skm.detail.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="results" pt="md">
            <SurveyResultsPanel surveyId={survey.id} serviceTypes={survey.serviceTypes} />
          </Tabs.Panel>
          <Tabs.Panel value="followups" pt="md">
            <SurveyFollowupsPanel surveyId={survey.id} canManage={p.manage} weakest={weakest} />
          </Tabs.Panel>
          <Tabs.Panel value="responses" pt="md">
            <SurveyResponsesPanel surveyId={survey.id} />
          </Tabs.Panel>
          <Tabs.Panel value="suggestions" pt="md">
            <SurveySuggestionsPanel surveyId={survey.id} />
          </Tabs.Panel>
          <Tabs.Panel value="invitations" pt="md">
            <SurveyInvitationsPanel surveyId={survey.id} isClosed={survey.status === 'CLOSED'} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}

function ManageActions({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const status = useSetSurveyStatus(survey.id);
  const publication = useSetPublication(survey.id);
  const next: { status: Survey['status']; label: string } | null =
    survey.status === 'DRAFT'
      ? { status: 'OPEN', label: t('skm.detail.open') }
      : survey.status === 'OPEN'
        ? { status: 'CLOSED', label: t('skm.detail.close') }
        : { status: 'OPEN', label: t('skm.detail.reopen') };
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button component={Link} to={`/skm/${survey.id}/edit`} variant="default" leftSection={<PencilIcon />}>
          {t('skm.detail.edit')}
        </Button>
        <Button
          variant={survey.status === 'OPEN' ? 'default' : 'filled'}
          loading={status.isPending}
          onClick={() =>
            status.mutate(next.status, {
              onSuccess: (s) =>
                notifications.show({
                  color: 'teal',
                  message: t('skm.detail.statusChanged', { status: t(`skm.statuses.${s.status}`) }),
                }),
            })
          }
        >
          {next.label}
        </Button>
        {survey.status !== 'DRAFT' && (
          <Button
            variant="default"
            loading={publication.isPending}
            onClick={() =>
              publication.mutate(!survey.isPublished, {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: t('skm.detail.publishChanged') }),
              })
            }
          >
            {survey.isPublished ? t('skm.detail.unpublish') : t('skm.detail.publish')}
          </Button>
        )}
      </Group>
      <FormError error={status.error ?? publication.error} />
    </Stack>
  );
}

export const SurveyDetailPage = withIdParam(SurveyDetailView);
