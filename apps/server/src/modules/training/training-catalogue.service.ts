import {
  TRAINING_SETTING_DEFAULTS,
  type TrainingProgramme,
  type TrainingProgrammeInput,
  type TrainingProgrammePatch,
  type TrainingSession,
  type TrainingSessionInput,
  type TrainingSessionPatch,
  type TrainingSessionQuery,
  type TrainingSettings,
  type TrainingTrainer,
  type TrainingTrainerInput,
  type TrainingTrainerPatch,
  trainingSettings,
} from '@sim/contracts';
import {
  fullNameOf,
  jpFromMinutes,
  startOfWibDayNumber,
  todayOf,
  wibDayNumberFromIsoDate,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { acceptTrainingFile, fillSeatsFromWaitlist, sessionTitleOf, wibDaysBetween } from './training-common';
import * as policy from './training.policy';
import * as repo from './training.repository';

// The catalogue side of training (issue 11 §2): the agency's settings, programmes with the competencies they
// address, the internal trainer registry, sessions with their days, trainers and materials. HR (Admin
// Kepegawaian) manages; every signed-in user reads the catalogue.

// ---------------------------------------------------------------- settings

/** The training settings in force: the agency's saved values over the documented defaults. */
export async function loadTrainingSettings(db: Database): Promise<TrainingSettings> {
  const saved = await repo.findSettingsValue(db);
  const parsed = trainingSettings.partial().safeParse(saved ?? {});
  return { ...TRAINING_SETTING_DEFAULTS, ...(parsed.success ? parsed.data : {}) };
}

export async function getTrainingSettings(ctx: ServiceContext, actor: Actor): Promise<TrainingSettings> {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  return loadTrainingSettings(ctx.db);
}

export async function updateTrainingSettings(ctx: ServiceContext, actor: Actor, input: TrainingSettings) {
  if (!policy.canManageTraining(actor)) throw forbidden('Pengaturan pelatihan hanya untuk Admin Kepegawaian');
  const before = await loadTrainingSettings(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertSettingsValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.settings_updated',
      entityType: 'settings',
      entityId: repo.SETTINGS_KEY,
      before,
      after: input,
    });
  });
  return loadTrainingSettings(ctx.db);
}

// ---------------------------------------------------------------- programmes

async function toProgrammes(ctx: ServiceContext, rows: repo.ProgrammeRow[]): Promise<TrainingProgramme[]> {
  const ids = rows.map((r) => r.id);
  const competencies = await repo.findCompetenciesOfProgrammes(ctx.db, ids);
  const upcoming = await repo.countUpcomingSessions(ctx.db, ids, ctx.now());
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    jp: r.jp,
    form: r.form,
    provider: r.provider,
    providerName: r.provider_name,
    costPerParticipant: r.cost_per_participant,
    isActive: r.is_active,
    competencies: competencies
      .filter((c) => c.programme_id === r.id)
      .map((c) => ({ id: c.id, code: c.code, name: c.name })),
    upcomingSessions: upcoming.get(r.id) ?? 0,
  }));
}

/** The catalogue: active programmes for everybody; HR may ask for the inactive ones too. */
export async function listProgrammes(ctx: ServiceContext, actor: Actor, includeInactive: boolean) {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  const rows = await repo.findProgrammes(ctx.db, includeInactive && policy.canManageTraining(actor));
  return { items: await toProgrammes(ctx, rows) };
}

export async function getProgramme(ctx: ServiceContext, actor: Actor, id: number) {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  const row = await repo.findProgrammeById(ctx.db, id);
  if (!row || (!row.is_active && !policy.canManageTraining(actor))) throw notFound('Program pelatihan');
  return (await toProgrammes(ctx, [row]))[0]!;
}

async function checkCompetencies(db: Database, ids: number[]) {
  const unique = [...new Set(ids)];
  const found = await repo.findExistingCompetencyIds(db, unique);
  if (found.length !== unique.length) invalidThrow('competencyIds', 'Kompetensi tidak ditemukan');
  return unique;
}

