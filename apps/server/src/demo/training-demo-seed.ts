import { todayOf, toWibIsoDate } from '@sim/domain';
import type { TrainingForm, TrainingProvider } from '@sim/contracts';
import type { Config } from '../config';
import type { Database } from '../db/database';
import * as perfRepo from '../modules/performance/performance.repository';
import { issueCertificate } from '../modules/training/training-certificates.service';
import { findEmployeesInOffice } from '../modules/training/training-reports.repository';

// The training demo (issue 11): a year of sessions in the current year, most taught by the two internal trainers
// (the demo employees with the PELATIH role, put in the registry with the competencies they teach), one external
// leadership course; participants who completed get attendance, JP credits, certificates and their feedback, so
// employees spread below and above the 20 JP target. The complaint-management programme addresses the competencies
// the training-needs mapping sends late complaints to (Pengelolaan Pengaduan, Pelayanan Publik); the staff who handle
// complaints have not taken it yet, so their late complaints produce a need that links to its upcoming session.
// The trainers' SKPs get an RHK tambahan whose indicators read the JP and sessions they delivered (bukti sistem).

/** The complaint-management programme (its competencies match the late-complaint need mapping). */
export const DEMO_COMPLAINT_PROGRAMME = 'Manajemen Pengaduan Masyarakat';

type DemoProgramme = {
  title: string;
  description: string;
  jp: number;
  form: TrainingForm;
  provider: TrainingProvider;
  providerName?: string;
  costPerParticipant?: number;
  competencies: string[];
  /** The internal trainer by the position a PELATIH demo employee holds, or an external trainer. */
  trainer: { position: string } | { name: string; organisation: string };
  /** Sessions: month-day of the first day, number of days, participant share (0–1), capacity. */
  sessions: { start: string; days: number; share: number; capacity: number }[];
  /** Only managers (ADMINISTRATOR/PENGAWAS positions) take it. */
  managersOnly?: boolean;
  /** Complaint handlers are left out of the sessions already held (their need shows the upcoming one). */
  skipComplaintHandlers?: boolean;
};

const PROGRAMMES: DemoProgramme[] = [
  {
    title: DEMO_COMPLAINT_PROGRAMME,
    description:
      'Menerima, memverifikasi, mendisposisikan dan menuntaskan pengaduan warga tepat waktu; komunikasi dengan pelapor; SP4N-LAPOR! dan SIM Kinerja.',
    jp: 8,
    form: 'KLASIKAL',
    provider: 'INTERNAL',
    competencies: ['PENGELOLAAN_PENGADUAN', 'PELAYANAN_PUBLIK'],
    trainer: { position: 'Pranata Komputer Ahli Pertama' },
    sessions: [
      { start: '02-10', days: 1, share: 0.3, capacity: 25 },
      { start: '07-14', days: 1, share: 0.3, capacity: 25 },
      { start: '12-15', days: 1, share: 0, capacity: 25 },
    ],
    skipComplaintHandlers: true,
  },
  {
    title: 'Pelayanan Prima bagi Petugas Garis Depan',
    description:
      'Standar pelayanan, sikap melayani, menghadapi warga yang kecewa, dan budaya BerAKHLAK di loket.',
    jp: 6,
    form: 'KLASIKAL',
    provider: 'INTERNAL',
    competencies: ['PELAYANAN_PUBLIK', 'KOMUNIKASI'],
    trainer: { position: 'Kepala Subbagian Perencanaan dan Keuangan' },
    sessions: [
      { start: '03-17', days: 1, share: 0.4, capacity: 30 },
      { start: '08-25', days: 1, share: 0.35, capacity: 30 },
    ],
  },
  {
    title: 'Penatausahaan Keuangan dan SPJ Kegiatan',
    description: 'Menyusun surat pertanggungjawaban (SPJ), bukti belanja dan pelaporan realisasi anggaran.',
    jp: 4,
    form: 'KLASIKAL',
    provider: 'INTERNAL',
    competencies: ['ORIENTASI_HASIL'],
    trainer: { position: 'Kepala Subbagian Perencanaan dan Keuangan' },
    sessions: [{ start: '05-12', days: 1, share: 0.3, capacity: 30 }],
  },
  {
    title: 'Literasi Digital dan Keamanan Data Pribadi',
    description: 'Kata sandi, phishing, berbagi dokumen kependudukan dengan aman; modul daring dan diskusi.',
    jp: 3,
    form: 'E_LEARNING',
    provider: 'INTERNAL',
    competencies: ['MENGELOLA_PERUBAHAN'],
    trainer: { position: 'Pranata Komputer Ahli Pertama' },
    sessions: [
      { start: '04-21', days: 1, share: 0.45, capacity: 40 },
      { start: '09-22', days: 1, share: 0.45, capacity: 40 },
    ],
  },
  {
    title: 'Pelatihan Kepemimpinan Pengawas',
    description: 'Kepemimpinan tim kerja, pengambilan keputusan dan pembinaan pegawai.',
    jp: 24,
    form: 'KLASIKAL',
    provider: 'EXTERNAL',
    providerName: 'BPSDM Provinsi Sumatera Selatan',
    costPerParticipant: 3_500_000,
    competencies: ['PENGAMBILAN_KEPUTUSAN', 'PENGEMBANGAN_DIRI'],
    trainer: { name: 'Drs. H. Syamsul Bahri, M.Si.', organisation: 'BPSDM Provinsi Sumatera Selatan' },
    sessions: [{ start: '06-08', days: 3, share: 0.5, capacity: 20 }],
    managersOnly: true,
  },
];

