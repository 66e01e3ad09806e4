import './portal.css';
import { ChoiceGroup } from './choice-group';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  PublicSurvey,
  PublicSurveyResponseBody,
  PublicSurveyResponseResult,
  SkmProfileField,
} from '@sim/contracts';
// The values entry point, not the schemas: this public page must not load zod on a citizen's phone.
import { GENDERS, isOneOf, SKM_EDUCATION_LEVELS, SKM_OCCUPATIONS } from '@sim/contracts/values';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../../app/api';
import { useDescribeError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import '../surveys/skm.i18n';
import { PublicLayout } from './public-layout';

type Draft = {
  answers: Record<string, number>;
  serviceType: string;
  officerId: string;
  gender: string;
  age: string;
  education: string;
  occupation: string;
  extra: Record<string, string>;
  suggestion: string;
};

const EMPTY: Draft = {
  answers: {},
  serviceType: '',
  officerId: '',
  gender: '',
  age: '',
  education: '',
  occupation: '',
  extra: {},
  suggestion: '',
};

const draftKey = (code: string) => `skm-draft:${code.toUpperCase()}`;

/** Answers survive a reload or a dropped connection on a slow network (kept in this tab only). */
function loadDraft(code: string): Draft {
  try {
    const raw = sessionStorage.getItem(draftKey(code));
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<Draft>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The public survey form at /survei/:code (no login), reached by link, QR poster or invitation. */
export function PublicSurveyPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [params] = useSearchParams();
  const invitation = params.get('undangan') ?? undefined;
  const survey = useQuery({
    queryKey: ['public-survey', code, invitation],
    queryFn: ({ signal }) =>
      api.get<PublicSurvey>(`/public/surveys/${encodeURIComponent(code)}`, { query: { invitation }, signal }),
    staleTime: 5 * 60_000,
  });
  useEffect(() => {
    document.title = `${survey.data?.title ?? t('skm.public.heading')} · ${t('app.name')}`;
  }, [survey.data, t]);

  return (
    <PublicLayout>
      {survey.isPending ? (
        <Center h={240}>
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : survey.isError ? (
        <Alert color="red" variant="light" title={t('skm.public.heading')} role="alert">
          {isApiError(survey.error) && (survey.error.status === 404 || survey.error.status === 400)
            ? t('skm.public.notFound')
            : t('errors.network')}
        </Alert>
      ) : (
        <SurveyForm survey={survey.data} code={code} invitation={invitation} />
      )}
    </PublicLayout>
  );
}

function SurveyForm({
  survey,
  code,
  invitation,
}: {
  survey: PublicSurvey;
  code: string;
  invitation?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useDescribeError();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(code));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const answered = survey.unsur.filter((u) => draft.answers[u.code]).length;

  useEffect(() => {
    try {
      sessionStorage.setItem(draftKey(code), JSON.stringify(draft));
    } catch {
      // Storage may be blocked; the form still works.
    }
  }, [code, draft]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const asks = (field: SkmProfileField) => survey.profileFields.includes(field);

  const submit = useMutation({
    mutationFn: (body: PublicSurveyResponseBody) =>
      api.post<PublicSurveyResponseResult>(`/public/surveys/${encodeURIComponent(code)}/responses`, body),
    onSuccess: () => {
      try {
        sessionStorage.removeItem(draftKey(code));
      } catch {
        // ignore
      }
      void navigate(`/survei/${encodeURIComponent(code)}/terima-kasih`, {
        replace: true,
        state: { unitName: survey.unitName },
      });
    },
    onError: (error) => {
      if (isApiError(error)) {
        const fieldErrors = error.fieldErrors();
        const mapped: Record<string, string> = {};
        for (const [path, message] of Object.entries(fieldErrors)) {
          mapped[path.replace(/^answers\./, 'unsur.')] = message;
        }
        setErrors(mapped);
      }
    },
  });

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!draft.serviceType) found.serviceType = t('skm.public.serviceRequired');
    for (const u of survey.unsur) {
      if (!draft.answers[u.code]) found[`unsur.${u.code}`] = t('skm.public.unsurRequired');
    }
    if (draft.age && !(Number(draft.age) >= 10 && Number(draft.age) <= 120))
      found.age = t('skm.public.ageInvalid');
    return found;
  };

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      const el = document.getElementById(`field-${first.replace('.', '-')}`);
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      el?.querySelector<HTMLElement>('button, input, select, textarea')?.focus({ preventScroll: true });
      return;
    }
    const source = params.get('sumber') === 'qr' ? 'QR' : 'LINK';
    submit.mutate({
      answers: Object.fromEntries(
        survey.unsur.map((u) => [u.code, draft.answers[u.code]]),
      ) as PublicSurveyResponseBody['answers'],
      serviceType: draft.serviceType,
      officerId: draft.officerId ? Number(draft.officerId) : null,
      gender: asks('gender') && isOneOf(GENDERS, draft.gender) ? draft.gender : null,
      age: asks('age') && draft.age ? Number(draft.age) : null,
      education: asks('education') && isOneOf(SKM_EDUCATION_LEVELS, draft.education) ? draft.education : null,
      occupation: asks('occupation') && isOneOf(SKM_OCCUPATIONS, draft.occupation) ? draft.occupation : null,
      extraAnswers: Object.fromEntries(Object.entries(draft.extra).filter(([, v]) => v.trim() !== '')),
      suggestion: draft.suggestion.trim() || null,
      invitationCode: invitation ?? null,
      counter: params.get('loket')?.slice(0, 60) || null,
      source,
    });
  };

  const header = (
    <Stack gap={4} mb="md">
      <Title order={1} fz={24}>
        {t('skm.public.heading')}
      </Title>
      <Text fw={600}>{survey.unitName}</Text>
      <Text size="sm" c="dimmed">
        {survey.title} ·{' '}
        {t('skm.public.period', {
          from: formatDate(survey.periodStart, language),
          to: formatDate(survey.periodEnd, language),
        })}
      </Text>
    </Stack>
  );

  if (!survey.isAccepting) {
    return (
      <>
        {header}
        <Alert color="yellow" variant="light" title={t('skm.public.closed')}>
          <Stack gap="xs">
            <Text size="sm">{survey.closedReason}</Text>
            <Anchor component={Link} to="/transparansi/skm">
              {t('skm.public.seeResults')}
            </Anchor>
          </Stack>
        </Alert>
      </>
    );
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={onSubmit} noValidate>
      {header}
      <Text mb="md">{t('skm.public.intro')}</Text>
      {survey.invitation &&
        (survey.invitation.valid ? (
          <Alert color="blue" variant="light" mb="md">
            {t('skm.public.invitationOk')}
          </Alert>
        ) : (
          <Alert color="red" variant="light" mb="md" role="alert">
            {survey.invitation.message}
          </Alert>
        ))}

      <Paper className="skm-sticky-progress" withBorder p="xs" mb="md" shadow="xs">
        <Text size="sm" id="skm-progress-label" aria-live="polite">
          {t('skm.public.progress', { count: answered })}
        </Text>
        <Progress.Root size="md">
          <Progress.Section
            value={(answered / survey.unsur.length) * 100}
            aria-labelledby="skm-progress-label"
          />
        </Progress.Root>
      </Paper>

      <Stack gap="xl">
        <div id="field-serviceType" className="skm-question" data-invalid={!!errors.serviceType}>
          <ChoiceGroup
            id="serviceType"
            name="serviceType"
            label={<Text fw={700}>{t('skm.public.service')} *</Text>}
            value={draft.serviceType}
            onChange={(v) => {
              set('serviceType', v);
              setErrors((e) => ({ ...e, serviceType: '' }));
            }}
            error={errors.serviceType || undefined}
            options={survey.serviceTypes.map((s) => ({ value: s, label: s }))}
          />
        </div>

        {survey.unsur.map((u, index) => {
          const key = `unsur.${u.code}`;
          return (
            <div
              key={u.code}
              id={`field-unsur-${u.code}`}
              className="skm-question"
              data-invalid={!!errors[key]}
            >
              <ChoiceGroup
                id={`unsur-${u.code}`}
                name={u.code}
                label={
                  <Text fw={700} component="span">
                    {index + 1}. {u.name}
                  </Text>
                }
                description={
                  <Text component="span" size="md" c="dark">
                    {u.question}
                  </Text>
                }
                value={draft.answers[u.code] ? String(draft.answers[u.code]) : ''}
                onChange={(v) => {
                  setDraft((d) => ({ ...d, answers: { ...d.answers, [u.code]: Number(v) } }));
                  setErrors((e) => ({ ...e, [key]: '' }));
                }}
                error={errors[key] || undefined}
                options={u.answerLabels.map((label, i) => ({ value: String(i + 1), label }))}
              />
            </div>
          );
        })}

        {survey.officers.length > 0 && (
          <NativeSelect
            size="md"
            label={t('skm.public.officer')}
            value={draft.officerId}
            onChange={(e) => set('officerId', e.currentTarget.value)}
            data={[
              { value: '', label: t('skm.public.officerNone') },
              ...survey.officers.map((o) => ({ value: String(o.id), label: o.name })),
            ]}
          />
        )}

        {survey.extraQuestions.length > 0 && (
          <Stack gap="md">
            <Title order={2} fz="h4">
              {t('skm.public.extra')}
            </Title>
            {survey.extraQuestions.map((q) =>
              q.kind === 'CHOICE' ? (
                <NativeSelect
                  key={q.id}
                  size="md"
                  label={q.text}
                  value={draft.extra[q.id] ?? ''}
                  onChange={(e) => set('extra', { ...draft.extra, [q.id]: e.currentTarget.value })}
                  data={[{ value: '', label: t('skm.public.choose') }, ...(q.options ?? [])]}
                />
              ) : (
                <TextInput
                  key={q.id}
                  size="md"
                  label={q.text}
                  value={draft.extra[q.id] ?? ''}
                  maxLength={1000}
                  onChange={(e) => set('extra', { ...draft.extra, [q.id]: e.currentTarget.value })}
                />
              ),
            )}
          </Stack>
        )}

        {survey.profileFields.length > 0 && (
          <Stack gap="md">
            <Title order={2} fz="h4">
              {t('skm.public.profile')}
            </Title>
            {asks('gender') && (
              <div>
                <Text size="sm" fw={500} id="gender-label" mb={4}>
                  {t('skm.public.gender')}
                </Text>
                <SegmentedControl
                  aria-labelledby="gender-label"
                  fullWidth
                  size="md"
                  value={draft.gender}
                  onChange={(v) => set('gender', v)}
                  data={[
                    { value: 'L', label: t('skm.genders.L') },
                    { value: 'P', label: t('skm.genders.P') },
                  ]}
                />
              </div>
            )}
            {asks('age') && (
              <TextInput
                id="field-age"
                size="md"
                type="number"
                inputMode="numeric"
                min={10}
                max={120}
                label={t('skm.public.age')}
                value={draft.age}
                onChange={(e) => set('age', e.currentTarget.value)}
                error={errors.age || undefined}
                maw={200}
              />
            )}
            {asks('education') && (
              <NativeSelect
                size="md"
                label={t('skm.public.education')}
                value={draft.education}
                onChange={(e) => set('education', e.currentTarget.value)}
                data={[
                  { value: '', label: t('skm.public.choose') },
                  ...SKM_EDUCATION_LEVELS.map((v) => ({ value: v, label: t(`skm.educations.${v}`) })),
                ]}
              />
            )}
            {asks('occupation') && (
              <NativeSelect
                size="md"
                label={t('skm.public.occupation')}
                value={draft.occupation}
                onChange={(e) => set('occupation', e.currentTarget.value)}
                data={[
                  { value: '', label: t('skm.public.choose') },
                  ...SKM_OCCUPATIONS.map((v) => ({ value: v, label: t(`skm.occupations.${v}`) })),
                ]}
              />
            )}
          </Stack>
        )}

        <Textarea
          size="md"
          label={t('skm.public.suggestion')}
          description={t('skm.public.suggestionHint')}
          value={draft.suggestion}
          onChange={(e) => set('suggestion', e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
        />

        {errorCount > 0 && Object.values(errors).some(Boolean) && (
          <Alert color="red" variant="light" role="alert">
            {t('skm.public.fixErrors')}
          </Alert>
        )}
        {submit.error && !(isApiError(submit.error) && submit.error.status === 400) ? (
          <Alert color="red" variant="light" role="alert">
            {describe(submit.error)}
          </Alert>
        ) : null}
        <Button type="submit" size="lg" fullWidth loading={submit.isPending}>
          {t('skm.public.submit')}
        </Button>
      </Stack>
    </form>
  );
}
