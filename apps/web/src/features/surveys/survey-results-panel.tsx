import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Card, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SurveyResults } from '@sim/contracts';
import { DEFAULT_IKM_INTERVALS } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, type Language } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { formatKonversi, formatNrr, MutuBadge, SampleProgress } from './skm-display';
import { skmId } from './skm.i18n';
import { useSurveyResults } from './use-surveys';

// Grade boundaries drawn on the charts come from the domain's interval table, never from copies of its numbers.
const GRADE_COLORS: Record<string, string> = { A: 'teal.8', B: 'blue.8', C: 'orange.8' };
const KONVERSI_GRADE_LINES = DEFAULT_IKM_INTERVALS.filter((i) => i.mutu in GRADE_COLORS).map((i) => ({
  y: i.minKonversi,
  label: i.mutu,
  color: GRADE_COLORS[i.mutu]!,
}));
/** The A boundary on the 1–4 NRR scale (konversi = IKM × 25). */
const NRR_GRADE_A_LINE = { ...KONVERSI_GRADE_LINES[0]!, y: KONVERSI_GRADE_LINES[0]!.y / 25 };

type Props = { surveyId: number; serviceTypes: string[] };

/** IKM, NRR per unsur, sample progress, weakest unsur, trend, profile, officers and suggestions of one survey. */
export function SurveyResultsPanel({ surveyId, serviceTypes }: Props) {
  const { t } = useTranslation();
  const [serviceType, setServiceType] = useState('');
  const results = useSurveyResults(surveyId, serviceType || null);

  return (
    <Stack gap="lg">
      <NativeSelect
        label={t('skm.results.serviceFilter')}
        value={serviceType}
        onChange={(e) => setServiceType(e.currentTarget.value)}
        data={[{ value: '', label: t('skm.results.allServices') }, ...serviceTypes]}
        maw={420}
      />
      {results.isPending ? (
        <LoadingState lines={8} />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <ResultsBody r={results.data} busy={results.isFetching} />
      )}
    </Stack>
  );
}

