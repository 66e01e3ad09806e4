import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { Competency, PositionStandard } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapabilities } from '../../app/auth/use-session';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { PositionSelect } from '../org/position-select';
import { editColumn } from './training-form-parts';
import {
  useCompetencies,
  useCreateCompetency,
  useSetStandard,
  useStandards,
  useUpdateCompetency,
} from './use-competency';

/** Kompetensi: the dictionary with its level descriptions, and the position standards (HR keeps both). */
export function CompetencyPage() {
  const { t } = useTranslation();
  const caps = useCapabilities();
  const competencies = useCompetencies();
  const standards = useStandards();
  const [adding, setAdding] = useState(false);
  const [editingCompetency, setEditingCompetency] = useState<Competency | null>(null);
  const [editing, setEditing] = useState<PositionStandard | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={t('competency.dictionary.title')}
        description={t('competency.dictionary.description')}
        actions={
          caps.competency.manage ? (
            <Button onClick={() => setAdding(true)}>{t('competency.dictionary.add')}</Button>
          ) : undefined
        }
      />
      <Tabs defaultValue="dictionary">
        <Tabs.List mb="md">
          <Tabs.Tab value="dictionary">{t('competency.dictionary.tabDictionary')}</Tabs.Tab>
          <Tabs.Tab value="standards">{t('competency.dictionary.tabStandards')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="dictionary">
          {competencies.isPending ? (
            <LoadingState />
          ) : competencies.isError ? (
            <ErrorState error={competencies.error} onRetry={() => void competencies.refetch()} />
          ) : (
            <DataTable<Competency>
              caption={t('competency.dictionary.tabDictionary')}
              rows={competencies.data.items}
              rowKey={(c) => c.id}
              minWidth={360}
              columns={[
                {
                  key: 'name',
                  header: t('competency.dictionary.name'),
                  rowHeader: true,
                  render: (c) => (
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {c.name}{' '}
                        {!c.isActive && (
                          <StatusBadge tone="neutral">{t('competency.dictionary.inactive')}</StatusBadge>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {c.code}
                      </Text>
                      {c.description && <Text size="xs">{c.description}</Text>}
                    </Stack>
                  ),
                },
                {
                  key: 'kind',
                  header: t('competency.dictionary.kindLabel'),
                  render: (c) => t(`competency.kind.${c.kind}`),
                },
                {
                  key: 'levels',
                  header: t('competency.dictionary.levels'),
                  render: (c) => (
                    <ol style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                      {c.levels.map((l) => (
                        <li key={l.level}>
                          <Text size="sm">{l.description}</Text>
                        </li>
                      ))}
                    </ol>
                  ),
                },
                {
                  key: 'positions',
                  header: t('competency.dictionary.positions'),
                  render: (c) =>
                    c.positions.map((p) => `${p.positionName} (${p.requiredLevel})`).join(', ') || '—',
                },
                ...(caps.competency.manage
                  ? [
                      editColumn<Competency>(
                        t('competency.dictionary.edit'),
                        (c) => c.name,
                        setEditingCompetency,
                      ),
                    ]
                  : []),
              ]}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="standards">
          {caps.competency.manage && (
            <Button variant="light" mb="md" onClick={() => setEditing('new')}>
              {t('competency.dictionary.editStandard')}
            </Button>
          )}
          {standards.isPending ? (
            <LoadingState />
          ) : standards.isError ? (
            <ErrorState error={standards.error} onRetry={() => void standards.refetch()} />
          ) : (
            <DataTable<PositionStandard>
              caption={t('competency.dictionary.tabStandards')}
              rows={standards.data.items}
              rowKey={(s) => s.positionId}
              minWidth={360}
              empty={<Text c="dimmed">{t('competency.dictionary.none')}</Text>}
              columns={[
                {
                  key: 'position',
                  header: t('competency.dictionary.position'),
                  rowHeader: true,
                  render: (s) => (
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        {s.positionName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.unitName}
                      </Text>
                    </Stack>
                  ),
                },
                {
                  key: 'items',
                  header: t('competency.dictionary.required'),
                  render: (s) => s.items.map((i) => `${i.name} ${i.requiredLevel}`).join(', '),
                },
                ...(caps.competency.manage
                  ? [
                      {
                        key: 'edit',
                        header: t('competency.dictionary.editStandard'),
                        hiddenHeader: true,
                        render: (s: PositionStandard) => (
                          <Button size="xs" variant="subtle" onClick={() => setEditing(s)}>
                            {t('competency.dictionary.editStandard')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </Tabs.Panel>
      </Tabs>
      {adding && <CompetencyModal onClose={() => setAdding(false)} />}
      {editingCompetency && (
        <CompetencyModal competency={editingCompetency} onClose={() => setEditingCompetency(null)} />
      )}
      {editing && competencies.data && (
        <StandardModal
          standard={editing === 'new' ? null : editing}
          competencies={competencies.data.items.filter((c) => c.isActive)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

/** A technical competency added, or any competency edited (name, description, level descriptions, status). */
function CompetencyModal({ competency, onClose }: { competency?: Competency; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCompetency();
  const update = useUpdateCompetency();
  const save = competency ? update : create;
  const [code, setCode] = useState('');
  const [name, setName] = useState(competency?.name ?? '');
  const [description, setDescription] = useState(competency?.description ?? '');
  const [levels, setLevels] = useState<string[]>(
    competency?.levels.map((l) => l.description) ?? ['', '', ''],
  );
  const [active, setActive] = useState(competency?.isActive ?? true);
  // The managerial and socio-cultural competencies keep the number of levels the regulation sets.
  const fixedLevels = competency !== undefined && competency.kind !== 'TEKNIS';
  return (
    <AppModal
      opened
      onClose={onClose}
      title={
        competency
          ? t('competency.dictionary.editTitle', { name: competency.name })
          : t('competency.dictionary.addTitle')
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const fields = { name, description: description || null, levels };
          if (competency)
            update.mutate({ id: competency.id, ...fields, isActive: active }, { onSuccess: onClose });
          else create.mutate({ code: code.trim().toUpperCase(), ...fields }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {competency ? (
            <Text size="sm" c="dimmed">
              {t('competency.dictionary.code')}: {competency.code}
            </Text>
          ) : (
            <TextInput
              label={t('competency.dictionary.code')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              required
            />
          )}
          <TextInput
            label={t('competency.dictionary.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <Textarea
            label={t('competency.dictionary.description_')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          {levels.map((text, i) => (
            <Textarea
              key={i}
              label={t('competency.dictionary.levelN', { n: i + 1 })}
              value={text}
              required
              autosize
              onChange={(e) => {
                const value = e.currentTarget.value;
                setLevels((prev) => prev.map((p, j) => (j === i ? value : p)));
              }}
            />
          ))}
          {!fixedLevels && (
            <Group gap="xs">
              {levels.length < 5 && (
                <Button variant="subtle" onClick={() => setLevels((prev) => [...prev, ''])}>
                  {t('competency.dictionary.addLevel')}
                </Button>
              )}
              {levels.length > 1 && (
                <Button variant="subtle" color="red.9" onClick={() => setLevels((prev) => prev.slice(0, -1))}>
                  {t('competency.dictionary.removeLevel')}
                </Button>
              )}
            </Group>
          )}
          {competency && (
            <Checkbox
              label={t('competency.dictionary.active')}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
            />
          )}
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('competency.dictionary.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

type Row = { competencyId: number | null; requiredLevel: number };

function StandardModal(props: {
  standard: PositionStandard | null;
  competencies: Competency[];
  onClose: () => void;
}) {
  const { standard, competencies, onClose } = props;
  const { t } = useTranslation();
  const save = useSetStandard();
  const [positionId, setPositionId] = useState<number | null>(standard?.positionId ?? null);
  const [rows, setRows] = useState<Row[]>(
    standard?.items.map((i) => ({ competencyId: i.competencyId, requiredLevel: i.requiredLevel })) ?? [
      { competencyId: null, requiredLevel: 1 },
    ],
  );
  const options = competencies.map((c) => ({
    value: String(c.id),
    label: `${c.name} (${t(`competency.kind.${c.kind}`)})`,
  }));
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('competency.dictionary.standardTitle', { position: standard?.positionName ?? '' })}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (positionId === null) return;
          save.mutate(
            {
              positionId,
              body: {
                items: rows
                  .filter(
                    (r): r is { competencyId: number; requiredLevel: number } => r.competencyId !== null,
                  )
                  .map((r) => ({ competencyId: r.competencyId, requiredLevel: r.requiredLevel })),
              },
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <PositionSelect
            label={t('competency.dictionary.choosePosition')}
            value={positionId}
            required
            initialOption={standard ? { id: standard.positionId, label: standard.positionName } : null}
            onChange={(value) => setPositionId(value)}
          />
          {rows.map((row, i) => {
            const max = competencies.find((c) => c.id === row.competencyId)?.maxLevel ?? 5;
            return (
              <Group key={i} align="flex-end" wrap="wrap">
                <Select
                  label={t('competency.dictionary.competency')}
                  data={options}
                  value={row.competencyId ? String(row.competencyId) : null}
                  searchable
                  style={{ flex: '1 1 220px' }}
                  onChange={(v) =>
                    setRows((prev) =>
                      prev.map((p, j) => (j === i ? { ...p, competencyId: v ? Number(v) : null } : p)),
                    )
                  }
                />
                <NumberInput
                  label={t('competency.dictionary.required')}
                  min={1}
                  max={max}
                  w={140}
                  value={row.requiredLevel}
                  onChange={(v) =>
                    setRows((prev) =>
                      prev.map((p, j) => (j === i ? { ...p, requiredLevel: Number(v) || 1 } : p)),
                    )
                  }
                />
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setRows((prev) => prev.filter((_, j) => j !== i))}
                >
                  {t('competency.dictionary.remove')}
                </Button>
              </Group>
            );
          })}
          <Button
            variant="subtle"
            onClick={() => setRows((prev) => [...prev, { competencyId: null, requiredLevel: 1 }])}
          >
            {t('competency.dictionary.addRow')}
          </Button>
          <FormError error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={positionId === null}>
              {t('competency.dictionary.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