function invalidThrow(path: string, message: string): never {
  throw invalid(path, message);
}

/** The cost per participant belongs to external programmes only (internal ones are delivered by staff). */
function checkProgrammeCost(provider: string, cost: number | null) {
  if (provider !== 'EXTERNAL' && cost !== null) {
    invalidThrow('costPerParticipant', 'Biaya per peserta hanya untuk program penyelenggara eksternal');
  }
}

export async function createProgramme(ctx: ServiceContext, actor: Actor, input: TrainingProgrammeInput) {
  if (!policy.canManageTraining(actor)) throw forbidden('Katalog pelatihan hanya dikelola Admin Kepegawaian');
  checkProgrammeCost(input.provider, input.costPerParticipant);
  const competencyIds = await checkCompetencies(ctx.db, input.competencyIds);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertProgramme(trx, {
      title: input.title,
      description: input.description,
      jp: input.jp,
      form: input.form,
      provider: input.provider,
      provider_name: input.providerName,
      cost_per_participant: input.costPerParticipant,
      is_active: input.isActive,
      created_by: actor.userId,
    });
    await repo.replaceProgrammeCompetencies(trx, id, competencyIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.programme_created',
      entityType: 'training_programme',
      entityId: id,
      after: { title: input.title, jp: input.jp, form: input.form, provider: input.provider },
    });
    return id;
  });
  return getProgramme(ctx, actor, id);
}

export async function updateProgramme(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: TrainingProgrammePatch,
) {
  if (!policy.canManageTraining(actor)) throw forbidden('Katalog pelatihan hanya dikelola Admin Kepegawaian');
  const row = await repo.findProgrammeById(ctx.db, id);
  if (!row) throw notFound('Program pelatihan');
  const provider = patch.provider ?? row.provider;
  const cost =
    patch.costPerParticipant !== undefined
      ? patch.costPerParticipant
      : provider === 'EXTERNAL'
        ? row.cost_per_participant
        : null;
  checkProgrammeCost(provider, cost);
  const competencyIds = patch.competencyIds ? await checkCompetencies(ctx.db, patch.competencyIds) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateProgramme(trx, id, {
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.jp !== undefined && { jp: patch.jp }),
      ...(patch.form !== undefined && { form: patch.form }),
      provider,
      ...(patch.providerName !== undefined && { provider_name: patch.providerName }),
      cost_per_participant: cost,
      ...(patch.isActive !== undefined && { is_active: patch.isActive }),
      updated_at: ctx.now(),
    });
    if (competencyIds) await repo.replaceProgrammeCompetencies(trx, id, competencyIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.programme_updated',
      entityType: 'training_programme',
      entityId: id,
      before: { title: row.title, jp: row.jp, isActive: row.is_active },
      after: patch,
    });
  });
  return getProgramme(ctx, actor, id);
}

// ---------------------------------------------------------------- trainer registry

async function toTrainers(db: Database, rows: repo.TrainerRow[]): Promise<TrainingTrainer[]> {
  const competencies = await repo.findCompetenciesOfTrainers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    employeeName: fullNameOf(r),
    nip: r.nip,
    positionName: r.position_name,
    note: r.note,
    isActive: r.is_active,
    competencies: competencies
      .filter((c) => c.trainer_id === r.id)
      .map((c) => ({ id: c.id, code: c.code, name: c.name })),
  }));
}

/** The internal trainer registry: employees and the competencies they may teach. Everybody may read it. */
export async function listTrainers(ctx: ServiceContext, actor: Actor) {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  return { items: await toTrainers(ctx.db, await repo.findTrainers(ctx.db, todayOf(ctx.now()))) };
}

async function getTrainer(ctx: ServiceContext, id: number) {
  const [row] = await repo.findTrainers(ctx.db, todayOf(ctx.now()), { id });
  if (!row) throw notFound('Pelatih');
  return (await toTrainers(ctx.db, [row]))[0]!;
}

