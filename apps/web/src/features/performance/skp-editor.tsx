import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { SYSTEM_SOURCE_TARGET_KINDS, SYSTEM_SOURCES, type Skp, type SkpContentInput } from '@sim/contracts';
import { ASPEK, PERSPEKTIF, RHK_SECTIONS, TARGET_KINDS } from '@sim/contracts/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { notify } from '../../app/notify';
import { FormError } from '../../components/form-error';
import { PlusIcon } from '../../components/icons';
import { useParentOptions, useSaveSkp } from './use-performance';

type IndicatorDraft = SkpContentInput['rhk'][number]['indicators'][number];
type RhkDraft = Omit<SkpContentInput['rhk'][number], 'indicators'> & { indicators: IndicatorDraft[] };

const emptyIndicator = (): IndicatorDraft => ({
  aspek: 'KUANTITAS',
  text: '',
  targetKind: 'NUMBER',
  targetValue: null,
  targetUnit: null,
  targetDate: null,
  targetText: null,
  systemSource: null,
});

function toDraft(skp: Skp): RhkDraft[] {
  return skp.rhk.map((r) => ({
    id: r.id,
    section: r.section,
    text: r.text,
    parentRhkId: r.parentRhkId,
    perspektif: r.perspektif,
    indicators: r.indicators.map((i) => ({
      id: i.id,
      aspek: i.aspek,
      text: i.text,
      targetKind: i.targetKind,
      targetValue: i.targetValue,
      targetUnit: i.targetUnit,
      targetDate: i.targetDate,
      targetText: i.targetText,
      systemSource: i.systemSource,
    })),
  }));
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The owner's SKP form: RHK in Utama/Tambahan, each linked to the superior's approved RHK (or a perspektif for JPT
 * and the head of the office), indicators with aspek and one of four target kinds, and the lampiran lists.
 */
export function SkpEditor({ skp, onDone }: { skp: Skp; onDone: () => void }) {
  const { t } = useTranslation();
  const parents = useParentOptions(skp.id, !skp.needsPerspektif);
  const save = useSaveSkp(skp.id);
  const [approach, setApproach] = useState(skp.approach);
  const [rhk, setRhk] = useState<RhkDraft[]>(() => toDraft(skp));
  const [lampiran, setLampiran] = useState({
    dukunganSumberDaya: skp.lampiran.dukunganSumberDaya.join('\n'),
    skemaPertanggungjawaban: skp.lampiran.skemaPertanggungjawaban.join('\n'),
    konsekuensi: skp.lampiran.konsekuensi.join('\n'),
  });
  const [koefisien, setKoefisien] = useState<number | string>(skp.angkaKreditKoefisien ?? '');
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};

  const updateRhk = (i: number, patch: Partial<RhkDraft>) =>
    setRhk((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const updateIndicator = (i: number, k: number, patch: Partial<IndicatorDraft>) =>
    setRhk((all) =>
      all.map((r, j) =>
        j === i
          ? { ...r, indicators: r.indicators.map((ind, m) => (m === k ? { ...ind, ...patch } : ind)) }
          : r,
      ),
    );

  const submit = () =>
    save.mutate(
      {
        approach,
        rhk,
        lampiran: {
          dukunganSumberDaya: lines(lampiran.dukunganSumberDaya),
          skemaPertanggungjawaban: lines(lampiran.skemaPertanggungjawaban),
          konsekuensi: lines(lampiran.konsekuensi),
        },
        angkaKreditKoefisien: koefisien === '' ? null : Number(koefisien),
      },
      {
        onSuccess: () => {
          notify(t('performance.editor.saved'));
          onDone();
        },
      },
    );

  const parentOptions = [
    { value: '', label: t('performance.editor.parentNone') },
    ...(parents.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.text })),
  ];

  return (
    <Stack>
      <FormError error={Object.keys(errors).length === 0 ? save.error : null} />
      <NativeSelect
        label={t('performance.editor.approach')}
        value={approach}
        onChange={(e) => setApproach(e.currentTarget.value as Skp['approach'])}
        data={[
          { value: 'KUANTITATIF', label: 'Kuantitatif' },
          { value: 'KUALITATIF', label: 'Kualitatif' },
        ]}
        w={240}
      />
      {!skp.needsPerspektif && parents.data && parents.data.items.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('performance.editor.parentUnavailable')}
        </Alert>
      )}
      {rhk.map((r, i) => (
        <Card withBorder key={r.id ?? `new-${i}`}>
          <Stack gap="xs">
            <Group grow align="flex-start">
              <NativeSelect
                label={t('performance.editor.section')}
                value={r.section}
                onChange={(e) => updateRhk(i, { section: e.currentTarget.value as RhkDraft['section'] })}
                data={RHK_SECTIONS.map((s) => ({
                  value: s,
                  label: t(`performance.section.${s}`),
                }))}
              />
              {skp.needsPerspektif ? (
                <NativeSelect
                  label={t('performance.skp.perspektif')}
                  value={r.perspektif ?? ''}
                  onChange={(e) =>
                    updateRhk(i, { perspektif: (e.currentTarget.value || null) as RhkDraft['perspektif'] })
                  }
                  data={[
                    { value: '', label: '—' },
                    ...PERSPEKTIF.map((p) => ({
                      value: p,
                      label: t(`performance.perspektif.${p}`),
                    })),
                  ]}
                  error={errors[`rhk.${i}.perspektif`]}
                />
              ) : (
                <NativeSelect
                  label={t('performance.editor.parent')}
                  value={r.parentRhkId === null ? '' : String(r.parentRhkId)}
                  onChange={(e) =>
                    updateRhk(i, {
                      parentRhkId: e.currentTarget.value ? Number(e.currentTarget.value) : null,
                    })
                  }
                  data={parentOptions}
                  error={errors[`rhk.${i}.parentRhkId`]}
                />
              )}
            </Group>
            <Textarea
              label={t('performance.editor.text')}
              value={r.text}
              onChange={(e) => updateRhk(i, { text: e.currentTarget.value })}
              error={errors[`rhk.${i}.text`]}
              autosize
              minRows={2}
            />
            {r.indicators.map((ind, k) => (
              <Group key={ind.id ?? `new-${k}`} align="flex-end" gap="xs" wrap="wrap">
                <NativeSelect
                  label={t('performance.editor.aspek')}
                  value={ind.aspek}
                  onChange={(e) =>
                    updateIndicator(i, k, { aspek: e.currentTarget.value as IndicatorDraft['aspek'] })
                  }
                  data={ASPEK.map((a) => ({
                    value: a,
                    label: t(`performance.aspek.${a}`),
                  }))}
                  w={130}
                />
                <TextInput
                  label={t('performance.editor.indicatorText')}
                  value={ind.text}
                  onChange={(e) => updateIndicator(i, k, { text: e.currentTarget.value })}
                  error={errors[`rhk.${i}.indicators.${k}.text`]}
                  style={{ flex: '1 1 14rem' }}
                />
                <NativeSelect
                  label={t('performance.editor.targetKind')}
                  value={ind.targetKind}
                  onChange={(e) =>
                    updateIndicator(i, k, {
                      targetKind: e.currentTarget.value as IndicatorDraft['targetKind'],
                    })
                  }
                  data={TARGET_KINDS.map((a) => ({
                    value: a,
                    label: t(`performance.targetKind.${a}`),
                  }))}
                  w={150}
                />
                {(ind.targetKind === 'NUMBER' || ind.targetKind === 'PERCENT') && (
                  <NumberInput
                    label={t('performance.editor.targetValue')}
                    value={ind.targetValue ?? ''}
                    onChange={(v) => updateIndicator(i, k, { targetValue: v === '' ? null : Number(v) })}
                    error={errors[`rhk.${i}.indicators.${k}.targetValue`]}
                    w={110}
                    min={0}
                  />
                )}
                {ind.targetKind === 'NUMBER' && (
                  <TextInput
                    label={t('performance.editor.targetUnit')}
                    value={ind.targetUnit ?? ''}
                    onChange={(e) => updateIndicator(i, k, { targetUnit: e.currentTarget.value || null })}
                    error={errors[`rhk.${i}.indicators.${k}.targetUnit`]}
                    w={120}
                  />
                )}
                {ind.targetKind === 'DATE' && (
                  <TextInput
                    type="date"
                    label={t('performance.editor.targetDate')}
                    value={ind.targetDate ?? ''}
                    onChange={(e) => updateIndicator(i, k, { targetDate: e.currentTarget.value || null })}
                    error={errors[`rhk.${i}.indicators.${k}.targetDate`]}
                  />
                )}
                {ind.targetKind === 'QUALITATIVE' && (
                  <TextInput
                    label={t('performance.editor.targetText')}
                    value={ind.targetText ?? ''}
                    onChange={(e) => updateIndicator(i, k, { targetText: e.currentTarget.value || null })}
                    error={errors[`rhk.${i}.indicators.${k}.targetText`]}
                  />
                )}
                {(ind.targetKind === 'NUMBER' || ind.targetKind === 'PERCENT' || ind.systemSource) && (
                  <NativeSelect
                    label={t('performance.editor.systemSource')}
                    value={ind.systemSource ?? ''}
                    onChange={(e) =>
                      updateIndicator(i, k, {
                        systemSource: (e.currentTarget.value || null) as IndicatorDraft['systemSource'],
                      })
                    }
                    data={[
                      { value: '', label: t('performance.editor.systemSourceNone') },
                      ...SYSTEM_SOURCES.filter(
                        (s) =>
                          s === ind.systemSource || SYSTEM_SOURCE_TARGET_KINDS[s].includes(ind.targetKind),
                      ).map((s) => ({ value: s, label: t(`performance.system.sources.${s}`) })),
                    ]}
                    error={errors[`rhk.${i}.indicators.${k}.systemSource`]}
                    w={240}
                  />
                )}
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('performance.editor.removeIndicator')}
                  disabled={r.indicators.length === 1}
                  onClick={() => updateRhk(i, { indicators: r.indicators.filter((_, m) => m !== k) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                size="xs"
                variant="light"
                leftSection={<PlusIcon />}
                onClick={() => updateRhk(i, { indicators: [...r.indicators, emptyIndicator()] })}
              >
                {t('performance.editor.addIndicator')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setRhk((all) => all.filter((_, j) => j !== i))}
              >
                {t('performance.editor.removeRhk')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {errors.rhk && (
        <Text c="red" size="sm">
          {errors.rhk}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<PlusIcon />}
          onClick={() =>
            setRhk((all) => [
              ...all,
              {
                section: 'UTAMA',
                text: '',
                parentRhkId: null,
                perspektif: null,
                indicators: [emptyIndicator()],
              },
            ])
          }
        >
          {t('performance.editor.addRhk')}
        </Button>
      </Group>
      <Text fw={600}>{t('performance.skp.lampiran')}</Text>
      {(['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const).map((k) => (
        <Textarea
          key={k}
          label={t(`performance.skp.${k}`)}
          description={t('performance.editor.lampiranHint')}
          value={lampiran[k]}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setLampiran((l) => ({ ...l, [k]: value }));
          }}
          autosize
          minRows={2}
        />
      ))}
      {skp.employee.positionCategory === 'FUNGSIONAL' && (
        <NumberInput
          label={t('performance.skp.angkaKredit')}
          value={koefisien}
          onChange={setKoefisien}
          decimalScale={2}
          min={0}
          w={280}
        />
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending}>
          {t('performance.editor.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('performance.editor.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