function ResultsBody({ r, busy }: { r: SurveyResults; busy: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap="lg" aria-busy={busy}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" component="section" aria-labelledby="ikm-title">
          <Title order={2} fz="h4" id="ikm-title" mb="sm">
            {t('skm.results.ikmTitle')}
          </Title>
          {r.ikm ? (
            <Stack gap="xs">
              <Group align="baseline" gap="sm">
                <Text fz={40} fw={800} lh={1} data-testid="skm-konversi">
                  {formatKonversi(r.ikm.konversi, language)}
                </Text>
                <Text c="dimmed">{t('skm.results.konversi')}</Text>
              </Group>
              <MutuBadge mutu={r.ikm.mutu} kinerja={r.ikm.kinerja} />
              <Text size="sm">
                {t('skm.results.ikm')}: {formatNrr(r.ikm.ikm, language)} ·{' '}
                {t('skm.results.weight', { weight: t(`skm.weights.${r.ikm.weight}`) })}
              </Text>
            </Stack>
          ) : (
            <Alert color="gray" variant="light" title={t('skm.results.noIkm')}>
              {r.ikmUnavailableReason}
            </Alert>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="sample-title">
          <Title order={2} fz="h4" id="sample-title" mb="sm">
            {t('skm.sample.label')}
          </Title>
          <SampleProgress respondents={r.sample.respondents} target={r.sample.targetSample} />
          <Group gap="lg" mt="md">
            <Stat
              label={t('skm.results.respondents')}
              value={formatNumber(r.sample.respondents, language)}
              testId="skm-respondents"
            />
            <Stat label={t('skm.results.flagged')} value={formatNumber(r.sample.flagged, language)} />
            <Stat label={t('skm.results.excluded')} value={formatNumber(r.sample.excluded, language)} />
          </Group>
        </Paper>
      </SimpleGrid>

      {r.ikm && <NrrSection r={r} language={language} />}
      {r.trend.length > 0 && <TrendSection r={r} language={language} />}
      <ProfileSection r={r} language={language} />
      <OfficersSection r={r} language={language} />

      <Paper withBorder p="md" component="section" aria-labelledby="suggestions-title">
        <Title order={2} fz="h4" id="suggestions-title" mb="sm">
          {t('skm.results.suggestionsTitle')}
        </Title>
        {r.suggestions.pendingCount > 0 && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('skm.results.suggestionsPending', { count: r.suggestions.pendingCount })}
          </Text>
        )}
        {r.suggestions.approved.length === 0 ? (
          <Text size="sm">{t('skm.results.suggestionsEmpty')}</Text>
        ) : (
          <List spacing="xs" size="sm">
            {r.suggestions.approved.map((s, i) => (
              <List.Item key={i}>
                {s.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({s.serviceType}, {formatDate(s.submittedOn, language)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

function NrrSection({ r, language }: { r: SurveyResults; language: Language }) {
  const { t } = useTranslation();
  const ikm = r.ikm!;
  const weakest = new Set(r.weakest.map((w) => w.code));
  const data = ikm.unsur.map((u) => ({ unsur: u.code, nama: u.name, NRR: Number(u.nrr.toFixed(4)) }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nrr-title">
      <Title order={2} fz="h4" id="nrr-title" mb="sm">
        {t('skm.results.nrrTitle')}
      </Title>
      <div role="img" aria-label={t('skm.results.nrrChart')}>
        <BarChart
          h={260}
          data={data}
          dataKey="unsur"
          series={[{ name: 'NRR', color: 'blue.7' }]}
          yAxisProps={{ domain: [0, 4], ticks: [0, 1, 2, 3, 4], tickFormatter: (v: number) => String(v) }}
          valueFormatter={(v) => formatNrr(v, language)}
          getBarColor={(v) => (r.weakest.some((w) => Math.abs(w.nrr - v) < 1e-4) ? 'orange.7' : 'blue.7')}
          referenceLines={[NRR_GRADE_A_LINE]}
        />
      </div>
      <DataTable
        caption={t('skm.results.nrrTable')}
        mt="md"
        minWidth={520}
        columns={[
          {
            key: 'unsur',
            header: t('skm.results.unsur'),
            render: (u) => (
              <>
                {u.code} {u.name}{' '}
                {weakest.has(u.code) && (
                  <StatusBadge tone="attention" size="xs">
                    {t('skm.results.weakest')}
                  </StatusBadge>
                )}
              </>
            ),
          },
          {
            key: 'answered',
            header: t('skm.results.answered'),
            render: (u) => formatNumber(u.answered, language),
          },
          {
            key: 'nrr',
            header: t('skm.results.nrr'),
            render: (u) =>
              weakest.has(u.code) ? (
                <strong>{formatNrr(u.nrr, language)}</strong>
              ) : (
                formatNrr(u.nrr, language)
              ),
          },
        ]}
        rows={ikm.unsur}
        rowKey={(u) => u.code}
      />
      {r.weakest.length > 0 && (
        <Text size="sm" mt="sm">
          <strong>{t('skm.results.weakest')}:</strong>{' '}
          {r.weakest.map((w) => `${w.code} ${w.name}`).join(', ')} — {t('skm.results.weakestHint')}
        </Text>
      )}
    </Paper>
  );
}

function TrendSection({ r, language }: { r: SurveyResults; language: Language }) {
  const { t } = useTranslation();
  const data = r.trend.map((p) => ({
    periode: `${formatDate(p.periodStart, language).replace(/^\d+ /, '')}`,
    Konversi: p.konversi,
  }));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trend-title">
      <Title order={2} fz="h4" id="trend-title" mb="sm">
        {t('skm.results.trendTitle')}
      </Title>
      {r.trend.length > 1 && (
        <div role="img" aria-label={t('skm.results.trendChart')}>
          <LineChart
            h={220}
            data={data}
            dataKey="periode"
            series={[{ name: 'Konversi', color: 'blue.7' }]}
            yAxisProps={{ domain: [25, 100], tickFormatter: (v: number) => String(v) }}
            valueFormatter={(v) => formatKonversi(v, language)}
            connectNulls
            referenceLines={KONVERSI_GRADE_LINES}
          />
        </div>
      )}
      <DataTable
        caption={t('skm.results.trendTable')}
        mt="md"
        minWidth={520}
        columns={[
          {
            key: 'period',
            header: t('skm.results.period'),
            render: (p) => (
              <>
                {p.title}
                <Text size="xs" c="dimmed">
                  {formatDate(p.periodStart, language)} – {formatDate(p.periodEnd, language)}
                </Text>
              </>
            ),
          },
          {
            key: 'respondents',
            header: t('skm.results.respondents'),
            render: (p) => formatNumber(p.respondents, language),
          },
          {
            key: 'konversi',
            header: t('skm.results.konversi'),
            render: (p) => formatKonversi(p.konversi, language),
          },
          { key: 'mutu', header: t('skm.results.mutu'), render: (p) => <MutuBadge mutu={p.mutu} /> },
        ]}
        rows={r.trend}
        rowKey={(p) => p.surveyId}
        rowProps={(p) => ({ fw: p.surveyId === r.survey.id ? 700 : undefined })}
      />
      {r.previousFollowups.length > 0 && (
        <>
          <Title order={3} fz="h5" mt="md" mb="xs">
            {t('skm.results.previousFollowupsTitle')}
          </Title>
          <List size="sm" spacing="xs">
            {r.previousFollowups.map((f) => (
              <List.Item key={f.id}>
                {f.unsurCode} {f.unsurName}: {f.action} ({t(`skm.followupStatuses.${f.status}`)}) —{' '}
                {t('skm.results.before')} {formatNrr(f.evaluation.nrrBefore, language)},{' '}
                {t('skm.results.after')} {formatNrr(f.evaluation.nrrAfter, language)}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}

function CountTable({
  title,
  items,
  label,
  language,
}: {
  title: string;
  items: { key: string; count: number }[];
  label: (key: string) => string;
  language: Language;
}) {
  const { t } = useTranslation();
  const total = items.reduce((s, i) => s + i.count, 0);
  return (
    <Card withBorder padding="sm">
      <Text fw={600} mb={4}>
        {title}
      </Text>
      <DataTable
        caption={title}
        variant="plain"
        minWidth={0}
        columns={[
          { key: 'key', header: title, render: (i) => label(i.key) },
          {
            key: 'count',
            header: t('skm.results.count'),
            align: 'right',
            render: (i) => (
              <>
                {formatNumber(i.count, language)}{' '}
                <Text span size="xs" c="dimmed">
                  (
                  {formatNumber(total ? i.count / total : 0, language, {
                    style: 'percent',
                    maximumFractionDigits: 0,
                  })}
                  )
                </Text>
              </>
            ),
          },
        ]}
        rows={items}
        rowKey={(i) => i.key}
      />
    </Card>
  );
}

type ProfileGroup = 'genders' | 'ageGroups' | 'educations' | 'occupations';

/** Profile rows in the order of the category list (age groups ascending, education by level), "not given" last. */
function ordered(items: { key: string; count: number }[], group: ProfileGroup) {
  const keys = Object.keys(skmId[group]);
  const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  return [...items].sort((a, b) => rank(a.key) - rank(b.key));
}

function ProfileSection({ r, language }: { r: SurveyResults; language: Language }) {
  const { t } = useTranslation();
  const lookup = (group: ProfileGroup) => (key: string) =>
    t(`skm.${group}.${key}` as 'skm.genders.L', { defaultValue: key });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-title">
      <Title order={2} fz="h4" id="profile-title" mb="sm">
        {t('skm.results.profileTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <CountTable
          title={t('skm.profileFields.gender')}
          items={ordered(r.profile.gender, 'genders')}
          label={lookup('genders')}
          language={language}
        />
        <CountTable
          title={t('skm.profileFields.age')}
          items={ordered(r.profile.ageGroup, 'ageGroups')}
          label={lookup('ageGroups')}
          language={language}
        />
        <CountTable
          title={t('skm.profileFields.education')}
          items={ordered(r.profile.education, 'educations')}
          label={lookup('educations')}
          language={language}
        />
        <CountTable
          title={t('skm.profileFields.occupation')}
          items={ordered(r.profile.occupation, 'occupations')}
          label={lookup('occupations')}
          language={language}
        />
      </SimpleGrid>
      <Title order={3} fz="h5" mt="md" mb="xs">
        {t('skm.results.byService')}
      </Title>
      <DataTable
        caption={t('skm.results.byService')}
        minWidth={480}
        columns={[
          { key: 'service', header: t('skm.results.serviceFilter'), render: (s) => s.key },
          {
            key: 'respondents',
            header: t('skm.results.respondents'),
            render: (s) => formatNumber(s.count, language),
          },
          {
            key: 'konversi',
            header: t('skm.results.konversi'),
            render: (s) => formatKonversi(s.konversi, language),
          },
          { key: 'mutu', header: t('skm.results.mutu'), render: (s) => <MutuBadge mutu={s.mutu} /> },
        ]}
        rows={r.profile.serviceType}
        rowKey={(s) => s.key}
      />
    </Paper>
  );
}

function OfficersSection({ r, language }: { r: SurveyResults; language: Language }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="officers-title">
      <Title order={2} fz="h4" id="officers-title" mb="xs">
        {t('skm.results.officersTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('skm.results.officersHint', { min: r.officers.minResponses })}
      </Text>
      <DataTable
        caption={t('skm.results.officersTitle')}
        minWidth={480}
        empty={<Text size="sm">{t('skm.results.officersEmpty')}</Text>}
        columns={[
          { key: 'officer', header: t('skm.results.officer'), render: (o) => o.name },
          {
            key: 'respondents',
            header: t('skm.results.respondents'),
            render: (o) => formatNumber(o.responses, language),
          },
          { key: 'u6', header: 'NRR U6', render: (o) => formatNrr(o.nrrU6, language) },
          { key: 'u7', header: 'NRR U7', render: (o) => formatNrr(o.nrrU7, language) },
        ]}
        rows={r.officers.items}
        rowKey={(o) => o.employeeId}
      />
      {r.officers.hiddenCount > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('skm.results.officersHidden', { count: r.officers.hiddenCount })}
        </Text>
      )}
    </Paper>
  );
}
