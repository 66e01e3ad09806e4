import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  isOneOf,
  SKM_DEFAULT_QUESTIONS,
  SKM_EXTRA_QUESTION_KINDS,
  SKM_PROFILE_FIELDS,
  SKM_WEIGHTS,
  UNSUR_CODE_LIST,
  type SkmExtraQuestion,
  type SkmWeight,
  type Survey,
  type SurveyInput,
} from '@sim/contracts';
import { SKM_UNSUR, skmSampleSize } from '@sim/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { UnitSelect } from '../org/unit-select';
import { useSaveSurvey, useSurvey } from './use-surveys';

type FormValues = {
  unitId: number | null;
  title: string;
  periodStart: string;
  periodEnd: string;
  serviceTypes: string[];
  population: number | string;
  weight: SkmWeight;
  profileFields: string[];
  questions: Record<string, string>;
  extraQuestions: SkmExtraQuestion[];
};

const defaults = (): FormValues => ({
  unitId: null,
  title: '',
  periodStart: '',
  periodEnd: '',
  serviceTypes: [],
  population: '',
  weight: 'exact',
  profileFields: [...SKM_PROFILE_FIELDS],
  questions: { ...SKM_DEFAULT_QUESTIONS },
  extraQuestions: [],
});

function fromSurvey(s: Survey): FormValues {
  return {
    unitId: s.unitId,
    title: s.title,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    serviceTypes: s.serviceTypes,
    population: s.population ?? '',
    weight: s.weight,
    profileFields: s.profileFields,
    questions: Object.fromEntries(s.unsur.map((u) => [u.code, u.question])),
    extraQuestions: s.extraQuestions,
  };
}

