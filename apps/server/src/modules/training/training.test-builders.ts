import type { TrainingEnrolmentStatus, TrainingForm, TrainingSessionStatus } from '@sim/contracts';
import type { Database } from '../../db/database';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';

let seq = 0;

/**
 * A small office for training tests: Camat ← Kasi ← Staf, Staf 2 (seksi) and Lurah ← Staf Kelurahan, an internal
 * trainer (PELATIH) in the seksi, and an Admin Kepegawaian account. Everybody logged in.
 */
export async function seedTrainingOffice(t: TestApp) {
  const tree = await seedOrgTree(t.db);
  const camat = await seedEmployee(t.db, {
    name: 'Camat Uji',
    positionId: tree.positions.camat,
    roles: ['PIMPINAN'],
  });
  const kasi = await seedEmployee(t.db, { name: 'Kasi Uji', positionId: tree.positions.kasi, login: true });
  const staf = await seedEmployee(t.db, { name: 'Staf Uji', positionId: tree.positions.staf, login: true });
  const staf2 = await seedEmployee(t.db, { name: 'Staf Dua', positionId: tree.positions.staf, login: true });
  const staf3 = await seedEmployee(t.db, { name: 'Staf Tiga', positionId: tree.positions.staf, login: true });
  const lurah = await seedEmployee(t.db, {
    name: 'Lurah Uji',
    positionId: tree.positions.lurah,
    login: true,
  });
  const pelatih = await seedEmployee(t.db, {
    name: 'Pelatih Uji',
    positionId: tree.positions.stafKel,
    roles: ['PELATIH'],
  });
  await seedUser(t.db, { username: 'admin-pelatihan', roles: ['ADMIN_KEPEGAWAIAN'] });
  return {
    tree,
    ids: {
      camat: camat.id,
      kasi: kasi.id,
      staf: staf.id,
      staf2: staf2.id,
      staf3: staf3.id,
      lurah: lurah.id,
      pelatih: pelatih.id,
    },
    cookies: {
      camat: await t.login(camat.username!),
      kasi: await t.login(kasi.username!),
      staf: await t.login(staf.username!),
      staf2: await t.login(staf2.username!),
      staf3: await t.login(staf3.username!),
      lurah: await t.login(lurah.username!),
      pelatih: await t.login(pelatih.username!),
      admin: await t.login('admin-pelatihan'),
    },
  };
}
export type TrainingOffice = Awaited<ReturnType<typeof seedTrainingOffice>>;

/** A persisted programme (internal, klasikal, 8 JP unless told). */
export async function seedProgramme(
  db: Database,
  overrides: {
    title?: string;
    jp?: number;
    form?: TrainingForm;
    provider?: 'INTERNAL' | 'EXTERNAL';
    isActive?: boolean;
  } = {},
) {
  seq += 1;
  const row = await db
    .insertInto('training_programmes')
    .values({
      title: overrides.title ?? `Pelatihan Uji ${seq}`,
      description: 'Program untuk pengujian',
      jp: overrides.jp ?? 8,
      form: overrides.form ?? 'KLASIKAL',
      provider: overrides.provider ?? 'INTERNAL',
      is_active: overrides.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An employee in the internal trainer registry. */
export async function seedTrainer(db: Database, employeeId: number) {
  const row = await db
    .insertInto('training_trainers')
    .values({ employee_id: employeeId, note: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A persisted session of a programme: open, 2 seats, two days from `startsAt` (08:00–16:00 WIB), 100% attendance
 * rule, the programme's JP, optionally with an internal trainer (employee id).
 */
export async function seedSession(
  db: Database,
  overrides: {
    programmeId: number;
    startsOn?: string;
    days?: number;
    capacity?: number;
    status?: TrainingSessionStatus;
    jp?: number;
    minAttendancePercent?: number;
    postTestPassMark?: number | null;
    trainerEmployeeId?: number;
  },
) {
  const startsOn = overrides.startsOn ?? '2026-05-11';
  const dayCount = overrides.days ?? 2;
  const start = new Date(`${startsOn}T08:00:00+07:00`);
  const days = Array.from({ length: dayCount }, (_, i) =>
    new Date(start.getTime() + i * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10),
  );
  const programme = await db
    .selectFrom('training_programmes')
    .select('jp')
    .where('id', '=', overrides.programmeId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('training_sessions')
    .values({
      programme_id: overrides.programmeId,
      title_suffix: 'Angkatan Uji',
      starts_at: start,
      ends_at: new Date(start.getTime() + (dayCount - 1) * 86_400_000 + 8 * 3_600_000),
      location: 'Aula Kantor Camat',
      capacity: overrides.capacity ?? 2,
      status: overrides.status ?? 'OPEN',
      jp: overrides.jp ?? programme.jp,
      min_attendance_percent: overrides.minAttendancePercent ?? 100,
      post_test_pass_mark: overrides.postTestPassMark ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('training_session_days')
    .values(days.map((day) => ({ session_id: row.id, day })))
    .execute();
  if (overrides.trainerEmployeeId !== undefined) {
    await db
      .insertInto('training_session_trainers')
      .values({ session_id: row.id, employee_id: overrides.trainerEmployeeId })
      .execute();
  }
  return { id: row.id, days };
}

/** A persisted enrolment (APPROVED by assignment unless told). */
export async function seedEnrolment(
  db: Database,
  overrides: { sessionId: number; employeeId: number; status?: TrainingEnrolmentStatus; waitlistedAt?: Date },
) {
  const status = overrides.status ?? 'APPROVED';
  const row = await db
    .insertInto('training_enrolments')
    .values({
      session_id: overrides.sessionId,
      employee_id: overrides.employeeId,
      status,
      origin: 'ASSIGNMENT',
      waitlisted_at: status === 'WAITLISTED' ? (overrides.waitlistedAt ?? new Date()) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function api(t: TestApp) {
  return {
    get: (url: string, cookie?: string) =>
      t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} }),
    send: (
      method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
      url: string,
      cookie: string | undefined,
      payload?: object,
    ) => t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} }),
  };
}
