import '@mantine/charts/styles.layer.css';
import { BarChart, LineChart } from '@mantine/charts';
import {
  Alert,
  Card,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { SurveyResults } from '@sim/contracts';
import { DEFAULT_IKM_INTERVALS } from '@sim/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, type Language } from '../../app/format';
import { useLanguage } from '../../app/i18n';
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
      <div className="table-scroll" role="region" aria-label={t('skm.results.nrrTable')} tabIndex={0}>
        <Table mt="md" striped miw={520}>
          <VisuallyHidden component="caption">{t('skm.results.nrrTable')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('skm.results.unsur')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.answered')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.nrr')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ikm.unsur.map((u) => (
              <Table.Tr key={u.code}>
                <Table.Td>
                  {u.code} {u.name}{' '}
                  {weakest.has(u.code) && (
                    <StatusBadge tone="attention" size="xs">
                      {t('skm.results.weakest')}
                    </StatusBadge>
                  )}
                </Table.Td>
                <Table.Td>{formatNumber(u.answered, language)}</Table.Td>
                <Table.Td fw={weakest.has(u.code) ? 700 : undefined}>{formatNrr(u.nrr, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
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
      <div className="table-scroll" role="region" aria-label={t('skm.results.trendTable')} tabIndex={0}>
        <Table mt="md" striped miw={520}>
          <VisuallyHidden component="caption">{t('skm.results.trendTable')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('skm.results.period')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.respondents')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.konversi')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.mutu')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.trend.map((p) => (
              <Table.Tr key={p.surveyId} fw={p.surveyId === r.survey.id ? 700 : undefined}>
                <Table.Td>
                  {p.title}
                  <Text size="xs" c="dimmed">
                    {formatDate(p.periodStart, language)} – {formatDate(p.periodEnd, language)}
                  </Text>
                </Table.Td>
                <Table.Td>{formatNumber(p.respondents, language)}</Table.Td>
                <Table.Td>{formatKonversi(p.konversi, language)}</Table.Td>
                <Table.Td>
                  <MutuBadge mutu={p.mutu} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
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
      <Table>
        <VisuallyHidden component="caption">{title}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{title}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('skm.results.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.key}>
              <Table.Td>{label(i.key)}</Table.Td>
              <Table.Td ta="right">
                {formatNumber(i.count, language)}{' '}
                <Text span size="xs" c="dimmed">
                  (
                  {formatNumber(total ? i.count / total : 0, language, {
                    style: 'percent',
                    maximumFractionDigits: 0,
                  })}
                  )
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
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
      <div className="table-scroll" role="region" aria-label={t('skm.results.byService')} tabIndex={0}>
        <Table striped miw={480}>
          <VisuallyHidden component="caption">{t('skm.results.byService')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('skm.results.serviceFilter')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.respondents')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.konversi')}</Table.Th>
              <Table.Th scope="col">{t('skm.results.mutu')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.profile.serviceType.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Td>{s.key}</Table.Td>
                <Table.Td>{formatNumber(s.count, language)}</Table.Td>
                <Table.Td>{formatKonversi(s.konversi, language)}</Table.Td>
                <Table.Td>
                  <MutuBadge mutu={s.mutu} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
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
      {r.officers.items.length === 0 ? (
        <Text size="sm">{t('skm.results.officersEmpty')}</Text>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('skm.results.officersTitle')} tabIndex={0}>
          <Table striped miw={480}>
            <VisuallyHidden component="caption">{t('skm.results.officersTitle')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('skm.results.officer')}</Table.Th>
                <Table.Th scope="col">{t('skm.results.respondents')}</Table.Th>
                <Table.Th scope="col">NRR U6</Table.Th>
                <Table.Th scope="col">NRR U7</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.officers.items.map((o) => (
                <Table.Tr key={o.employeeId}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>{formatNumber(o.responses, language)}</Table.Td>
                  <Table.Td>{formatNrr(o.nrrU6, language)}</Table.Td>
                  <Table.Td>{formatNrr(o.nrrU7, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {r.officers.hiddenCount > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('skm.results.officersHidden', { count: r.officers.hiddenCount })}
        </Text>
      )}
    </Paper>
  );
}
