import type { Indicator, PerfPeriod, PerfYear, PersonRef, Rhk, Skp } from '@sim/contracts';
import { perfDeadlines } from '@sim/contracts';
import { BERAKHLAK, isJptCategory, fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { memoRead } from '../../lib/read-memo';
import { pangkatOfGolongan } from '../org/employee.rules';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import * as policy from './performance.policy';
import type { Relation } from './performance.policy';
import * as repo from './performance.repository';

// Shared building blocks of the performance services: who stands where relative to an SKP's owner, and the DTOs.

/** The day inside the performance year the organisation is read on: today, clamped into the year. */
export function referenceDate(year: number, now: Date): string {
  const today = todayOf(now);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}

/**
 * How the actor stands to the employee on a date, from the position tree: the owner, the direct superior (or the
 * acting one when the superior position is vacant), someone further up, or nobody.
 */
export async function relationTo(
  db: Database,
  actor: Actor,
  ownerId: number,
  date: string,
): Promise<Relation> {
  if (actor.employeeId === null) return 'none';
  if (actor.employeeId === ownerId) return 'self';
  const superior = await getSuperiorOf(db, ownerId, date);
  if (superior?.employeeId === actor.employeeId) return 'superior';
  const below = await findSubordinateEmployeeIds(db, actor.employeeId, date);
  return below.includes(ownerId) ? 'above' : 'none';
}

export function toPersonRef(p: repo.PersonRow): PersonRef {
  return {
    employeeId: p.employee_id,
    fullName: fullNameOf(p),
    nip: p.nip,
    pangkat: pangkatOfGolongan(p.kind, p.golongan)
      ? `${pangkatOfGolongan(p.kind, p.golongan)} (${p.golongan})`
      : p.golongan,
    positionName: p.position_name,
    positionCategory: p.position_category,
    unitName: p.unit_name,
  };
}

export async function getPersonRef(db: Database, employeeId: number, date: string): Promise<PersonRef> {
  const [row] = await repo.findPersons(db, [employeeId], date);
  if (!row) throw notFound('Pegawai');
  return toPersonRef(row);
}

export async function getPersonRefs(
  db: Database,
  ids: number[],
  date: string,
): Promise<Map<number, PersonRef>> {
  const rows = await repo.findPersons(db, [...new Set(ids)], date);
  return new Map(rows.map((r) => [r.employee_id, toPersonRef(r)]));
}

export function toPeriod(p: repo.PeriodRow): PerfPeriod {
  return {
    id: p.id,
    seq: p.seq,
    kind: p.kind,
    label: p.label,
    startDate: p.start_date,
    endDate: p.end_date,
    evaluationDeadline: p.evaluation_deadline,
    months: p.months,
  };
}

type YearRow = NonNullable<Awaited<ReturnType<typeof repo.findYearById>>>;

export function toYear(y: YearRow, periods: repo.PeriodRow[]): PerfYear {
  return {
    id: y.id,
    year: y.year,
    scheme: y.scheme,
    deadlines: perfDeadlines.parse(y.deadlines),
    periods: periods.filter((p) => p.year_id === y.id).map(toPeriod),
    orgPredikat: y.org_predikat ?? null,
    calibrationFinalizedAt: y.calibration_finalized_at?.toISOString() ?? null,
    calibrationJustification: y.calibration_justification,
  };
}

export async function getYearRow(db: Database, id: number) {
  const row = await repo.findYearById(db, id);
  if (!row) throw notFound('Tahun kinerja');
  return row;
}

export async function getSkpRow(db: Database, id: number) {
  const row = await repo.findSkpById(db, id);
  if (!row) throw notFound('SKP');
  return row;
}

const formatNumber = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });

/** The target as people write it: "12 laporan", "95%", "31-03-2026", or the qualitative statement. */
export function targetLabel(i: repo.IndicatorRow): string {
  switch (i.target_kind) {
    case 'NUMBER':
      return `${formatNumber(i.target_value ?? 0)} ${i.target_unit ?? ''}`.trim();
    case 'PERCENT':
      return `${formatNumber(i.target_value ?? 0)}%`;
    case 'DATE':
      return i.target_date ? i.target_date.split('-').reverse().join('-') : '';
    default:
      return i.target_text ?? '';
  }
}

