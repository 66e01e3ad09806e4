import type { OversightPlan, OversightPlanRequest } from '@sim/contracts';
import { OVERSIGHT_PLAN_KINDS, OVERSIGHT_TARGET_KINDS, isOneOf } from '@sim/contracts/values';
import { Box, Button, Card, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate, localeOf, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { AppModal } from '../../components/app-modal';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { UnitSelect } from '../org/unit-select';
import { createDraft, draftOfPlan } from './inspection-drafts';
import {
  fetchChecklistVersion,
  useChecklistTemplates,
  useOversightMutation,
  useOversightPeople,
  useOversightTeams,
  usePlans,
} from './use-oversight';
import { ModalActions } from './modal-actions';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The plan calendar: a month grid on a desktop, a list on a phone; sidak are shown only to those who may see them. */
export function OversightPlansPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const caps = useCapabilities();
  const today = todayInWib();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01`;
  const to = `${month}-${pad(lastDay(year, mon))}`;
  const plans = usePlans(from, to);
  const [creating, setCreating] = useState(false);
  const monthLabel = new Intl.DateTimeFormat(localeOf(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, mon - 1, 1)));
  const shift = (delta: number) => {
    const d = new Date(Date.UTC(year, mon - 1 + delta, 1));
    setMonth(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`);
  };
  const canPlan = caps.oversight.inspect || caps.oversight.manageTeams;
  return (
    <>
      <PageHeader
        title={t('oversight.plans.title')}
        description={t('oversight.plans.description')}
        actions={canPlan && <Button onClick={() => setCreating(true)}>{t('oversight.plans.new')}</Button>}
      />
      <Group justify="space-between" mb="sm">
        <Button
          variant="default"
          size="xs"
          onClick={() => shift(-1)}
          aria-label={t('oversight.plans.previous')}
        >
          ‹
        </Button>
        <Title order={2} fz="h4" aria-live="polite">
          {monthLabel}
        </Title>
        <Button variant="default" size="xs" onClick={() => shift(1)} aria-label={t('oversight.plans.next')}>
          ›
        </Button>
      </Group>
      {plans.isPending ? (
        <LoadingState />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <>
          <Box visibleFrom="sm">
            <MonthGrid
              year={year}
              month={mon}
              plans={plans.data.items}
              caption={t('oversight.plans.calendarCaption', { month: monthLabel })}
            />
          </Box>
          <Box hiddenFrom="sm">
            {plans.data.items.length === 0 ? (
              <Text c="dimmed">{t('oversight.plans.empty')}</Text>
            ) : (
              <Stack
                gap="sm"
                component="ul"
                aria-label={t('oversight.plans.listCaption', { month: monthLabel })}
                p={0}
              >
                {plans.data.items.map((p) => (
                  <Card key={p.id} withBorder component="li" style={{ listStyle: 'none' }}>
                    <PlanCard plan={p} />
                  </Card>
                ))}
              </Stack>
            )}
          </Box>
        </>
      )}
      {creating && <PlanModal onClose={() => setCreating(false)} defaultDate={today} />}
    </>
  );
}