/** Create a survey or edit one (route /skm/new or /skm/:id/edit). */
export function SurveyFormPage() {
  const params = useParams();
  const id = params.id ? Number(params.id) : 0;
  const survey = useSurvey(id);
  if (id && survey.isPending) return <LoadingState lines={10} />;
  if (id && survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  return <SurveyForm key={id || 'new'} survey={id ? survey.data : undefined} />;
}

function SurveyForm({ survey }: { survey?: Survey }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const save = useSaveSurvey();
  const locked = survey !== undefined && survey.stats.respondents + survey.stats.excluded > 0;
  const initial = useRef(survey ? fromSurvey(survey) : defaults());
  const form = useForm<FormValues>({
    initialValues: initial.current,
    validate: {
      unitId: (v) => (v ? null : t('skm.form.required')),
      title: (v) => (v.trim().length >= 3 ? null : t('skm.form.required')),
      periodStart: (v) => (v ? null : t('validation.date')),
      periodEnd: (v) => (v ? null : t('validation.date')),
      serviceTypes: (v) => (v.length > 0 ? null : t('skm.form.required')),
    },
  });
  const population = typeof form.values.population === 'number' ? form.values.population : null;
  const target =
    population && population > 0 && Number.isSafeInteger(population) ? skmSampleSize(population) : null;

  const submit = form.onSubmit((values) => {
    const body: Partial<SurveyInput> = {
      title: values.title.trim(),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      serviceTypes: values.serviceTypes,
      population: population,
      weight: values.weight,
      profileFields: values.profileFields.filter((f) => isOneOf(SKM_PROFILE_FIELDS, f)),
    };
    if (!locked) {
      body.unitId = values.unitId ?? undefined;
      body.unsur = UNSUR_CODE_LIST.map((code) => ({ code, question: values.questions[code]?.trim() ?? '' }));
      body.extraQuestions = values.extraQuestions.map((q) => ({
        ...q,
        text: q.text.trim(),
        options: q.kind === 'CHOICE' ? (q.options ?? []) : undefined,
      }));
    }
    save.mutate(
      { id: survey?.id, values: body },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('skm.form.saved', { title: saved.title }) });
          void navigate(`/skm/${saved.id}`);
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const errors = error.fieldErrors();
          const mapped: Record<string, string> = {};
          for (const [path, message] of Object.entries(errors)) {
            const unsur = /^unsur\.(\d+)/.exec(path);
            if (unsur) mapped[`questions.${UNSUR_CODE_LIST[Number(unsur[1])]}`] = message;
            else mapped[path] = message;
          }
          form.setErrors(mapped);
        },
      },
    );
  });

  const addExtra = () => {
    const used = new Set(form.values.extraQuestions.map((q) => q.id));
    let n = form.values.extraQuestions.length + 1;
    while (used.has(`q${n}`)) n++;
    form.insertListItem('extraQuestions', { id: `q${n}`, text: '', kind: 'TEXT', options: [] });
  };

  return (
    <>
      <PageHeader
        title={survey ? t('skm.form.editTitle') : t('skm.form.createTitle')}
        description={survey?.title}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <Fieldset legend={t('skm.form.basics')}>
            <Grid gap="sm">
              <Grid.Col span={12}>
                {locked ? (
                  <TextInput label={t('skm.form.unit')} value={survey.unitName} readOnly />
                ) : (
                  <UnitSelect
                    label={t('skm.form.unit')}
                    value={form.values.unitId}
                    onChange={(v) => form.setFieldValue('unitId', v)}
                    error={form.errors.unitId}
                    required
                  />
                )}
              </Grid.Col>
              <Grid.Col span={12}>
                <TextInput label={t('skm.form.title')} required {...form.getInputProps('title')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  type="date"
                  label={t('skm.form.periodStart')}
                  required
                  {...form.getInputProps('periodStart')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  type="date"
                  label={t('skm.form.periodEnd')}
                  required
                  {...form.getInputProps('periodEnd')}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TagsInput
                  label={t('skm.form.serviceTypes')}
                  description={t('skm.form.serviceTypesHint')}
                  required
                  {...form.getInputProps('serviceTypes')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <NumberInput
                  label={t('skm.form.population')}
                  description={t('skm.form.populationHint')}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator="."
                  decimalSeparator=","
                  {...form.getInputProps('population')}
                />
                {target !== null && (
                  <Text size="sm" mt={4} aria-live="polite">
                    {t('skm.form.targetPreview', { target: formatNumber(target, language) })}
                  </Text>
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Text size="sm" fw={500} id="weight-label">
                  {t('skm.form.weight')}
                </Text>
                <SegmentedControl
                  aria-labelledby="weight-label"
                  fullWidth
                  value={form.values.weight}
                  onChange={(v) => form.setFieldValue('weight', v as FormValues['weight'])}
                  data={SKM_WEIGHTS.map((w) => ({ value: w, label: t(`skm.weights.${w}`) }))}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {t('skm.weightHint')}
                </Text>
              </Grid.Col>
              <Grid.Col span={12}>
                <Checkbox.Group
                  label={t('skm.form.profile')}
                  description={t('skm.form.profileHint')}
                  {...form.getInputProps('profileFields')}
                >
                  <Group mt="xs">
                    {SKM_PROFILE_FIELDS.map((f) => (
                      <Checkbox key={f} value={f} label={t(`skm.profileFields.${f}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              </Grid.Col>
            </Grid>
          </Fieldset>

          <Fieldset legend={t('skm.form.unsur')}>
            <Text size="sm" c="dimmed" mb="sm">
              {t('skm.form.unsurHint')}
            </Text>
            {locked && (
              <Alert color="yellow" variant="light" mb="sm">
                {t('skm.form.unsurLocked')}
              </Alert>
            )}
            <Stack gap="sm">
              {UNSUR_CODE_LIST.map((code) => (
                <Textarea
                  key={code}
                  label={`${code} · ${SKM_UNSUR[code].name}`}
                  description={SKM_UNSUR[code].answerLabels.map((l, i) => `${i + 1} ${l}`).join(' · ')}
                  autosize
                  minRows={1}
                  disabled={locked}
                  {...form.getInputProps(`questions.${code}`)}
                />
              ))}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('skm.form.extra')}>
            <Stack gap="md">
              {form.values.extraQuestions.map((q, i) => (
                <Grid key={q.id} gap="sm" align="flex-end">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label={t('skm.form.extraText', { n: i + 1 })}
                      disabled={locked}
                      {...form.getInputProps(`extraQuestions.${i}.text`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 9, sm: 5 }}>
                    <NativeSelect
                      label={t('skm.form.extraKind')}
                      disabled={locked}
                      data={SKM_EXTRA_QUESTION_KINDS.map((k) => ({
                        value: k,
                        label: t(`skm.form.extraKinds.${k}`),
                      }))}
                      {...form.getInputProps(`extraQuestions.${i}.kind`)}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 3, sm: 1 }}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      disabled={locked}
                      aria-label={t('skm.form.extraRemove', { n: i + 1 })}
                      onClick={() => form.removeListItem('extraQuestions', i)}
                    >
                      ×
                    </ActionIcon>
                  </Grid.Col>
                  {q.kind === 'CHOICE' && (
                    <Grid.Col span={12}>
                      <TagsInput
                        label={t('skm.form.extraOptions')}
                        disabled={locked}
                        {...form.getInputProps(`extraQuestions.${i}.options`)}
                      />
                    </Grid.Col>
                  )}
                </Grid>
              ))}
              <Group>
                <Button
                  variant="default"
                  onClick={addExtra}
                  disabled={locked || form.values.extraQuestions.length >= 10}
                >
                  {t('skm.form.extraAdd')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <FormError
            error={save.error && isApiError(save.error) && save.error.details.length ? null : save.error}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(survey ? `/skm/${survey.id}` : '/skm')}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {survey ? t('common.save') : t('skm.form.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