export function toIndicator(i: repo.IndicatorRow): Indicator {
  return {
    id: i.id,
    aspek: i.aspek,
    text: i.text,
    targetKind: i.target_kind,
    targetValue: i.target_value,
    targetUnit: i.target_unit,
    targetDate: i.target_date,
    targetText: i.target_text,
    targetLabel: targetLabel(i),
    systemSource: i.system_source ?? null,
  };
}

/**
 * JPT (any tier, or `JPT` with the tier not recorded, as the organisation schema stores it) and the head of the office
 * (nobody above in the tree) write a perspektif instead of a leader's RHK.
 */
export const needsPerspektifFor = (category: string | null, hasSuperior: boolean) =>
  isJptCategory(category) || !hasSuperior;

export type SkpParts = { rhk: Rhk[]; indicators: repo.IndicatorRow[] };

export async function loadSkpParts(db: Database, skpId: number): Promise<SkpParts> {
  // Kinerja Saya reads the parts for the targets and again for the realisations (lib/read-memo).
  const parts = await memoRead(db, `perf.skp-parts:${skpId}`, () => querySkpParts(db, skpId));
  return { rhk: [...parts.rhk], indicators: [...parts.indicators] };
}

async function querySkpParts(db: Database, skpId: number): Promise<SkpParts> {
  const rhkRows = await repo.findRhkOfSkps(db, [skpId]);
  const indicators = await repo.findIndicatorsOfRhk(
    db,
    rhkRows.map((r) => r.id),
  );
  const rhk = rhkRows.map((r): Rhk => ({
    id: r.id,
    section: r.section,
    text: r.text,
    parentRhkId: r.parent_rhk_id,
    parentRhkText: r.parent_text,
    perspektif: r.perspektif,
    indicators: indicators.filter((i) => i.rhk_id === r.id).map(toIndicator),
  }));
  return { rhk, indicators };
}

/**
 * The SKP as the actor sees it, with what they may do. The superior is the one on the reference date (today inside
 * the SKP's year), the same person who approves it.
 */
export async function buildSkpDto(
  db: Database,
  actor: Actor,
  row: repo.SkpRow,
  relation: Relation,
  now: Date,
): Promise<Skp> {
  const date = referenceDate(row.year, now);
  const employee = await getPersonRef(db, row.employee_id, date);
  const sup = await getSuperiorOf(db, row.employee_id, date);
  const superior = sup ? await getPersonRef(db, sup.employeeId, date) : null;
  const { rhk } = await loadSkpParts(db, row.id);
  const ekspektasi = (row.ekspektasi ?? {}) as Record<string, string>;
  const lampiran = row.lampiran as Skp['lampiran'];
  const hasBeenApproved = row.version > 0;
  const decider = relation === 'superior' || (superior === null && policy.canManageYears(actor));
  return {
    id: row.id,
    yearId: row.year_id,
    year: row.year,
    status: row.status,
    version: row.version,
    isRevision: row.is_revision,
    approach: row.approach,
    needsPerspektif: needsPerspektifFor(employee.positionCategory, superior !== null),
    employee,
    superior,
    rhk,
    behaviour: BERAKHLAK.map((v) => ({
      code: v.code as Skp['behaviour'][number]['code'],
      label: v.label,
      guides: [...v.guides],
      ekspektasi: ekspektasi[v.code] ?? '',
    })),
    lampiran,
    angkaKreditKoefisien: row.angka_kredit_koefisien,
    returnComment: row.return_comment,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    can: {
      edit: policy.canEditSkp(relation, row.status),
      submit: policy.canEditSkp(relation, row.status),
      decide: decider && row.status === 'SUBMITTED',
      ekspektasi: relation === 'superior' && row.status !== 'APPROVED',
      revise: relation === 'self' && row.status === 'APPROVED',
      feedback: policy.canGiveFeedback(relation) || policy.canAskFeedback(relation),
      realise: policy.canRealise(relation, hasBeenApproved),
    },
  };
}