function MonthGrid({
  year,
  month,
  plans,
  caption,
}: {
  year: number;
  month: number;
  plans: OversightPlan[];
  caption: string;
}) {
  const { t } = useTranslation();
  const days = lastDay(year, month);
  // Monday first, as Indonesian office calendars are.
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (number | null)[] = [
    ...Array.from({ length: offset }, () => null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const names = t('oversight.plans.weekdays').split(',');
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <caption style={{ position: 'absolute', left: -9999 }}>{caption}</caption>
      <thead>
        <tr>
          {names.map((n) => (
            <th key={n} scope="col" style={{ padding: 4, fontSize: 13 }}>
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => {
              const date = day ? `${year}-${pad(month)}-${pad(day)}` : '';
              const dayPlans = plans.filter((p) => p.plannedDate === date);
              return (
                <td
                  key={d}
                  style={{
                    verticalAlign: 'top',
                    border: '1px solid var(--mantine-color-gray-4)',
                    height: 96,
                    padding: 4,
                  }}
                >
                  {day && (
                    <Stack gap={4}>
                      <Text size="xs" fw={700}>
                        {day}
                      </Text>
                      {dayPlans.map((p) => (
                        <PlanCard key={p.id} plan={p} compact />
                      ))}
                    </Stack>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlanCard({ plan, compact = false }: { plan: OversightPlan; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const target =
    plan.targetEmployeeName ?? plan.targetCategoryName ?? plan.targetServiceText ?? plan.targetUnitName;
  const start = async () => {
    const existing = draftOfPlan(plan.id);
    if (existing) return navigate(`/pengawasan/inspeksi/isi/${existing.uuid}`);
    setStarting(true);
    try {
      const checklist = await fetchChecklistVersion(plan.checklistVersionId);
      const draft = createDraft({
        title: `${plan.title} — ${target}`,
        origin: { planId: plan.id },
        checklist,
      });
      await navigate(`/pengawasan/inspeksi/isi/${draft.uuid}`);
    } finally {
      setStarting(false);
    }
  };
  return (
    <Stack gap={2} style={compact ? { fontSize: 12 } : undefined}>
      <Text size={compact ? 'xs' : 'sm'} fw={700} lineClamp={compact ? 2 : undefined}>
        {plan.title}
      </Text>
      {!compact && (
        <Text size="sm">
          {formatDate(plan.plannedDate, language)} · {target} · {plan.teamName}
        </Text>
      )}
      <Group gap={4}>
        {plan.kind === 'UNANNOUNCED' && (
          <StatusBadge tone="attention">{t('oversight.planKinds.UNANNOUNCED')}</StatusBadge>
        )}
        <StatusBadge
          tone={plan.status === 'DONE' ? 'positive' : plan.status === 'CANCELLED' ? 'neutral' : 'info'}
        >
          {t(`oversight.planStatuses.${plan.status}`)}
        </StatusBadge>
      </Group>
      {plan.inspectionId !== null && plan.status === 'DONE' ? (
        <Button
          component={Link}
          to={`/pengawasan/inspeksi/${plan.inspectionId}`}
          size="compact-xs"
          variant="subtle"
        >
          {t('oversight.plans.viewInspection')}
        </Button>
      ) : (
        plan.can.inspect && (
          <Button size="compact-xs" onClick={() => void start()} loading={starting}>
            {plan.status === 'IN_PROGRESS' || draftOfPlan(plan.id)
              ? t('oversight.plans.continue')
              : t('oversight.plans.start')}
          </Button>
        )
      )}
    </Stack>
  );
}

/** The fields of a target (unit, service or employee), shared by the plan form and the ad-hoc inspection form. */
export function TargetFields({
  value,
  onChange,
  errors,
}: {
  value: {
    targetKind: string;
    targetUnitId: number | null;
    targetEmployeeId: number | null;
    targetServiceText: string;
  };
  onChange: (next: {
    targetKind: string;
    targetUnitId: number | null;
    targetEmployeeId: number | null;
    targetServiceText: string;
  }) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const people = useOversightPeople();
  return (
    <>
      <Select
        label={t('oversight.plans.targetKind')}
        data={OVERSIGHT_TARGET_KINDS.map((k) => ({ value: k, label: t(`oversight.targetKinds.${k}`) }))}
        value={value.targetKind}
        allowDeselect={false}
        onChange={(k) => onChange({ ...value, targetKind: k ?? 'UNIT' })}
      />
      {value.targetKind === 'EMPLOYEE' ? (
        <Select
          label={t('oversight.common.employee')}
          searchable
          data={(people.data?.items ?? []).map((p) => ({
            value: String(p.employeeId),
            label: `${p.name}${p.unitName ? ` — ${p.unitName}` : ''}`,
          }))}
          value={value.targetEmployeeId ? String(value.targetEmployeeId) : null}
          onChange={(id) => onChange({ ...value, targetEmployeeId: id ? Number(id) : null })}
          error={errors.targetEmployeeId}
        />
      ) : (
        <UnitSelect
          label={t('oversight.common.unit')}
          value={value.targetUnitId}
          onChange={(id) => onChange({ ...value, targetUnitId: id })}
          error={errors.targetUnitId}
        />
      )}
      {value.targetKind === 'SERVICE' && (
        <TextInput
          label={t('oversight.plans.serviceText')}
          value={value.targetServiceText}
          onChange={(e) => onChange({ ...value, targetServiceText: e.currentTarget.value })}
          error={errors.targetServiceText}
        />
      )}
    </>
  );
}

/** The checklist versions offered for new work: the newest version of every active template. */
export function useChecklistOptions() {
  const { t } = useTranslation();
  const templates = useChecklistTemplates();
  return useMemo(
    () =>
      (templates.data?.items ?? [])
        .filter((x) => x.isActive)
        .map((x) => ({
          value: String(x.current.id),
          label: `${x.name} (${t('oversight.common.version', { version: x.current.version })})`,
        })),
    [templates.data, t],
  );
}

function PlanModal({ onClose, defaultDate }: { onClose: () => void; defaultDate: string }) {
  const { t } = useTranslation();
  const teams = useOversightTeams();
  const checklists = useChecklistOptions();
  const activeTeams = (teams.data?.items ?? []).filter((x) => x.isActive);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [plannedDate, setPlannedDate] = useState(defaultDate);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [kind, setKind] = useState<string>('PLANNED');
  const [notes, setNotes] = useState('');
  const [target, setTarget] = useState({
    targetKind: 'UNIT',
    targetUnitId: null as number | null,
    targetEmployeeId: null as number | null,
    targetServiceText: '',
  });
  const save = useOversightMutation((body: OversightPlanRequest) => api.post('/oversight/plans', body));
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  return (
    <AppModal opened onClose={onClose} title={t('oversight.plans.new')} size="lg">
      <Stack gap="sm">
        <Select
          label={t('oversight.common.team')}
          data={activeTeams.map((x) => ({ value: String(x.id), label: x.name }))}
          value={teamId ?? (activeTeams[0] ? String(activeTeams[0].id) : null)}
          onChange={setTeamId}
          error={errors.teamId}
        />
        <TextInput
          label={t('oversight.plans.planTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <TargetFields value={target} onChange={setTarget} errors={errors} />
        <TextInput
          label={t('oversight.plans.plannedDate')}
          type="date"
          value={plannedDate}
          onChange={(e) => setPlannedDate(e.currentTarget.value)}
          error={errors.plannedDate}
        />
        <Select
          label={t('oversight.plans.checklist')}
          data={checklists}
          value={versionId ?? checklists[0]?.value ?? null}
          onChange={setVersionId}
          error={errors.checklistVersionId}
        />
        <Select
          label={t('oversight.plans.kind')}
          data={OVERSIGHT_PLAN_KINDS.map((k) => ({ value: k, label: t(`oversight.planKinds.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(k) => setKind(k ?? 'PLANNED')}
        />
        <Textarea
          label={t('oversight.common.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
        />
        <ModalActions
          save={save}
          onCancel={onClose}
          onSave={() =>
            save.mutate(
              {
                teamId: Number(teamId ?? activeTeams[0]?.id ?? 0),
                title,
                targetKind: isOneOf(OVERSIGHT_TARGET_KINDS, target.targetKind) ? target.targetKind : 'UNIT',
                targetUnitId: target.targetKind === 'EMPLOYEE' ? null : target.targetUnitId,
                targetEmployeeId: target.targetKind === 'EMPLOYEE' ? target.targetEmployeeId : null,
                targetServiceText: target.targetKind === 'SERVICE' ? target.targetServiceText : null,
                plannedDate,
                checklistVersionId: Number(versionId ?? checklists[0]?.value ?? 0),
                kind: isOneOf(OVERSIGHT_PLAN_KINDS, kind) ? kind : 'PLANNED',
                notes,
              },
              { onSuccess: onClose },
            )
          }
        />
      </Stack>
    </AppModal>
  );
}