export async function createTrainer(ctx: ServiceContext, actor: Actor, input: TrainingTrainerInput) {
  if (!policy.canManageTraining(actor)) throw forbidden('Registri pelatih hanya dikelola Admin Kepegawaian');
  const employee = await repo.findEmployeeBrief(ctx.db, input.employeeId);
  if (!employee) invalidThrow('employeeId', 'Pegawai tidak ditemukan');
  const competencyIds = await checkCompetencies(ctx.db, input.competencyIds);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTrainer(trx, {
      employee_id: input.employeeId,
      note: input.note,
      is_active: input.isActive,
    });
    await repo.replaceTrainerCompetencies(trx, id, competencyIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.trainer_registered',
      entityType: 'training_trainer',
      entityId: id,
      after: { employeeId: input.employeeId, competencyIds },
    });
    return id;
  });
  return getTrainer(ctx, id);
}

export async function updateTrainer(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: TrainingTrainerPatch,
) {
  if (!policy.canManageTraining(actor)) throw forbidden('Registri pelatih hanya dikelola Admin Kepegawaian');
  await getTrainer(ctx, id);
  const competencyIds = patch.competencyIds ? await checkCompetencies(ctx.db, patch.competencyIds) : null;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateTrainer(trx, id, {
      ...(patch.note !== undefined && { note: patch.note }),
      ...(patch.isActive !== undefined && { is_active: patch.isActive }),
      updated_at: ctx.now(),
    });
    if (competencyIds) await repo.replaceTrainerCompetencies(trx, id, competencyIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.trainer_updated',
      entityType: 'training_trainer',
      entityId: id,
      after: patch,
    });
  });
  return getTrainer(ctx, id);
}

// ---------------------------------------------------------------- sessions

/** Session DTOs with days, trainers, materials, seat counts, the actor's own enrolment and what they may do. */
export async function toSessions(
  ctx: ServiceContext,
  actor: Actor,
  rows: repo.SessionRow[],
): Promise<TrainingSession[]> {
  const ids = rows.map((r) => r.id);
  const [days, trainers, materials, counts, mine] = await Promise.all([
    repo.findDaysOfSessions(ctx.db, ids),
    repo.findTrainersOfSessions(ctx.db, ids),
    repo.findMaterialsOfSessions(ctx.db, ids),
    repo.countEnrolmentsBySession(ctx.db, ids),
    actor.employeeId !== null ? repo.findLiveEnrolmentsOfEmployee(ctx.db, actor.employeeId, ids) : [],
  ]);
  const now = ctx.now();
  const count = (sessionId: number, statuses: string[]) =>
    counts
      .filter((c) => c.session_id === sessionId && statuses.includes(c.status))
      .reduce((s, c) => s + c.n, 0);
  return rows.map((r) => {
    const sessionTrainers = trainers.filter((t) => t.session_id === r.id);
    const isTrainer =
      actor.employeeId !== null && sessionTrainers.some((t) => t.employee_id === actor.employeeId);
    const taken = count(r.id, repo.SEAT_STATUSES);
    const own = mine.find((m) => m.session_id === r.id) ?? null;
    return {
      id: r.id,
      programmeId: r.programme_id,
      programmeTitle: r.programme_title,
      titleSuffix: r.title_suffix,
      title: sessionTitleOf(r.programme_title, r.title_suffix),
      form: r.form,
      provider: r.provider,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      days: days.filter((d) => d.session_id === r.id).map((d) => d.day),
      location: r.location,
      onlineUrl: r.online_url,
      capacity: r.capacity,
      seatsTaken: taken,
      seatsLeft: Math.max(0, r.capacity - taken),
      waitlistCount: count(r.id, ['WAITLISTED']),
      pendingRequests: count(r.id, ['REQUESTED']),
      status: r.status,
      jp: r.jp,
      durationMinutes: r.duration_minutes,
      minAttendancePercent: r.min_attendance_percent,
      postTestPassMark: r.post_test_pass_mark,
      completedAt: r.completed_at?.toISOString() ?? null,
      cancelReason: r.cancel_reason,
      trainers: sessionTrainers.map((t) => ({
        id: t.id,
        kind: t.employee_id !== null ? ('INTERNAL' as const) : ('EXTERNAL' as const),
        employeeId: t.employee_id,
        name:
          t.employee_id !== null && t.name !== null
            ? fullNameOf({ ...t, name: t.name })
            : (t.external_name ?? '-'),
        organisation: t.external_organisation,
      })),
      materials: materials
        .filter((m) => m.session_id === r.id)
        .map((m) => ({
          id: m.id,
          fileName: m.file_name,
          mime: m.mime,
          size: m.size,
          createdAt: m.created_at.toISOString(),
        })),
      myEnrolment: own ? { id: own.id, status: own.status, waitlistPosition: own.waitlist_position } : null,
      can: {
        manage: policy.canManageTraining(actor),
        recordAttendance: policy.canRecordAttendance(actor, isTrainer),
        request:
          policy.canRequestEnrolment(actor) && r.status === 'OPEN' && r.starts_at > now && own === null,
      },
    };
  });
}

