import {
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { TrainingSession, TrainingSessionInputRequest } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormCard, TextCol, useTextFields, wibInstant, wibLocal } from './training-form-parts';
import { useCreateSession, useProgrammes, useTrainers, useUpdateSession } from './use-training';

type External = { name: string; organisation: string };

/**
 * A session's form: new (HR's manage screen) or the edit of an existing one (dates and times in WIB, place or online
 * link, capacity, internal trainers from the registry and external ones by name and organisation).
 */
export function SessionForm({ session, onSaved }: { session?: TrainingSession; onSaved?: () => void }) {
  const { t } = useTranslation();
  const programmes = useProgrammes();
  const trainers = useTrainers();
  const create = useCreateSession();
  const update = useUpdateSession(session?.id ?? 0);
  const save = session ? update : create;
  const { values: v, field } = useTextFields({
    programmeId: session ? String(session.programmeId) : '',
    titleSuffix: session?.titleSuffix ?? '',
    startsAt: session ? wibLocal(session.startsAt) : '',
    endsAt: session ? wibLocal(session.endsAt) : '',
    location: session?.location ?? '',
    onlineUrl: session?.onlineUrl ?? '',
    capacity: String(session?.capacity ?? 20),
    minutes: session?.durationMinutes ? String(session.durationMinutes) : '',
    passMark: session && session.postTestPassMark !== null ? String(session.postTestPassMark) : '',
  });
  const [internal, setInternal] = useState<string[]>(
    session?.trainers.filter((x) => x.kind === 'INTERNAL').map((x) => String(x.employeeId)) ?? [],
  );
  const [external, setExternal] = useState<External[]>(
    session?.trainers
      .filter((x) => x.kind === 'EXTERNAL')
      .map((x) => ({ name: x.name, organisation: x.organisation ?? '' })) ?? [],
  );
  const [open, setOpen] = useState(true);
  const setExternalField = (i: number, key: keyof External, value: string) =>
    setExternal((list) => list.map((x, j) => (j === i ? { ...x, [key]: value } : x)));

  const body = {
    titleSuffix: v.titleSuffix || null,
    startsAt: wibInstant(v.startsAt),
    endsAt: wibInstant(v.endsAt),
    location: v.location || null,
    onlineUrl: v.onlineUrl || null,
    capacity: Number(v.capacity),
    durationMinutes: v.minutes ? Number(v.minutes) : null,
    postTestPassMark: v.passMark ? Number(v.passMark) : null,
    trainers: [
      ...internal.map((id) => ({ employeeId: Number(id) })),
      ...external
        .filter((x) => x.name.trim())
        .map((x) => ({ externalName: x.name, externalOrganisation: x.organisation || null })),
    ],
  } satisfies Omit<TrainingSessionInputRequest, 'programmeId'>;
  const submit = () =>
    session
      ? update.mutate(body, { onSuccess: () => onSaved?.() })
      : create.mutate({ ...body, programmeId: Number(v.programmeId), status: open ? 'OPEN' : 'PLANNED' });

  return (
    <FormCard
      title={session ? t('training.manage.editSession') : t('training.manage.newSession')}
      order={session ? 3 : 2}
      error={save.error}
      success={!session && create.isSuccess && t('training.manage.created')}
      pending={save.isPending}
      submitLabel={t('training.common.save')}
      onSubmit={submit}
    >
      {!session && (
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <NativeSelect
            label={t('training.manage.programme')}
            required
            {...field('programmeId')}
            data={[
              { value: '', label: '—' },
              ...(programmes.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title })),
            ]}
          />
        </Grid.Col>
      )}
      <TextCol label={t('training.manage.titleSuffix')} {...field('titleSuffix')} />
      <TextCol type="datetime-local" label={t('training.manage.startsAt')} required {...field('startsAt')} />
      <TextCol type="datetime-local" label={t('training.manage.endsAt')} required {...field('endsAt')} />
      <TextCol label={t('training.manage.location')} {...field('location')} />
      <TextCol label={t('training.manage.onlineUrl')} type="url" {...field('onlineUrl')} />
      <TextCol
        span={{ base: 4, sm: 2 }}
        label={t('training.manage.capacity')}
        inputMode="numeric"
        required
        {...field('capacity')}
      />
      <TextCol
        span={{ base: 8, sm: 4 }}
        label={t('training.manage.minutes')}
        inputMode="numeric"
        {...field('minutes')}
      />
      <TextCol label={t('training.manage.passMark')} inputMode="numeric" {...field('passMark')} />
      <Grid.Col span={12}>
        <MultiSelect
          label={t('training.manage.internalTrainers')}
          value={internal}
          onChange={setInternal}
          searchable
          comboboxProps={{ withinPortal: true }}
          data={(trainers.data?.items ?? [])
            .filter((x) => x.isActive || internal.includes(String(x.employeeId)))
            .map((x) => ({ value: String(x.employeeId), label: x.employeeName }))}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('training.manage.externalTrainers')}
          </Text>
          {external.map((x, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('training.manage.externalName', { n: i + 1 })}
                value={x.name}
                onChange={(e) => setExternalField(i, 'name', e.currentTarget.value)}
                style={{ flex: '1 1 160px' }}
              />
              <TextInput
                label={t('training.manage.externalOrganisation', { n: i + 1 })}
                value={x.organisation}
                onChange={(e) => setExternalField(i, 'organisation', e.currentTarget.value)}
                style={{ flex: '1 1 160px' }}
              />
              <Button
                variant="subtle"
                color="red.9"
                onClick={() => setExternal((list) => list.filter((_, j) => j !== i))}
              >
                {t('training.manage.remove')}
              </Button>
            </Group>
          ))}
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => setExternal((list) => [...list, { name: '', organisation: '' }])}
          >
            {t('training.manage.addExternal')}
          </Button>
        </Stack>
      </Grid.Col>
      {!session && (
        <Grid.Col span={12}>
          <Checkbox
            label={t('training.manage.openSession')}
            checked={open}
            onChange={(e) => setOpen(e.currentTarget.checked)}
          />
        </Grid.Col>
      )}
    </FormCard>
  );
}
