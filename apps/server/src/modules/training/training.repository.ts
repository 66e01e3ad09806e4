import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import {
  LIVE_ENROLMENT_STATUSES,
  type TrainingEnrolmentStatus,
  type TrainingEvidenceStatus,
  type TrainingSessionStatus,
} from '@sim/contracts';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import type {
  TrainingEnrolmentsTable,
  TrainingExternalEvidenceTable,
  TrainingProgrammesTable,
  TrainingSessionsTable,
} from '../../db/schema';
import { activeOn } from '../org/org-queries';

// The training tables (issue 11 §2). Reads join org's tables read-only for names and positions; competencies are
// read for their code and name only (i11-comp's module owns them).

export const SETTINGS_KEY = 'training.settings';

/** Statuses that hold a seat: approved, and after the session completed or not. */
export const SEAT_STATUSES: TrainingEnrolmentStatus[] = ['APPROVED', 'COMPLETED', 'NOT_COMPLETED'];
/** Statuses of a live enrolment (one per employee and session). */
export const LIVE_STATUSES: TrainingEnrolmentStatus[] = [...LIVE_ENROLMENT_STATUSES];

// ---------------------------------------------------------------- settings

export async function findSettingsValue(db: Database): Promise<unknown> {
  return findSetting(db, SETTINGS_KEY);
}

export async function upsertSettingsValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, SETTINGS_KEY, value, at);
}

// ---------------------------------------------------------------- competencies (read-only)

export async function findExistingCompetencyIds(db: Database, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('competencies').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

export async function findCompetenciesOfProgrammes(db: Database, programmeIds: number[]) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('training_programme_competencies as pc')
    .innerJoin('competencies as c', 'c.id', 'pc.competency_id')
    .select(['pc.programme_id', 'c.id', 'c.code', 'c.name'])
    .where('pc.programme_id', 'in', programmeIds)
    .orderBy('c.name')
    .execute();
}

export async function findCompetenciesOfTrainers(db: Database, trainerIds: number[]) {
  if (trainerIds.length === 0) return [];
  return db
    .selectFrom('training_trainer_competencies as tc')
    .innerJoin('competencies as c', 'c.id', 'tc.competency_id')
    .select(['tc.trainer_id', 'c.id', 'c.code', 'c.name'])
    .where('tc.trainer_id', 'in', trainerIds)
    .orderBy('c.name')
    .execute();
}

// ---------------------------------------------------------------- programmes

export type ProgrammeRow = Selectable<TrainingProgrammesTable>;

export async function findProgrammes(db: Database, includeInactive: boolean): Promise<ProgrammeRow[]> {
  let q = db.selectFrom('training_programmes').selectAll().orderBy('title').orderBy('id');
  if (!includeInactive) q = q.where('is_active', '=', true);
  return q.execute();
}

