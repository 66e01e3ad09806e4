import type { Database } from '../../db/database';

// Test data for the training figures: JP credits and sessions an internal trainer delivered, persisted directly in
// training's tables (the enrolment and attendance workflow that produces them in the product has its own tests).

let seq = 0;

/** A persisted JP credit (a completed session elsewhere or approved external evidence) for an employee. */
export async function seedJpCredit(
  db: Database,
  o: { employeeId: number; jp: number; year?: number; completedOn?: string; title?: string },
) {
  const n = ++seq;
  const completedOn = o.completedOn ?? `${o.year ?? 2026}-03-10`;
  const evidence = await db
    .insertInto('training_external_evidence')
    .values({
      employee_id: o.employeeId,
      title: o.title ?? `Pelatihan Uji ${n}`,
      organiser: 'BPSDM Uji',
      form: 'KLASIKAL',
      starts_on: completedOn,
      ends_on: completedOn,
      jp: o.jp,
      file_name: 'sertifikat.pdf',
      mime: 'application/pdf',
      size: 4,
      content: Buffer.from('%PDF'),
      status: 'APPROVED',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('training_jp_credits')
    .values({
      employee_id: o.employeeId,
      year: o.year ?? Number(completedOn.slice(0, 4)),
      jp: o.jp,
      source: 'EXTERNAL',
      evidence_id: evidence.id,
      title: o.title ?? `Pelatihan Uji ${n}`,
      completed_on: completedOn,
    })
    .execute();
}

/**
 * A completed session of an internal programme taught by the given internal trainers (and optionally an external
 * one), with `participants` who completed it and their ratings of the first trainer.
 */
export async function seedDeliveredSession(
  db: Database,
  o: {
    trainerIds: number[];
    participantIds?: number[];
    ratings?: number[];
    jp?: number;
    endsAt?: Date;
    externalTrainer?: boolean;
    completed?: boolean;
    title?: string;
  },
) {
  const n = ++seq;
  const endsAt = o.endsAt ?? new Date('2026-02-10T09:00:00Z');
  const programme = await db
    .insertInto('training_programmes')
    .values({
      title: o.title ?? `Program Uji ${n}`,
      jp: o.jp ?? 8,
      form: 'KLASIKAL',
      provider: 'INTERNAL',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await db
    .insertInto('training_sessions')
    .values({
      programme_id: programme.id,
      starts_at: new Date(endsAt.getTime() - 8 * 3_600_000),
      ends_at: endsAt,
      capacity: 30,
      status: 'CLOSED',
      jp: o.jp ?? 8,
      min_attendance_percent: 100,
      completed_at: o.completed === false ? null : endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const trainerRows = [];
  for (const employeeId of o.trainerIds) {
    trainerRows.push(
      await db
        .insertInto('training_session_trainers')
        .values({ session_id: session.id, employee_id: employeeId })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  }
  if (o.externalTrainer) {
    await db
      .insertInto('training_session_trainers')
      .values({ session_id: session.id, external_name: 'Narasumber Luar', external_organisation: 'BPSDM' })
      .execute();
  }
  const participants = o.participantIds ?? [];
  for (const [i, employeeId] of participants.entries()) {
    const enrolment = await db
      .insertInto('training_enrolments')
      .values({
        session_id: session.id,
        employee_id: employeeId,
        status: 'COMPLETED',
        origin: 'ASSIGNMENT',
        completed_at: endsAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rating = o.ratings?.[i];
    if (rating !== undefined && trainerRows[0]) {
      const fb = await db
        .insertInto('training_feedback')
        .values({ enrolment_id: enrolment.id, session_rating: rating })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('training_feedback_trainers')
        .values({ feedback_id: fb.id, session_trainer_id: trainerRows[0].id, rating })
        .execute();
    }
  }
  return { sessionId: session.id, programmeId: programme.id };
}

/** Puts an employee in the internal trainer registry. */
export async function seedTrainer(db: Database, employeeId: number, note: string | null = null) {
  return db
    .insertInto('training_trainers')
    .values({ employee_id: employeeId, note })
    .returning('id')
    .executeTakeFirstOrThrow();
}