/** Sessions of the catalogue (cancelled ones only for HR), optionally those the actor trains. */
export async function listSessions(ctx: ServiceContext, actor: Actor, q: TrainingSessionQuery) {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  const rows = await repo.findSessions(ctx.db, {
    programmeId: q.programmeId,
    status: q.status,
    endsFrom: q.from ? startOfWibDayNumber(wibDayNumberFromIsoDate(q.from)) : undefined,
    startsBefore: q.to ? startOfWibDayNumber(wibDayNumberFromIsoDate(q.to) + 1) : undefined,
    trainerEmployeeId: q.mine ? (actor.employeeId ?? -1) : undefined,
  });
  const visible = rows.filter((r) => r.status !== 'PLANNED' || policy.canManageTraining(actor) || q.mine);
  return { items: await toSessions(ctx, actor, visible) };
}

export async function getSession(ctx: ServiceContext, actor: Actor, id: number): Promise<TrainingSession> {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  const row = await repo.findSessionById(ctx.db, id);
  if (!row) throw notFound('Sesi pelatihan');
  return (await toSessions(ctx, actor, [row]))[0]!;
}

/** Checks the attendance days lie within the session (WIB) and returns them sorted without repeats. */
function sessionDays(startsAt: Date, endsAt: Date, days: string[] | undefined): string[] {
  if (endsAt <= startsAt) invalidThrow('endsAt', 'Waktu selesai harus sesudah waktu mulai');
  const range = wibDaysBetween(startsAt, endsAt);
  if (!days) return range;
  const unique = [...new Set(days)].sort();
  const outside = unique.find((d) => !range.includes(d));
  if (outside) invalidThrow('days', `Hari ${outside} di luar rentang waktu sesi`);
  return unique;
}

async function checkTrainers(db: Database, trainers: TrainingSessionInput['trainers']) {
  const employeeIds = trainers.flatMap((t) => (t.employeeId !== undefined ? [t.employeeId] : []));
  if (new Set(employeeIds).size !== employeeIds.length)
    invalidThrow('trainers', 'Pelatih internal tercantum dua kali');
  const registered = await repo.findActiveTrainerEmployeeIds(db, employeeIds);
  const missing = employeeIds.find((id) => !registered.includes(id));
  if (missing !== undefined) {
    invalidThrow('trainers', 'Pelatih internal harus pegawai yang terdaftar aktif di registri pelatih');
  }
}

/** JP of a session: minutes ÷ 45 rounded down to 0,5 when the organiser records minutes, else as given or the programme's. */
function sessionJp(programmeJp: number, jp: number | undefined, minutes: number | null | undefined) {
  if (minutes !== null && minutes !== undefined) return jpFromMinutes(minutes);
  return jp ?? programmeJp;
}