export async function findProgrammeById(db: Database, id: number): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('training_programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertProgramme(db: Database, values: Insertable<TrainingProgrammesTable>) {
  const row = await db
    .insertInto('training_programmes')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProgramme(db: Database, id: number, values: Updateable<TrainingProgrammesTable>) {
  await db.updateTable('training_programmes').set(values).where('id', '=', id).execute();
}

export async function replaceProgrammeCompetencies(
  db: Database,
  programmeId: number,
  competencyIds: number[],
) {
  await db.deleteFrom('training_programme_competencies').where('programme_id', '=', programmeId).execute();
  if (competencyIds.length > 0) {
    await db
      .insertInto('training_programme_competencies')
      .values(competencyIds.map((competency_id) => ({ programme_id: programmeId, competency_id })))
      .execute();
  }
}

/** Sessions per programme that are not cancelled and end after `now`. */
export async function countUpcomingSessions(db: Database, programmeIds: number[], now: Date) {
  if (programmeIds.length === 0) return new Map<number, number>();
  const rows = await db
    .selectFrom('training_sessions')
    .select(['programme_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', 'in', programmeIds)
    .where('status', '!=', 'CANCELLED')
    .where('ends_at', '>=', now)
    .groupBy('programme_id')
    .execute();
  return new Map(rows.map((r) => [r.programme_id, Number(r.n)]));
}

// ---------------------------------------------------------------- trainer registry

export async function findTrainers(
  db: Database,
  date: string,
  filter: { id?: number; employeeId?: number } = {},
) {
  let q = db
    .selectFrom('training_trainers as t')
    .innerJoin('employees as e', 'e.id', 't.employee_id')
    .select((eb) => [
      't.id',
      't.employee_id',
      't.note',
      't.is_active',
      'e.nip',
      'e.name',
      'e.front_title',
      'e.back_title',
      eb
        .selectFrom('employee_positions as ep')
        .innerJoin('positions as p', 'p.id', 'ep.position_id')
        .select('p.name')
        .whereRef('ep.employee_id', '=', 'e.id')
        .where(activeOn('ep', date))
        .orderBy('ep.start_date', 'desc')
        .limit(1)
        .as('position_name'),
    ])
    .orderBy('e.name');
  if (filter.id !== undefined) q = q.where('t.id', '=', filter.id);
  if (filter.employeeId !== undefined) q = q.where('t.employee_id', '=', filter.employeeId);
  return q.execute();
}
export type TrainerRow = Awaited<ReturnType<typeof findTrainers>>[number];

export async function insertTrainer(
  db: Database,
  values: { employee_id: number; note: string | null; is_active: boolean },
) {
  const row = await db
    .insertInto('training_trainers')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTrainer(
  db: Database,
  id: number,
  values: { note?: string | null; is_active?: boolean; updated_at: Date },
) {
  await db.updateTable('training_trainers').set(values).where('id', '=', id).execute();
}

export async function replaceTrainerCompetencies(db: Database, trainerId: number, competencyIds: number[]) {
  await db.deleteFrom('training_trainer_competencies').where('trainer_id', '=', trainerId).execute();
  if (competencyIds.length > 0) {
    await db
      .insertInto('training_trainer_competencies')
      .values(competencyIds.map((competency_id) => ({ trainer_id: trainerId, competency_id })))
      .execute();
  }
}

/** Employees among `ids` that are active internal trainers in the registry. */
export async function findActiveTrainerEmployeeIds(db: Database, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('training_trainers')
    .select('employee_id')
    .where('employee_id', 'in', ids)
    .where('is_active', '=', true)
    .execute();
  return rows.map((r) => r.employee_id);
}

export async function findEmployeeBrief(db: Database, id: number) {
  return db
    .selectFrom('employees')
    .select(['id', 'nip', 'name', 'front_title', 'back_title', 'email', 'is_active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- sessions

export type SessionRow = Selectable<TrainingSessionsTable> & {
  programme_title: string;
  form: ProgrammeRow['form'];
  provider: ProgrammeRow['provider'];
};

function sessionQuery(db: Database) {
  return db
    .selectFrom('training_sessions as s')
    .innerJoin('training_programmes as p', 'p.id', 's.programme_id')
    .selectAll('s')
    .select(['p.title as programme_title', 'p.form', 'p.provider']);
}

export async function findSessionById(db: Database, id: number): Promise<SessionRow | undefined> {
  return sessionQuery(db).where('s.id', '=', id).executeTakeFirst();
}

/** The session row locked for the rest of the transaction: seat counting and the waiting list run one at a time. */
export async function lockSession(db: Database, id: number) {
  return db
    .selectFrom('training_sessions')
    .select(['id', 'capacity', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function findSessions(
  db: Database,
  filter: {
    programmeId?: number;
    status?: TrainingSessionStatus;
    endsFrom?: Date;
    startsBefore?: Date;
    trainerEmployeeId?: number;
    ids?: number[];
  },
): Promise<SessionRow[]> {
  let q = sessionQuery(db).orderBy('s.starts_at').orderBy('s.id');
  if (filter.programmeId !== undefined) q = q.where('s.programme_id', '=', filter.programmeId);
  if (filter.status !== undefined) q = q.where('s.status', '=', filter.status);
  if (filter.endsFrom) q = q.where('s.ends_at', '>=', filter.endsFrom);
  if (filter.startsBefore) q = q.where('s.starts_at', '<', filter.startsBefore);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('s.id', 'in', filter.ids);
  }
  if (filter.trainerEmployeeId !== undefined) {
    const employeeId = filter.trainerEmployeeId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('training_session_trainers as st')
          .select('st.id')
          .whereRef('st.session_id', '=', 's.id')
          .where('st.employee_id', '=', employeeId),
      ),
    );
  }
  return q.execute();
}

export async function insertSession(db: Database, values: Insertable<TrainingSessionsTable>) {
  const row = await db
    .insertInto('training_sessions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateSession(db: Database, id: number, values: Updateable<TrainingSessionsTable>) {
  await db.updateTable('training_sessions').set(values).where('id', '=', id).execute();
}

/** Sets the attendance days; days that already carry attendance stay (their records are kept). */
export async function replaceSessionDays(db: Database, sessionId: number, days: string[]) {
  await db
    .deleteFrom('training_session_days as d')
    .where('d.session_id', '=', sessionId)
    .where('d.day', 'not in', days)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('training_attendance as a')
            .select('a.enrolment_id')
            .whereRef('a.session_id', '=', 'd.session_id')
            .whereRef('a.day', '=', 'd.day'),
        ),
      ),
    )
    .execute();
  await db
    .insertInto('training_session_days')
    .values(days.map((day) => ({ session_id: sessionId, day })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function findDaysOfSessions(db: Database, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('training_session_days')
    .select(['session_id', 'day'])
    .where('session_id', 'in', sessionIds)
    .orderBy('day')
    .execute();
}

export async function findTrainersOfSessions(db: Database, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('training_session_trainers as st')
    .leftJoin('employees as e', 'e.id', 'st.employee_id')
    .select([
      'st.id',
      'st.session_id',
      'st.employee_id',
      'st.external_name',
      'st.external_organisation',
      'e.name',
      'e.front_title',
      'e.back_title',
    ])
    .where('st.session_id', 'in', sessionIds)
    .orderBy('st.id')
    .execute();
}
export type SessionTrainerRow = Awaited<ReturnType<typeof findTrainersOfSessions>>[number];

export async function insertSessionTrainers(
  db: Database,
  rows: {
    session_id: number;
    employee_id: number | null;
    external_name: string | null;
    external_organisation: string | null;
  }[],
) {
  if (rows.length > 0) await db.insertInto('training_session_trainers').values(rows).execute();
}

export async function deleteSessionTrainers(db: Database, ids: number[]) {
  if (ids.length > 0) await db.deleteFrom('training_session_trainers').where('id', 'in', ids).execute();
}

export async function isTrainerOfSession(
  db: Database,
  sessionId: number,
  employeeId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('training_session_trainers')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();
  return Boolean(row);
}

/** Counts per session and status (for seats left, the waiting list and pending requests). */
export async function countEnrolmentsBySession(db: Database, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  const rows = await db
    .selectFrom('training_enrolments')
    .select(['session_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', 'in', sessionIds)
    .groupBy(['session_id', 'status'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function countSeatsTaken(db: Database, sessionId: number): Promise<number> {
  const row = await db
    .selectFrom('training_enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .where('status', 'in', SEAT_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------- materials

export async function insertMaterial(
  db: Database,
  values: {
    session_id: number;
    file_name: string;
    mime: string;
    size: number;
    content: Buffer;
    uploaded_by: number;
  },
) {
  const row = await db
    .insertInto('training_materials')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findMaterialsOfSessions(db: Database, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom('training_materials')
    .select(['id', 'session_id', 'file_name', 'mime', 'size', 'created_at'])
    .where('session_id', 'in', sessionIds)
    .orderBy('id')
    .execute();
}

export async function findMaterialContent(db: Database, id: number) {
  return db
    .selectFrom('training_materials')
    .select(['id', 'session_id', 'file_name', 'mime', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteMaterial(db: Database, id: number) {
  await db.deleteFrom('training_materials').where('id', '=', id).execute();
}

// ---------------------------------------------------------------- enrolments

function enrolmentQuery(db: Database) {
  return db
    .selectFrom('training_enrolments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_programmes as p', 'p.id', 's.programme_id')
    .innerJoin('employees as e', 'e.id', 'en.employee_id')
    .leftJoin('training_certificates as c', 'c.enrolment_id', 'en.id')
    .leftJoin('training_jp_credits as j', 'j.enrolment_id', 'en.id')
    .selectAll('en')
    .select((eb) => [
      'p.title as programme_title',
      's.title_suffix',
      's.starts_at',
      's.ends_at',
      's.location',
      's.online_url',
      's.status as session_status',
      's.jp as session_jp',
      'e.nip',
      'e.name',
      'e.front_title',
      'e.back_title',
      'c.code as certificate_code',
      'j.jp as jp_credited',
      eb
        .exists(
          eb.selectFrom('training_feedback as f').select('f.id').whereRef('f.enrolment_id', '=', 'en.id'),
        )
        .as('has_feedback'),
      // FIFO position on the waiting list: earlier waitlisted_at first, then the lower id.
      sql<number | null>`case when en.status = 'WAITLISTED' then (
        select count(*)::int from training_enrolments w
        where w.session_id = en.session_id and w.status = 'WAITLISTED'
          and (w.waitlisted_at, w.id) <= (en.waitlisted_at, en.id)) end`.as('waitlist_position'),
    ]);
}
export type EnrolmentRow = Awaited<ReturnType<ReturnType<typeof enrolmentQuery>['execute']>>[number];

export async function findEnrolmentById(db: Database, id: number): Promise<EnrolmentRow | undefined> {
  return enrolmentQuery(db).where('en.id', '=', id).executeTakeFirst();
}

export async function findEnrolments(
  db: Database,
  filter: {
    employeeIds?: number[];
    sessionId?: number;
    statuses?: TrainingEnrolmentStatus[];
  },
): Promise<EnrolmentRow[]> {
  let q = enrolmentQuery(db).orderBy('s.starts_at', 'desc').orderBy('en.id');
  if (filter.employeeIds) {
    if (filter.employeeIds.length === 0) return [];
    q = q.where('en.employee_id', 'in', filter.employeeIds);
  }
  if (filter.sessionId !== undefined) q = q.where('en.session_id', '=', filter.sessionId);
  if (filter.statuses) q = q.where('en.status', 'in', filter.statuses);
  return q.execute();
}

export async function findLiveEnrolment(db: Database, sessionId: number, employeeId: number) {
  return db
    .selectFrom('training_enrolments')
    .select(['id', 'status'])
    .where('session_id', '=', sessionId)
    .where('employee_id', '=', employeeId)
    .where('status', 'in', LIVE_STATUSES)
    .executeTakeFirst();
}

export async function findLiveEnrolmentsOfEmployee(db: Database, employeeId: number, sessionIds: number[]) {
  if (sessionIds.length === 0) return [];
  return enrolmentQuery(db)
    .where('en.employee_id', '=', employeeId)
    .where('en.session_id', 'in', sessionIds)
    .where('en.status', 'in', LIVE_STATUSES)
    .execute();
}

export async function insertEnrolment(db: Database, values: Insertable<TrainingEnrolmentsTable>) {
  const row = await db
    .insertInto('training_enrolments')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEnrolment(db: Database, id: number, values: Updateable<TrainingEnrolmentsTable>) {
  await db.updateTable('training_enrolments').set(values).where('id', '=', id).execute();
}

/** The first person on a session's waiting list (FIFO). */
export async function findFirstWaitlisted(db: Database, sessionId: number) {
  return db
    .selectFrom('training_enrolments')
    .select(['id', 'employee_id'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'WAITLISTED')
    .orderBy('waitlisted_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Approved enrolments of sessions starting in [from, to) not yet reminded, with the participant's e-mail. */
export async function findEnrolmentsToRemind(db: Database, from: Date, to: Date) {
  return db
    .selectFrom('training_enrolments as en')
    .innerJoin('training_sessions as s', 's.id', 'en.session_id')
    .innerJoin('training_programmes as p', 'p.id', 's.programme_id')
    .innerJoin('employees as e', 'e.id', 'en.employee_id')
    .select([
      'en.id',
      'en.employee_id',
      'en.session_id',
      'e.email',
      'p.title as programme_title',
      's.title_suffix',
      's.starts_at',
      's.location',
      's.online_url',
    ])
    .where('en.status', '=', 'APPROVED')
    .where('en.reminded_at', 'is', null)
    .where('s.status', '!=', 'CANCELLED')
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .orderBy('en.id')
    .execute();
}

/** Marks an enrolment reminded; false when another run already did (so each e-mail goes once). */
export async function markReminded(db: Database, id: number, at: Date): Promise<boolean> {
  const res = await db
    .updateTable('training_enrolments')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

// ---------------------------------------------------------------- attendance

export async function upsertAttendance(
  db: Database,
  rows: {
    enrolment_id: number;
    session_id: number;
    day: string;
    present: boolean;
    recorded_by: number;
    recorded_at: Date;
  }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('training_attendance')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['enrolment_id', 'day']).doUpdateSet((eb) => ({
        present: eb.ref('excluded.present'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: eb.ref('excluded.recorded_at'),
      })),
    )
    .execute();
}

export async function findAttendanceOfSession(db: Database, sessionId: number) {
  return db
    .selectFrom('training_attendance')
    .select(['enrolment_id', 'day', 'present'])
    .where('session_id', '=', sessionId)
    .execute();
}

// ---------------------------------------------------------------- feedback

export async function insertFeedback(
  db: Database,
  values: { enrolment_id: number; session_rating: number; comment: string | null },
  trainers: { session_trainer_id: number; rating: number; comment: string | null }[],
) {
  const row = await db
    .insertInto('training_feedback')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (trainers.length > 0) {
    await db
      .insertInto('training_feedback_trainers')
      .values(trainers.map((t) => ({ ...t, feedback_id: row.id })))
      .execute();
  }
  return row.id;
}

export async function findFeedbackOfSession(db: Database, sessionId: number) {
  const feedback = await db
    .selectFrom('training_feedback as f')
    .innerJoin('training_enrolments as en', 'en.id', 'f.enrolment_id')
    .select(['f.id', 'f.session_rating', 'f.comment'])
    .where('en.session_id', '=', sessionId)
    .orderBy('f.id')
    .execute();
  const trainers =
    feedback.length === 0
      ? []
      : await db
          .selectFrom('training_feedback_trainers')
          .select(['feedback_id', 'session_trainer_id', 'rating', 'comment'])
          .where(
            'feedback_id',
            'in',
            feedback.map((f) => f.id),
          )
          .execute();
  return { feedback, trainers };
}

// ---------------------------------------------------------------- external evidence

function evidenceQuery(db: Database) {
  return db
    .selectFrom('training_external_evidence as x')
    .innerJoin('employees as e', 'e.id', 'x.employee_id')
    .select([
      'x.id',
      'x.employee_id',
      'x.title',
      'x.organiser',
      'x.form',
      'x.starts_on',
      'x.ends_on',
      'x.jp',
      'x.file_name',
      'x.status',
      'x.decided_by_name',
      'x.decided_at',
      'x.reject_reason',
      'x.created_at',
      'e.name',
      'e.front_title',
      'e.back_title',
    ]);
}
export type EvidenceRow = Awaited<ReturnType<ReturnType<typeof evidenceQuery>['execute']>>[number];

export async function findEvidenceById(db: Database, id: number): Promise<EvidenceRow | undefined> {
  return evidenceQuery(db).where('x.id', '=', id).executeTakeFirst();
}

export async function findEvidence(
  db: Database,
  filter: { employeeIds: number[] | null; statuses?: TrainingEvidenceStatus[] },
): Promise<EvidenceRow[]> {
  let q = evidenceQuery(db).orderBy('x.created_at', 'desc').orderBy('x.id', 'desc');
  if (filter.employeeIds) {
    if (filter.employeeIds.length === 0) return [];
    q = q.where('x.employee_id', 'in', filter.employeeIds);
  }
  if (filter.statuses) q = q.where('x.status', 'in', filter.statuses);
  return q.execute();
}

export async function findEvidenceContent(db: Database, id: number) {
  return db
    .selectFrom('training_external_evidence')
    .select(['id', 'employee_id', 'file_name', 'mime', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertEvidence(db: Database, values: Insertable<TrainingExternalEvidenceTable>) {
  const row = await db
    .insertInto('training_external_evidence')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEvidence(
  db: Database,
  id: number,
  values: Updateable<TrainingExternalEvidenceTable>,
) {
  await db.updateTable('training_external_evidence').set(values).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- JP credits

export async function insertJpCredit(
  db: Database,
  values: {
    employee_id: number;
    year: number;
    jp: number;
    source: 'SESSION' | 'EXTERNAL';
    enrolment_id: number | null;
    evidence_id: number | null;
    title: string;
    completed_on: string;
  },
) {
  await db
    .insertInto('training_jp_credits')
    .values(values)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function deleteJpCreditOfEnrolment(db: Database, enrolmentId: number) {
  await db.deleteFrom('training_jp_credits').where('enrolment_id', '=', enrolmentId).execute();
}

export async function findJpCredits(db: Database, employeeId: number, year: number) {
  return db
    .selectFrom('training_jp_credits')
    .select(['id', 'source', 'title', 'jp', 'completed_on', 'enrolment_id', 'evidence_id'])
    .where('employee_id', '=', employeeId)
    .where('year', '=', year)
    .orderBy('completed_on')
    .orderBy('id')
    .execute();
}

/** JP per employee in a year (employees without credits are left out); null ids = everybody. */
export async function sumJpByEmployee(db: Database, employeeIds: number[] | null, year: number) {
  let q = db
    .selectFrom('training_jp_credits')
    .select(['employee_id', (eb) => eb.fn.sum<number>('jp').as('jp')])
    .where('year', '=', year)
    .groupBy('employee_id');
  if (employeeIds) {
    if (employeeIds.length === 0) return new Map<number, number>();
    q = q.where('employee_id', 'in', employeeIds);
  }
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.employee_id, Number(r.jp)]));
}

// ---------------------------------------------------------------- certificates

export async function findCertificateByEnrolment(db: Database, enrolmentId: number) {
  return db
    .selectFrom('training_certificates')
    .selectAll()
    .where('enrolment_id', '=', enrolmentId)
    .executeTakeFirst();
}

export async function findCertificateByCode(db: Database, code: string) {
  return db.selectFrom('training_certificates').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertCertificate(
  db: Database,
  values: {
    code: string;
    enrolment_id: number;
    employee_name: string;
    title: string;
    jp: number;
    sha256: string;
    issued_by: number | null;
    issued_at: Date;
  },
) {
  await db.insertInto('training_certificates').values(values).execute();
}
