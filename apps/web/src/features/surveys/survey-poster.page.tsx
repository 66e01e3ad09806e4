import './skm-poster.css';
import { Anchor, Button, Center, Group, List, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../app/api';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { DownloadIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { useSurvey } from './use-surveys';
import './skm.i18n';
import '../../app/styles/staff-styles';
import { withIdParam } from '../../app/with-id-param';

/** The QR code (SVG from the server) and the address it encodes, which the server builds from PUBLIC_URL. */
function useQrCode(id: number, counter: string) {
  return useQuery({
    queryKey: ['surveys', 'qr', id, counter],
    queryFn: async ({ signal }) => {
      const res = await fetch(apiUrl(`/surveys/${id}/qr.svg`, { counter }), {
        credentials: 'same-origin',
        signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const svg = await res.text();
      const url = decodeURI(res.headers.get('x-survey-url') ?? '');
      return { src: URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), url };
    },
    staleTime: Infinity,
  });
}

/** A printable A4 poster for a counter: heading, unit, QR code, written address and what to expect. */
function SurveyPosterView({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const survey = useSurvey(id);
  const [counter, setCounter] = useState('');
  const [debounced] = useDebouncedValue(counter.trim(), 400);
  const qr = useQrCode(id, debounced);
  const src = qr.data?.src;
  useEffect(() => () => (src ? URL.revokeObjectURL(src) : undefined), [src]);
  useEffect(() => {
    if (survey.data) document.title = `${t('skm.poster.title')} · ${survey.data.title}`;
  }, [survey.data, t]);

  if (survey.isPending) return <LoadingState lines={6} />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} m="md" />;
  const s = survey.data;

  return (
    <main>
      <Group className="skm-no-print" p="md" gap="sm" align="flex-end" justify="center">
        <Anchor component={Link} to={`/skm/${s.id}`}>
          {t('skm.poster.back')}
        </Anchor>
        <TextInput
          label={t('skm.poster.counter')}
          description={t('skm.poster.counterHint')}
          value={counter}
          onChange={(e) => setCounter(e.currentTarget.value)}
          maxLength={60}
        />
        <Button onClick={() => window.print()}>{t('skm.poster.print')}</Button>
        <Button
          component="a"
          variant="default"
          leftSection={<DownloadIcon />}
          href={apiUrl(`/surveys/${s.id}/poster.pdf`, { counter: debounced })}
          download
        >
          {t('skm.poster.pdf')}
        </Button>
      </Group>
      <div className="skm-poster">
        <Stack gap="sm" align="center">
          <Title order={1} fz={32} c="blue.9">
            {t('skm.poster.heading')}
          </Title>
          <Text fz={24} fw={700}>
            {s.unitName}
          </Text>
          {debounced && <Text fz={20}>{debounced}</Text>}
          <Text fz={18} maw={560}>
            {t('skm.poster.invite')}
          </Text>
          {qr.isPending ? (
            <Center h={320}>
              <Loader aria-label={t('common.loading')} />
            </Center>
          ) : qr.isError ? (
            <ErrorState error={qr.error} />
          ) : (
            <>
              <img
                className="skm-poster-qr"
                src={qr.data.src}
                alt={t('skm.poster.qrAlt', { url: qr.data.url })}
              />
              <Text fz={16} fw={600} c="blue.9" style={{ overflowWrap: 'anywhere' }}>
                {qr.data.url}
              </Text>
            </>
          )}
          <List fz={16} ta="left" spacing="xs" maw={520} mt="md">
            <List.Item>{t('skm.poster.point1')}</List.Item>
            <List.Item>{t('skm.poster.point2')}</List.Item>
            <List.Item>{t('skm.poster.point3')}</List.Item>
          </List>
          <Text size="xs" c="dimmed" mt="lg">
            {s.title} · {formatDate(s.periodStart, language)} – {formatDate(s.periodEnd, language)}
          </Text>
        </Stack>
      </div>
    </main>
  );
}

export const SurveyPosterPage = withIdParam(SurveyPosterView);