const COMMENTS = [
  'Materi langsung bisa dipakai di loket.',
  'Contoh kasusnya dari kecamatan sendiri, mudah dipahami.',
  'Waktunya kurang, mohon ditambah sesi praktik.',
  null,
  'Pelatih menjelaskan dengan sabar.',
  null,
];

/** A small deterministic hash of two numbers in [0, 1). */
const pick = (a: number, b: number) => ((((a * 2654435761) ^ (b * 40503)) >>> 0) % 1000) / 1000;

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * Seeds the training demo into a database holding the Kertapati organisation (and the performance and complaints
 * demos). Does nothing when programmes exist already. Deterministic for a given organisation and `now` (certificate
 * codes aside, which are random by design).
 */
export async function seedTrainingDemo(db: Database, _config: Config, now: Date): Promise<void> {
  if (await db.selectFrom('training_programmes').select('id').limit(1).executeTakeFirst()) return;
  const today = todayOf(now);
  const year = Number(today.slice(0, 4));
  await db.transaction().execute(async (trx) => {
    const people = await findEmployeesInOffice(trx, `${year}-01-15`);
    const positions = await trx
      .selectFrom('employee_positions as ep')
      .innerJoin('positions as p', 'p.id', 'ep.position_id')
      .select(['ep.employee_id', 'p.category'])
      .where('ep.end_date', 'is', null)
      .execute();
    const isManager = new Set(
      positions
        .filter((p) => p.category === 'ADMINISTRATOR' || p.category === 'PENGAWAS')
        .map((p) => p.employee_id),
    );
    const complaintHandlers = new Set(
      (
        await trx
          .selectFrom('complaints')
          .select('assignee_employee_id')
          .distinct()
          .where('assignee_employee_id', 'is not', null)
          .execute()
      ).map((r) => r.assignee_employee_id!),
    );
    const competencyId = new Map(
      (await trx.selectFrom('competencies').select(['id', 'code']).execute()).map((c) => [c.code, c.id]),
    );
    // The internal trainers are the demo employees with the PELATIH role, found by the position they hold.
    const pelatih = new Set(
      (
        await trx
          .selectFrom('user_roles as r')
          .innerJoin('users as u', 'u.id', 'r.user_id')
          .select('u.employee_id')
          .where('r.role', '=', 'PELATIH')
          .execute()
      ).map((r) => r.employee_id),
    );
    const trainerEmployee = (position: string) =>
      people.find((e) => e.position_name === position && pelatih.has(e.employee_id))?.employee_id;

    // The registry: the PELATIH demo employees with the competencies of the programmes they teach.
    const trainerIds = new Map<number, number>();
    for (const p of PROGRAMMES) {
      if (!('position' in p.trainer)) continue;
      const employeeId = trainerEmployee(p.trainer.position);
      if (employeeId === undefined) continue;
      let trainerId = trainerIds.get(employeeId);
      if (trainerId === undefined) {
        trainerId = (
          await trx
            .insertInto('training_trainers')
            .values({ employee_id: employeeId, note: 'Pelatih internal Kecamatan Kertapati' })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
        trainerIds.set(employeeId, trainerId);
      }
      for (const code of p.competencies) {
        const cid = competencyId.get(code);
        if (cid === undefined) continue;
        await trx
          .insertInto('training_trainer_competencies')
          .values({ trainer_id: trainerId, competency_id: cid })
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }

    for (const [pi, p] of PROGRAMMES.entries()) {
      const programme = await trx
        .insertInto('training_programmes')
        .values({
          title: p.title,
          description: p.description,
          jp: p.jp,
          form: p.form,
          provider: p.provider,
          provider_name: p.providerName ?? null,
          cost_per_participant: p.costPerParticipant ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const code of p.competencies) {
        const cid = competencyId.get(code);
        if (cid !== undefined) {
          await trx
            .insertInto('training_programme_competencies')
            .values({ programme_id: programme.id, competency_id: cid })
            .execute();
        }
      }
      for (const [si, s] of p.sessions.entries()) {
        const firstDay = `${year}-${s.start}`;
        const days = Array.from({ length: s.days }, (_, i) => addDays(firstDay, i));
        const startsAt = new Date(`${firstDay}T08:00:00+07:00`);
        const endsAt = new Date(`${days.at(-1)}T15:30:00+07:00`);
        const isPast = endsAt.getTime() < now.getTime();
        const session = await trx
          .insertInto('training_sessions')
          .values({
            programme_id: programme.id,
            title_suffix: `Angkatan ${['I', 'II', 'III'][si]}`,
            starts_at: startsAt,
            ends_at: endsAt,
            location:
              p.form === 'E_LEARNING' ? null : 'Aula Kantor Camat Kertapati, Jl. Abikusno Cokrosuyoso',
            online_url:
              p.form === 'E_LEARNING' ? 'https://elearning.palembang.go.id/kelas/literasi-digital' : null,
            capacity: s.capacity,
            status: isPast ? 'CLOSED' : 'OPEN',
            jp: p.jp,
            min_attendance_percent: 100,
            completed_at: isPast ? endsAt : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('training_session_days')
          .values(days.map((day) => ({ session_id: session.id, day })))
          .execute();
        const trainerEmployeeId = 'position' in p.trainer ? trainerEmployee(p.trainer.position) : undefined;
        const sessionTrainer = await trx
          .insertInto('training_session_trainers')
          .values(
            'position' in p.trainer
              ? { session_id: session.id, employee_id: trainerEmployeeId ?? null, external_name: null }
              : {
                  session_id: session.id,
                  external_name: p.trainer.name,
                  external_organisation: p.trainer.organisation,
                },
          )
          .returning('id')
          .executeTakeFirstOrThrow();
        if (!isPast) continue;
        const participants = people
          .filter((e) => e.employee_id !== trainerEmployeeId)
          .filter((e) => !p.managersOnly || isManager.has(e.employee_id))
          .filter((e) => !p.skipComplaintHandlers || !complaintHandlers.has(e.employee_id))
          .filter((e) => pick(e.employee_id, pi * 10 + si + 1) < (p.managersOnly ? 0.6 : s.share))
          .slice(0, s.capacity);
        for (const [ei, e] of participants.entries()) {
          const enrolment = await trx
            .insertInto('training_enrolments')
            .values({
              session_id: session.id,
              employee_id: e.employee_id,
              status: 'COMPLETED',
              origin: ei % 3 === 0 ? 'ASSIGNMENT' : 'REQUEST',
              decided_at: new Date(startsAt.getTime() - 7 * 86_400_000),
              decided_by_name: 'Atasan langsung',
              attendance_percent: 100,
              completed_at: endsAt,
              created_at: new Date(startsAt.getTime() - 14 * 86_400_000),
              updated_at: endsAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('training_attendance')
            .values(
              days.map((day) => ({ enrolment_id: enrolment.id, session_id: session.id, day, present: true })),
            )
            .execute();
          await trx
            .insertInto('training_jp_credits')
            .values({
              employee_id: e.employee_id,
              year,
              jp: p.jp,
              source: 'SESSION',
              enrolment_id: enrolment.id,
              title: `${p.title} — Angkatan ${['I', 'II', 'III'][si]}`,
              completed_on: toWibIsoDate(endsAt),
              credited_at: endsAt,
            })
            .execute();
          // The certificate as the completion issues it (its code verifies on /verifikasi/<kode>).
          await issueCertificate(trx, enrolment.id, null, endsAt);
          // Most participants leave feedback: 3–5 for the session and the trainer, sometimes a comment.
          if (pick(e.employee_id, pi + si + 7) < 0.8) {
            const rating = 3 + Math.floor(pick(e.employee_id, pi * 3 + si) * 3);
            const fb = await trx
              .insertInto('training_feedback')
              .values({
                enrolment_id: enrolment.id,
                session_rating: rating,
                comment: COMMENTS[(e.employee_id + si) % COMMENTS.length] ?? null,
                created_at: endsAt,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            await trx
              .insertInto('training_feedback_trainers')
              .values({
                feedback_id: fb.id,
                session_trainer_id: sessionTrainer.id,
                rating: Math.min(5, rating + (ei % 2)),
              })
              .execute();
          }
        }
      }
    }

    // Bukti sistem: each internal trainer's SKP of the year gets an RHK tambahan read from the sessions delivered.
    for (const employeeId of trainerIds.keys()) {
      const skp = await trx
        .selectFrom('perf_skps as s')
        .innerJoin('perf_years as y', 'y.id', 's.year_id')
        .select(['s.id'])
        .where('s.employee_id', '=', employeeId)
        .where('y.year', '=', year)
        .orderBy('s.id', 'desc')
        .executeTakeFirst();
      if (!skp) continue;
      const { id: rhkId } = await perfRepo.insertRhk(trx, {
        skp_id: skp.id,
        section: 'TAMBAHAN',
        text: 'Terlaksananya pelatihan internal bagi pegawai Kecamatan Kertapati',
        parent_rhk_id: null,
        perspektif: null,
        sort: 10,
      });
      await perfRepo.insertIndicator(trx, {
        rhk_id: rhkId,
        aspek: 'KUANTITAS',
        text: 'Jumlah JP pelatihan yang diajarkan sebagai pelatih internal',
        target_kind: 'NUMBER',
        target_value: 24,
        target_unit: 'JP',
        target_date: null,
        target_text: null,
        system_source: 'TRAINING_JP_DELIVERED',
        sort: 0,
      });
      await perfRepo.insertIndicator(trx, {
        rhk_id: rhkId,
        aspek: 'KUANTITAS',
        text: 'Jumlah sesi pelatihan yang diajarkan',
        target_kind: 'NUMBER',
        target_value: 4,
        target_unit: 'sesi',
        target_date: null,
        target_text: null,
        system_source: 'TRAINING_SESSIONS_DELIVERED',
        sort: 1,
      });
    }
  });
}
