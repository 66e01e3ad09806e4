import type {
  TrainerDelivery,
  TrainerSessions,
  TrainerSessionsQuery,
  TrainerStatsList,
  TrainingPeriodQuery,
} from '@sim/contracts';
import { fullNameOf, reportPeriodRange, sumJp, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { findSubordinateEmployeeIds } from '../org/org.service';
import * as repo from './training-reports.repository';
import { findCompetenciesOfTrainers } from './training.repository';
import { wibBounds } from './training-reports.service';
import { canReadAllTrainerStats, canReadTrainerSessions } from './training-reports.policy';

// Internal trainers' statistics (issue 11 §4): per trainer the sessions and JP delivered and the participants'
// average rating of them; and the same figures for one trainer and period as bukti sistem of an RHK tambahan in
// their SKP (ADR 0004: computed on read, never copied).

/** Sums delivered-session rows of one trainer: sessions, JP (each session's full JP), participants, rating. */
function totalsOf(rows: repo.DeliveredSessionRow[]): TrainerDelivery {
  const rated = rows.reduce((n, r) => n + r.rated, 0);
  const ratingSum = rows.reduce((n, r) => n + (r.average_rating ?? 0) * r.rated, 0);
  return {
    sessions: new Set(rows.map((r) => r.session_id)).size,
    jpDelivered: sumJp(rows.map((r) => r.jp)),
    participants: rows.reduce((n, r) => n + r.participants, 0),
    averageRating: rated === 0 ? null : Math.round((ratingSum / rated) * 100) / 100,
    rated,
  };
}

/**
 * What an internal trainer delivered between two calendar dates (WIB): the figures behind the TRAINING_* system
 * sources of their SKP. No policy check: the SKP reader was checked by the performance service.
 */
export async function getTrainerDelivery(
  db: Database,
  employeeId: number,
  from: string,
  to: string,
): Promise<TrainerDelivery> {
  return totalsOf(
    await repo.findDeliveredSessions(db, { ...wibBounds(from, to), employeeIds: [employeeId] }),
  );
}

/**
 * The trainer registry with each trainer's figures for a year or a quarter: HR and the Pimpinan see every trainer;
 * a trainer sees their own row.
 */
export async function listTrainerStats(
  ctx: ServiceContext,
  actor: Actor,
  q: TrainingPeriodQuery,
): Promise<TrainerStatsList> {
  const readAll = canReadAllTrainerStats(actor);
  if (!readAll && actor.employeeId === null) throw forbidden();
  const today = todayOf(ctx.now());
  const year = q.year ?? Number(today.slice(0, 4));
  const range = reportPeriodRange(year, (q.quarter ?? null) as 1 | 2 | 3 | 4 | null);
  const trainers = (await repo.findTrainers(ctx.db, today)).filter(
    (t) => readAll || t.employee_id === actor.employeeId,
  );
  const rows = await repo.findDeliveredSessions(ctx.db, {
    ...wibBounds(range.from, range.to),
    employeeIds: trainers.map((t) => t.employee_id),
  });
  const competencies = await findCompetenciesOfTrainers(
    ctx.db,
    trainers.map((t) => t.id),
  );
  return {
    from: range.from,
    to: range.to,
    items: trainers.map((t) => ({
      trainerId: t.id,
      employeeId: t.employee_id,
      fullName: fullNameOf(t),
      nip: t.nip,
      positionName: t.position_name,
      unitName: t.unit_name,
      isActive: t.is_active,
      note: t.note,
      competencies: competencies
        .filter((c) => c.trainer_id === t.id)
        .map((c) => ({ id: c.id, code: c.code, name: c.name })),
      ...totalsOf(rows.filter((r) => r.employee_id === t.employee_id)),
    })),
  };
}

/**
 * The sessions one trainer delivered in a period (default: this year) — the records behind their statistics and
 * behind the bukti sistem link of their SKP. The trainer, their superiors, HR and the Pimpinan may read it.
 */
export async function getTrainerSessions(
  ctx: ServiceContext,
  actor: Actor,
  employeeId: number,
  q: TrainerSessionsQuery,
): Promise<TrainerSessions> {
  const today = todayOf(ctx.now());
  const isSuperior =
    actor.employeeId !== null &&
    actor.employeeId !== employeeId &&
    (await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today)).includes(employeeId);
  if (!canReadTrainerSessions(actor, employeeId, isSuperior)) throw forbidden();
  const [employee] = await repo.findEmployeeNames(ctx.db, [employeeId]);
  if (!employee) throw notFound('Pegawai');
  const year = today.slice(0, 4);
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  const rows = await repo.findDeliveredSessions(ctx.db, {
    ...wibBounds(from, to),
    employeeIds: [employeeId],
  });
  return {
    employeeId,
    fullName: fullNameOf(employee),
    from,
    to,
    totals: totalsOf(rows),
    items: rows.map((r) => ({
      sessionId: r.session_id,
      title: r.title,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      jp: r.jp,
      participants: r.participants,
      averageRating: r.average_rating === null ? null : Math.round(r.average_rating * 100) / 100,
      rated: r.rated,
    })),
  };
}
