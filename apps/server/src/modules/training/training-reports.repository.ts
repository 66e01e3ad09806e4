import type { Database } from '../../db/database';
import { activeOn } from '../org/org-queries';
import { rowBatches } from '../../db/batches';

// Reads behind the training figures (issue 11 §3–4): JP credited per employee and year, who is in office where,
// and the sessions internal trainers delivered. Org's tables are joined read-only; nothing here writes training's
// other tables (they belong to the catalogue and enrolment services).

// The training figures settings are one JSON object in the key/value settings table (db/settings).
export { findSetting, upsertSetting } from '../../db/settings';

/** JP credited per employee in a year (employees without credits are absent: 0 JP). */
export async function findJpTotals(db: Database, year: number, employeeIds: number[] | null) {
  if (employeeIds !== null && employeeIds.length === 0) return [];
  let q = db
    .selectFrom('training_jp_credits')
    .select(['employee_id', (eb) => eb.fn.sum<number>('jp').as('jp')])
    .where('year', '=', year)
    .groupBy('employee_id');
  if (employeeIds !== null) q = q.where('employee_id', 'in', employeeIds);
  const rows = await q.execute();
  return rows.map((r) => ({ employee_id: r.employee_id, jp: Number(r.jp) }));
}

/** The credits behind one employee's JP of a year, newest first. */
export async function findJpCredits(db: Database, employeeId: number, year: number) {
  return db
    .selectFrom('training_jp_credits')
    .select(['title', 'jp', 'completed_on', 'source'])
    .where('employee_id', '=', employeeId)
    .where('year', '=', year)
    .orderBy('completed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Active employees holding a position on `date` with their position and unit (one row each: the first assignment
 * by id if a data error left two), optionally only the given ids or those in the given units.
 */
export async function findEmployeesInOffice(
  db: Database,
  date: string,
  filter: { employeeIds?: number[] | null; unitIds?: number[] | null } = {},
) {
  if (filter.employeeIds && filter.employeeIds.length === 0) return [];
  if (filter.unitIds && filter.unitIds.length === 0) return [];
  let q = db
    .selectFrom('employee_positions as ep')
    .innerJoin('employees as e', 'e.id', 'ep.employee_id')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .distinctOn('e.id')
    .select([
      'e.id as employee_id',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.nip',
      'e.email',
      'p.name as position_name',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('e.is_active', '=', true)
    .where(activeOn('ep', date))
    .orderBy('e.id')
    .orderBy('ep.id');
  if (filter.employeeIds) q = q.where('e.id', 'in', filter.employeeIds);
  if (filter.unitIds) q = q.where('u.id', 'in', filter.unitIds);
  return q.execute();
}

export type OfficeEmployeeRow = Awaited<ReturnType<typeof findEmployeesInOffice>>[number];

/**
 * Sessions delivered by internal trainers that ended in [from, to] (WIB instants): a session counts once it is
 * completed (the trainer or HR closed it with attendance) and not cancelled. One row per trainer and session, with
 * how many trainers the session had (for the cost saving share), the participants who completed it and the
 * participants' rating of this trainer.
 */
export async function findDeliveredSessions(
  db: Database,
  input: { from: Date; to: Date; employeeIds?: number[] | null },
) {
  if (input.employeeIds && input.employeeIds.length === 0) return [];
  let q = db
    .selectFrom('training_session_trainers as st')
    .innerJoin('training_sessions as s', 's.id', 'st.session_id')
    .innerJoin('training_programmes as pr', 'pr.id', 's.programme_id')
    .select((eb) => [
      'st.employee_id',
      'st.id as session_trainer_id',
      's.id as session_id',
      'pr.title',
      's.title_suffix',
      's.starts_at',
      's.ends_at',
      's.jp',
      eb
        .selectFrom('training_session_trainers as t2')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('t2.session_id', '=', 's.id')
        .as('trainer_count'),
      eb
        .selectFrom('training_enrolments as en')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('en.session_id', '=', 's.id')
        .where('en.status', '=', 'COMPLETED')
        .as('participants'),
      eb
        .selectFrom('training_feedback_trainers as ft')
        .select((e2) => e2.fn.avg<number>('ft.rating').as('r'))
        .whereRef('ft.session_trainer_id', '=', 'st.id')
        .as('average_rating'),
      eb
        .selectFrom('training_feedback_trainers as ft')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('ft.session_trainer_id', '=', 'st.id')
        .as('rated'),
    ])
    .where('st.employee_id', 'is not', null)
    .where('s.status', '<>', 'CANCELLED')
    .where('s.completed_at', 'is not', null)
    .where('s.ends_at', '>=', input.from)
    .where('s.ends_at', '<=', input.to)
    .orderBy('s.ends_at')
    .orderBy('s.id');
  if (input.employeeIds) q = q.where('st.employee_id', 'in', input.employeeIds);
  const rows = await q.execute();
  return rows.map((r) => ({
    employee_id: r.employee_id!,
    session_id: r.session_id,
    title: r.title_suffix ? `${r.title} — ${r.title_suffix}` : r.title,
    starts_at: r.starts_at,
    ends_at: r.ends_at,
    jp: Number(r.jp),
    trainer_count: Number(r.trainer_count ?? 1),
    participants: Number(r.participants ?? 0),
    average_rating: r.average_rating === null ? null : Number(r.average_rating),
    rated: Number(r.rated ?? 0),
  }));
}

export type DeliveredSessionRow = Awaited<ReturnType<typeof findDeliveredSessions>>[number];

/** The internal trainer registry with each trainer's name, NIP and (on `date`) position and unit. */
export async function findTrainers(db: Database, date: string) {
  return db
    .selectFrom('training_trainers as t')
    .innerJoin('employees as e', 'e.id', 't.employee_id')
    .leftJoin('employee_positions as ep', (j) =>
      j.onRef('ep.employee_id', '=', 'e.id').on(activeOn('ep', date)),
    )
    .leftJoin('positions as p', 'p.id', 'ep.position_id')
    .leftJoin('org_units as u', 'u.id', 'p.unit_id')
    .distinctOn('t.id')
    .select([
      't.id',
      't.employee_id',
      't.note',
      't.is_active',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.nip',
      'p.name as position_name',
      'u.name as unit_name',
    ])
    .orderBy('t.id')
    .orderBy('ep.id')
    .execute();
}

/** The name parts of the given employees (in office or not), for titles and report rows. */
export async function findEmployeeNames(db: Database, employeeIds: number[]) {
  if (employeeIds.length === 0) return [];
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title'])
    .where('id', 'in', employeeIds)
    .execute();
}

/** The employees who already got this round's reminder (the hourly reruns of a round skip them before reading JP). */
export async function findJpRemindedIds(db: Database, round: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('training_jp_reminders')
    .select('employee_id')
    .where('round', '=', round)
    .execute();
  return new Set(rows.map((r) => r.employee_id));
}

/**
 * Records a reminder round for each employee in as few statements as the bind parameter limit allows (a city's
 * 20,000 employees are 2 statements, not 20,000); returns the employees whose row is new — one already recorded (by a concurrent run or an
 * earlier one) is left out, so the job never mails twice.
 */
export async function insertJpRemindersOnce(
  db: Database,
  rows: { employee_id: number; round: string; jp: number; target: number; sent_at: Date }[],
): Promise<Set<number>> {
  const fresh = new Set<number>();
  for (const batch of rowBatches(rows, 5)) {
    const inserted = await db
      .insertInto('training_jp_reminders')
      .values(batch)
      .onConflict((oc) => oc.columns(['employee_id', 'round']).doNothing())
      .returning('employee_id')
      .execute();
    for (const r of inserted) fresh.add(r.employee_id);
  }
  return fresh;
}