export async function createSession(ctx: ServiceContext, actor: Actor, input: TrainingSessionInput) {
  if (!policy.canManageTraining(actor)) throw forbidden('Sesi pelatihan hanya dikelola Admin Kepegawaian');
  const programme = await repo.findProgrammeById(ctx.db, input.programmeId);
  if (!programme) invalidThrow('programmeId', 'Program pelatihan tidak ditemukan');
  if (!programme.is_active) invalidThrow('programmeId', 'Program pelatihan tidak aktif');
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const days = sessionDays(startsAt, endsAt, input.days);
  await checkTrainers(ctx.db, input.trainers);
  const settings = await loadTrainingSettings(ctx.db);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSession(trx, {
      programme_id: programme.id,
      title_suffix: input.titleSuffix,
      starts_at: startsAt,
      ends_at: endsAt,
      location: input.location,
      online_url: input.onlineUrl,
      capacity: input.capacity,
      status: input.status,
      jp: sessionJp(programme.jp, input.jp, input.durationMinutes),
      duration_minutes: input.durationMinutes ?? null,
      min_attendance_percent: input.minAttendancePercent ?? settings.minAttendancePercent,
      post_test_pass_mark: input.postTestPassMark ?? null,
      created_by: actor.userId,
    });
    await repo.replaceSessionDays(trx, id, days);
    await repo.insertSessionTrainers(
      trx,
      input.trainers.map((t) => ({
        session_id: id,
        employee_id: t.employeeId ?? null,
        external_name: t.employeeId !== undefined ? null : t.externalName,
        external_organisation: t.employeeId !== undefined ? null : t.externalOrganisation,
      })),
    );
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.session_created',
      entityType: 'training_session',
      entityId: id,
      after: { programmeId: programme.id, startsAt: input.startsAt, capacity: input.capacity },
    });
    return id;
  });
  return getSession(ctx, actor, id);
}

export async function updateSession(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: TrainingSessionPatch,
) {
  if (!policy.canManageTraining(actor)) throw forbidden('Sesi pelatihan hanya dikelola Admin Kepegawaian');
  const row = await repo.findSessionById(ctx.db, id);
  if (!row) throw notFound('Sesi pelatihan');
  if (row.completed_at) invalidThrow('status', 'Sesi yang sudah dinyatakan selesai tidak dapat diubah');
  if (patch.status === 'CANCELLED' && !patch.cancelReason)
    invalidThrow('cancelReason', 'Alasan pembatalan wajib diisi');
  const startsAt = patch.startsAt ? new Date(patch.startsAt) : row.starts_at;
  const endsAt = patch.endsAt ? new Date(patch.endsAt) : row.ends_at;
  const days =
    patch.days || patch.startsAt || patch.endsAt ? sessionDays(startsAt, endsAt, patch.days) : null;
  if (patch.trainers) await checkTrainers(ctx.db, patch.trainers);
  const programme = (await repo.findProgrammeById(ctx.db, row.programme_id))!;
  const minutes = patch.durationMinutes !== undefined ? patch.durationMinutes : row.duration_minutes;
  const jp =
    patch.jp !== undefined || patch.durationMinutes !== undefined
      ? sessionJp(programme.jp, patch.jp ?? row.jp, minutes)
      : row.jp;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, id);
    await repo.updateSession(trx, id, {
      ...(patch.titleSuffix !== undefined && { title_suffix: patch.titleSuffix }),
      starts_at: startsAt,
      ends_at: endsAt,
      ...(patch.location !== undefined && { location: patch.location }),
      ...(patch.onlineUrl !== undefined && { online_url: patch.onlineUrl }),
      ...(patch.capacity !== undefined && { capacity: patch.capacity }),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.status === 'CANCELLED' && { cancel_reason: patch.cancelReason }),
      jp,
      duration_minutes: minutes ?? null,
      ...(patch.minAttendancePercent !== undefined && { min_attendance_percent: patch.minAttendancePercent }),
      ...(patch.postTestPassMark !== undefined && { post_test_pass_mark: patch.postTestPassMark ?? null }),
      updated_at: ctx.now(),
    });
    if (days) await repo.replaceSessionDays(trx, id, days);
    if (patch.trainers) {
      const existing = (await repo.findTrainersOfSessions(trx, [id])).filter((t) => t.session_id === id);
      const keep = (t: repo.SessionTrainerRow) =>
        patch.trainers!.some((n) =>
          n.employeeId !== undefined
            ? n.employeeId === t.employee_id
            : t.employee_id === null && n.externalName === t.external_name,
        );
      await repo.deleteSessionTrainers(
        trx,
        existing.filter((t) => !keep(t)).map((t) => t.id),
      );
      await repo.insertSessionTrainers(
        trx,
        patch.trainers
          .filter(
            (n) =>
              !existing.some((t) =>
                n.employeeId !== undefined
                  ? n.employeeId === t.employee_id
                  : t.employee_id === null && n.externalName === t.external_name,
              ),
          )
          .map((n) => ({
            session_id: id,
            employee_id: n.employeeId ?? null,
            external_name: n.employeeId !== undefined ? null : n.externalName,
            external_organisation: n.employeeId !== undefined ? null : n.externalOrganisation,
          })),
      );
    }
    // More seats: the waiting list moves up at once (first come, first served).
    if (patch.capacity !== undefined && patch.capacity > row.capacity) {
      await fillSeatsFromWaitlist(trx, id, ctx.now());
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: patch.status === 'CANCELLED' ? 'training.session_cancelled' : 'training.session_updated',
      entityType: 'training_session',
      entityId: id,
      after: patch,
    });
  });
  return getSession(ctx, actor, id);
}

