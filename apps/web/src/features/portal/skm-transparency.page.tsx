import {
  Alert,
  Anchor,
  Card,
  Center,
  Group,
  List,
  Loader,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { PublicOpenSurvey, PublicSkmOffice, PublicSkmResult, PublicSkmResults } from '@sim/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { useDescribeError } from '../../app/errors';
import { formatDate, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { formatKonversi, formatNrr, MutuBadge, SampleProgress } from '../surveys/skm-display';
import { PublicLayout } from './public-layout';
import '../surveys/skm.i18n';

/** The public transparency page of SKM results: unit-level, published results only, no personal data. */
export function SkmTransparencyPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const [year, setYear] = useState('');
  const results = useQuery({
    queryKey: ['public-skm-results', year],
    queryFn: ({ signal }) =>
      api.get<PublicSkmResults>('/public/skm-results', {
        query: { year: year || undefined },
        signal,
      }),
  });
  useEffect(() => {
    document.title = `${t('skm.transparency.title')} · ${t('app.name')}`;
  }, [t]);
  const thisYear = new Date().getFullYear();

  return (
    <PublicLayout wide>
      <Stack gap="md">
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
          {t('skm.transparency.title')}
        </Title>
        <Text c="dimmed">{t('skm.transparency.description')}</Text>
        <NativeSelect
          label={t('skm.transparency.year')}
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          data={[
            { value: '', label: t('skm.transparency.allYears') },
            ...[thisYear, thisYear - 1, thisYear - 2].map(String),
          ]}
          maw={220}
        />
        {results.isPending ? (
          <Center h={200}>
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : results.isError ? (
          <Alert color="red" variant="light" role="alert">
            {describe(results.error)}
          </Alert>
        ) : (
          <>
            {results.data.office && <OfficeCard office={results.data.office} />}
            {results.data.items.length === 0 ? (
              <Text>{t('skm.transparency.empty')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {results.data.items.map((item) => (
                  <ResultCard
                    key={item.surveyCode}
                    item={item}
                    open={results.data.openSurveys.find((o) => o.unitName === item.unitName)}
                  />
                ))}
              </SimpleGrid>
            )}
            {results.data.openSurveys.length > 0 && <OpenSurveys surveys={results.data.openSurveys} />}
          </>
        )}
      </Stack>
    </PublicLayout>
  );
}

/** The office-wide figure, before the per-unit cards. */
function OfficeCard({ office }: { office: PublicSkmOffice }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="skm-office-title" bg="blue.0">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="skm-office-title">
          {t('skm.transparency.officeTitle')}
        </Title>
        <Group align="baseline" gap="sm">
          <Text fz={40} fw={800} lh={1} data-testid="office-konversi">
            {formatKonversi(office.konversi, language)}
          </Text>
          <MutuBadge mutu={office.mutu} kinerja={office.kinerja} />
        </Group>
        <Text size="sm">
          {t('skm.transparency.officeNote', {
            respondents: formatNumber(office.respondents, language),
            units: office.units,
            from: formatDate(office.periodStart, language),
            to: formatDate(office.periodEnd, language),
          })}
        </Text>
      </Stack>
    </Card>
  );
}

/** Every survey that takes answers today, so a citizen who came for the results can give theirs. */
function OpenSurveys({ surveys }: { surveys: PublicOpenSurvey[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="skm-open-title">
      <Title order={2} fz="h4" id="skm-open-title" mb="xs">
        {t('skm.transparency.openTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('skm.transparency.openNote')}
      </Text>
      <List spacing={6}>
        {surveys.map((s) => (
          <List.Item key={s.code}>
            <Anchor component={Link} to={`/survei/${s.code}`} fw={600}>
              {t('skm.transparency.fillUnit', { unit: s.unitName })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/**
 * The nine NRR per unsur, drawn only once the citizen opens them: closed, they cost nothing (rendering every card's
 * bars up front was the page's longest task on a slow phone).
 */
function NrrDetails({ unsur }: { unsur: PublicSkmResult['unsur'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [shown, setShown] = useState(false);
  return (
    <details onToggle={(e) => setShown(e.currentTarget.open)}>
      <summary>
        <Text span size="sm" fw={600}>
          {t('skm.transparency.nrr')}
        </Text>
      </summary>
      {shown && (
        <Stack gap={6} mt="xs">
          {unsur.map((u) => (
            <div key={u.code}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="xs">
                  {u.code} {u.name}
                </Text>
                <Text size="xs" fw={600}>
                  {formatNrr(u.nrr, language)}
                </Text>
              </Group>
              <Progress value={(u.nrr / 4) * 100} size="sm" aria-hidden="true" />
            </div>
          ))}
        </Stack>
      )}
    </details>
  );
}

function ResultCard({ item, open }: { item: PublicSkmResult; open: PublicOpenSurvey | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card withBorder padding="md" component="article" aria-label={`${item.unitName} — ${item.title}`}>
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {item.unitName}
        </Title>
        <Text size="sm" c="dimmed">
          {item.title} · {formatDate(item.periodStart, language)} – {formatDate(item.periodEnd, language)}
        </Text>
        <Group align="baseline" gap="sm">
          <Text fz={32} fw={800} lh={1}>
            {formatKonversi(item.konversi, language)}
          </Text>
          <MutuBadge mutu={item.mutu} kinerja={item.kinerja} />
        </Group>
        <SampleProgress respondents={item.respondents} target={item.targetSample} />
        {item.unsur.length > 0 && <NrrDetails unsur={item.unsur} />}
        {item.followups.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('skm.transparency.followups')}
            </Text>
            <List size="sm" spacing={4}>
              {item.followups.map((f, i) => (
                <List.Item key={i}>
                  {f.unsurName}: {f.action} — {t(`skm.followupStatuses.${f.status}`)} (
                  {formatDate(f.dueDate, language)})
                </List.Item>
              ))}
            </List>
          </>
        )}
        {open && (
          <Anchor component={Link} to={`/survei/${open.code}`} fw={600} size="sm">
            {t('skm.transparency.fillUnit', { unit: item.unitName })}
          </Anchor>
        )}
        {item.publishedAt && (
          <Text size="xs" c="dimmed">
            {t('skm.transparency.published', { date: formatDate(item.publishedAt, language) })} ·{' '}
            {t('skm.transparency.respondents', {
              count: item.respondents,
              formatted: formatNumber(item.respondents, language),
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