// ---------------------------------------------------------------- materials

/** The actor's relation to a session: one of its internal trainers, a participant with a seat. */
export async function sessionRoleOf(ctx: ServiceContext, actor: Actor, sessionId: number) {
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, sessionId, actor.employeeId));
  const own =
    actor.employeeId !== null ? await repo.findLiveEnrolment(ctx.db, sessionId, actor.employeeId) : undefined;
  const isParticipant = own !== undefined && own.status !== 'REQUESTED' && own.status !== 'WAITLISTED';
  return { isTrainer, isParticipant };
}

/** Adds a file to a session's materials (HR or the session's internal trainers), with the attachment upload rules. */
export async function addMaterial(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  file: { fileName: string; content: Buffer },
) {
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const { isTrainer } = await sessionRoleOf(ctx, actor, sessionId);
  if (!policy.canAddMaterials(actor, isTrainer)) {
    throw forbidden('Materi hanya dapat ditambahkan oleh pelatih sesi ini atau Admin Kepegawaian');
  }
  const accepted = await acceptTrainingFile(file, 'materi');
  await repo.insertMaterial(ctx.db, {
    session_id: sessionId,
    file_name: accepted.fileName,
    mime: accepted.mime,
    size: accepted.content.length,
    content: accepted.content,
    uploaded_by: actor.userId,
  });
  return getSession(ctx, actor, sessionId);
}

/** A material's file: for the session's participants, its trainers and HR. */
export async function getMaterialFile(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  materialId: number,
) {
  const file = await repo.findMaterialContent(ctx.db, materialId);
  if (!file || file.session_id !== sessionId) throw notFound('Materi');
  const { isTrainer, isParticipant } = await sessionRoleOf(ctx, actor, sessionId);
  if (!policy.canReadMaterials(actor, isParticipant, isTrainer)) {
    throw forbidden('Materi hanya untuk peserta, pelatih dan Admin Kepegawaian');
  }
  return { fileName: file.file_name, mime: file.mime, content: file.content };
}

export async function removeMaterial(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  materialId: number,
) {
  const file = await repo.findMaterialContent(ctx.db, materialId);
  if (!file || file.session_id !== sessionId) throw notFound('Materi');
  const { isTrainer } = await sessionRoleOf(ctx, actor, sessionId);
  if (!policy.canAddMaterials(actor, isTrainer)) throw forbidden();
  await repo.deleteMaterial(ctx.db, materialId);
  return getSession(ctx, actor, sessionId);
}
