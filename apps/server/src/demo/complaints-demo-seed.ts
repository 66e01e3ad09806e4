import { createHash, randomBytes } from 'node:crypto';
import {
  addWorkingDays,
  computeSlaDeadline,
  countElapsedWorkingDays,
  getAutoCloseAt,
  type SlaPause,
} from '@sim/domain';
import type { ComplaintStatus, RejectReason } from '@sim/contracts';
import { sql } from 'kysely';
import type { Config } from '../config';
import { systemContext } from '../lib/actor';
import { recordAudit } from '../modules/audit/audit.service';
import {
  loadSlaPolicy,
  loadWorkCalendar,
  resolutionDaysOf,
} from '../modules/complaints/complaint-settings.service';
import { deadlineParam } from '../modules/complaints/complaint-common';
import { codedMessage } from '../modules/complaints/complaints.repository';
import { findUnitSubtreeIds } from '../modules/org/org.service';
import { activeOn } from '../modules/org/org-queries';
import type { Database } from '../db/database';
import type { ComplaintPause } from '../db/schema';

// Demo complaints for Kecamatan Kertapati: the service catalogue (one category with a required Open311
// attribute), the demo Open311 API key (config.demoOpen311Key) and a few hundred complaints across 2026 with
// realistic timing — most on time, some late, some paused, reopened, rejected or still open — assigned to the demo
// employees of each category's unit. Deterministic: a seeded PRNG decides everything except the tracking secrets.

const HOUR = 3_600_000;

/** Tracking secret of the first demo complaint, so the guide can show a working tracking link. */
export const DEMO_TRACKING_SECRET = 'DemoLacakKertapati2026-KTP000001';

type CategorySeed = {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string;
  unit: string;
  complexity: 'RINGAN' | 'NORMATIF' | 'KOMPLEKS' | 'PEMERIKSAAN';
  isIntegrity?: boolean;
  weight: number;
  attributes?: {
    code: string;
    datatype: string;
    required: boolean;
    description: string;
    values?: { key: string; name: string }[];
  }[];
  samples: string[];
};

const CATEGORIES: CategorySeed[] = [
  {
    code: 'ADMINDUK',
    name: 'Layanan administrasi kependudukan (KTP-el, KK)',
    description: 'Keterlambatan atau kesalahan pengurusan KTP-el, KK dan surat pindah di kecamatan.',
    group: 'Pelayanan',
    keywords: 'ktp,kk,adminduk,paten',
    unit: 'Seksi Pelayanan Umum (PATEN)',
    complexity: 'NORMATIF',
    weight: 18,
    samples: [
      'KTP-el saya belum jadi padahal sudah lebih dari sebulan sejak perekaman di kecamatan.',
      'Nama di Kartu Keluarga salah ketik, sudah mengajukan perbaikan tetapi belum ada kabar.',
      'Antrean layanan PATEN sangat panjang dan nomor antrean tidak dipanggil berurutan.',
    ],
  },
  {
    code: 'SURAT',
    name: 'Surat pengantar dan rekomendasi',
    description: 'Surat keterangan, pengantar dan rekomendasi yang diterbitkan kecamatan.',
    group: 'Pelayanan',
    keywords: 'surat,pengantar,rekomendasi',
    unit: 'Seksi Pelayanan Umum (PATEN)',
    complexity: 'RINGAN',
    weight: 12,
    samples: [
      'Surat keterangan ahli waris belum ditandatangani walau berkas sudah lengkap.',
      'Permohonan surat rekomendasi usaha mikro belum diproses.',
    ],
  },
  {
    code: 'JALAN',
    name: 'Jalan lingkungan rusak',
    description: 'Jalan lingkungan berlubang, amblas atau rusak di wilayah Kecamatan Kertapati.',
    group: 'Prasarana',
    keywords: 'jalan,lubang,rusak,aspal',
    unit: 'Seksi Pemberdayaan Masyarakat',
    complexity: 'KOMPLEKS',
    weight: 14,
    attributes: [
      {
        code: 'tingkat_kerusakan',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Tingkat kerusakan jalan',
        values: [
          { key: 'ringan', name: 'Ringan (retak/berlubang kecil)' },
          { key: 'sedang', name: 'Sedang (berlubang besar)' },
          { key: 'berat', name: 'Berat (amblas/tidak bisa dilalui)' },
        ],
      },
    ],
    samples: [
      'Jalan di lorong depan masjid berlubang besar dan tergenang saat hujan.',
      'Jalan setapak menuju sekolah amblas sehingga motor tidak bisa lewat.',
    ],
  },
  {
    code: 'LAMPU',
    name: 'Penerangan jalan umum mati',
    description: 'Lampu penerangan jalan umum padam atau rusak.',
    group: 'Prasarana',
    keywords: 'lampu,pju,gelap',
    unit: 'Seksi Pemberdayaan Masyarakat',
    complexity: 'NORMATIF',
    weight: 12,
    samples: [
      'Lampu jalan di simpang tiga padam sejak seminggu, rawan kejahatan malam hari.',
      'Tiang lampu PJU miring dan kabelnya menjuntai.',
    ],
  },
  {
    code: 'SAMPAH',
    name: 'Sampah dan kebersihan lingkungan',
    description: 'Sampah menumpuk, TPS penuh, atau pembuangan sampah liar.',
    group: 'Lingkungan',
    keywords: 'sampah,tps,kebersihan',
    unit: 'Seksi Pemberdayaan Masyarakat',
    complexity: 'RINGAN',
    weight: 12,
    samples: [
      'Sampah di TPS pinggir jalan sudah tiga hari tidak diangkut dan berbau.',
      'Ada pembuangan sampah liar di lahan kosong dekat sungai.',
    ],
  },
  {
    code: 'DRAINASE',
    name: 'Drainase tersumbat dan genangan',
    description: 'Saluran air tersumbat atau genangan/banjir lingkungan.',
    group: 'Lingkungan',
    keywords: 'banjir,drainase,got,genangan',
    unit: 'Seksi Pemberdayaan Masyarakat',
    complexity: 'KOMPLEKS',
    weight: 8,
    samples: ['Got di depan rumah tersumbat sehingga air meluap ke jalan setiap hujan.'],
  },
  {
    code: 'TRANTIB',
    name: 'Gangguan ketenteraman dan ketertiban',
    description: 'Pedagang di badan jalan, keributan, parkir liar dan gangguan ketertiban umum.',
    group: 'Ketertiban',
    keywords: 'trantib,ketertiban,parkir,pkl',
    unit: 'Seksi Ketenteraman dan Ketertiban Umum',
    complexity: 'NORMATIF',
    weight: 9,
    samples: [
      'Pedagang berjualan di badan jalan sehingga macet setiap pagi.',
      'Parkir liar di depan pasar menghalangi akses ambulans.',
    ],
  },
  {
    code: 'BANSOS',
    name: 'Bantuan sosial',
    description: 'Penyaluran bantuan sosial, DTKS dan layanan kesejahteraan sosial.',
    group: 'Sosial',
    keywords: 'bansos,dtks,pkh,bantuan',
    unit: 'Seksi Kesejahteraan Sosial',
    complexity: 'NORMATIF',
    weight: 8,
    samples: ['Keluarga kami layak menerima bantuan tetapi tidak terdaftar di DTKS.'],
  },
  {
    code: 'PETUGAS',
    name: 'Sikap dan kinerja petugas pelayanan',
    description: 'Keluhan tentang sikap, ketepatan waktu atau kompetensi petugas.',
    group: 'Pelayanan',
    keywords: 'petugas,sikap,pelayanan',
    unit: 'Subbagian Umum dan Kepegawaian',
    complexity: 'PEMERIKSAAN',
    weight: 4,
    samples: ['Petugas loket tidak ada di tempat pada jam pelayanan.'],
  },
  {
    code: 'PUNGLI',
    name: 'Permintaan imbalan (pungli)',
    description: 'Laporan permintaan uang atau imbalan di luar ketentuan. Otomatis Rahasia.',
    group: 'Integritas',
    keywords: 'pungli,imbalan,suap',
    unit: 'Sekretariat Kecamatan',
    complexity: 'PEMERIKSAAN',
    isIntegrity: true,
    weight: 3,
    samples: ['Saya diminta membayar agar surat cepat selesai, padahal layanan ini gratis.'],
  },
];

const STREETS = [
  'Jl. Abikusno Cokrosuyoso',
  'Jl. Ki Marogan',
  'Jl. Mayjen Yusuf Singadekane',
  'Jl. Pertahanan',
  'Jl. Sungai Tawar',
  'Lr. Tanjung Mulia',
  'Jl. Kemas Rindo',
  'Lr. Pelita',
];
const NAMES = [
  'Siti Aminah',
  'Ahmad Fauzi',
  'Rina Marlina',
  'Muhammad Rizki',
  'Yuliana',
  'Dedi Kurniawan',
  'Nurhayati',
];

function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type EventSeed = {
  at: Date;
  type: string;
  isPublic: boolean;
  label: string;
  /** A staff member's or citizen's own words (free text, shown as written). */
  message?: string;
  /** A system line, stored as a code with parameters so it reads in each reader's language. */
  coded?: ReturnType<typeof codedMessage>;
  userId: number | null;
};

/**
 * Seeds the complaint demo once (nothing happens when a category exists). Call after the organisation demo seed,
 * with the demo clock's `now`; complaints are spread from early January 2026 to `now`.
 */
export async function seedComplaintsDemo(
  db: Database,
  config: Config,
  now: Date,
): Promise<{ categories: number; complaints: number } | null> {
  const existing = await db.selectFrom('complaint_categories').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  // Works inside the caller's transaction (e.g. the demo seed's) or opens its own.
  const seed = async (trx: Database) => {
    await sql`lock table complaint_categories in exclusive mode`.execute(trx);
    if (await trx.selectFrom('complaint_categories').select('id').limit(1).executeTakeFirst()) return null;
    const random = seededRandom(2026_11_28);
    const policy = await loadSlaPolicy(trx);
    const calendar = await loadWorkCalendar(trx);
    const units = await trx.selectFrom('org_units').select(['id', 'name', 'type']).execute();
    const kecamatan = units.find((u) => u.type === 'KECAMATAN') ?? units[0];
    if (!kecamatan) return null;
    const kelurahan = units
      .filter((u) => u.type === 'KELURAHAN')
      .map((u) => u.name.replace(/^Kelurahan\s+/i, ''));
    const today = new Date(now.getTime() + 7 * HOUR).toISOString().slice(0, 10);

    const desk = await trx
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.role', '=', 'PETUGAS_PENGADUAN')
      .orderBy('u.id')
      .executeTakeFirst();
    const deskId = desk?.id ?? null;

    const categories: {
      id: number;
      seed: CategorySeed;
      unitId: number;
      unitName: string;
      days: number;
      staff: number[];
    }[] = [];
    for (const c of CATEGORIES) {
      const unit = units.find((u) => u.name === c.unit) ?? kecamatan;
      const { id } = await trx
        .insertInto('complaint_categories')
        .values({
          code: c.code,
          name: c.name,
          description: c.description,
          group_name: c.group,
          keywords: c.keywords,
          unit_id: unit.id,
          complexity: c.complexity,
          resolution_days: null,
          is_integrity: c.isIntegrity ?? false,
          attributes: JSON.stringify(c.attributes ?? []),
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const subtree = await findUnitSubtreeIds(trx, unit.id);
      const staff = await trx
        .selectFrom('employee_positions as ep')
        .innerJoin('positions as p', 'p.id', 'ep.position_id')
        .innerJoin('employees as e', 'e.id', 'ep.employee_id')
        .select('e.id')
        .where('p.unit_id', 'in', subtree)
        .where('e.is_active', '=', true)
        .where(activeOn('ep', today))
        .orderBy('e.id')
        .execute();
      categories.push({
        id,
        seed: c,
        unitId: unit.id,
        unitName: unit.name,
        days: resolutionDaysOf(policy, c.complexity, null),
        staff: [...new Set(staff.map((s) => s.id))],
      });
    }

    await trx
      .insertInto('open311_api_keys')
      .values({
        name: 'Kunci demo Open311',
        key_hash: hash(config.demoOpen311Key),
        prefix: config.demoOpen311Key.slice(0, 6),
      })
      .execute();

    // Working-hours instant on the dth working day after `start` (10:00–16:00 WIB), never before `start`.
    const onWorkingDay = (start: Date, d: number) => {
      const end = addWorkingDays(start, d, calendar).getTime();
      const at = new Date(end - (8 + random.next() * 6) * HOUR);
      return at.getTime() > start.getTime() ? at : new Date(start.getTime() + HOUR);
    };

    const weights = categories.flatMap((c) => Array.from({ length: c.seed.weight }, () => c));
    const yearStart = new Date('2026-01-05T03:00:00Z');
    const end = Math.min(now.getTime() - 2 * HOUR, new Date('2026-12-31T09:00:00Z').getTime());
    const count = end > yearStart.getTime() ? 320 : 0;
    const arrivals = Array.from(
      { length: count },
      () => yearStart.getTime() + random.next() * (end - yearStart.getTime()),
    )
      .sort((a, b) => a - b)
      .map((ms) => new Date(ms));

    let seq = 0;
    for (const receivedAt of arrivals) {
      seq += 1;
      const category = random.pick(weights);
      const c = category.seed;
      const ticket = `KTP-2026-${String(seq).padStart(6, '0')}`;
      const channel = random.chance(0.7) ? 'WEB' : random.pick(['WALK_IN', 'PHONE', 'OPEN311'] as const);
      const isAnonymous = random.chance(0.1);
      const isIntegrity = c.isIntegrity === true;
      const events: EventSeed[] = [
        {
          at: receivedAt,
          type: 'DITERIMA',
          isPublic: true,
          label: channel === 'WALK_IN' || channel === 'PHONE' ? 'Petugas Pengaduan' : 'Pelapor',
          coded: codedMessage('RECEIVED', { channel, ticket }),
          userId: null,
        },
      ];
      const row = {
        status: 'DITERIMA' as ComplaintStatus,
        paused_status: null as ComplaintStatus | null,
        unit_id: category.unitId as number | null,
        assignee_employee_id: null as number | null,
        verifier_user_id: null as number | null,
        verified_at: null as Date | null,
        window_started_at: receivedAt,
        window_days: policy.verificationDays,
        window_cycle: 0,
        pauses: [] as ComplaintPause[],
        deadline_at: null as Date | null,
        first_response_at: null as Date | null,
        resolved_at: null as Date | null,
        resolution_working_days: null as number | null,
        closed_at: null as Date | null,
        close_reason: null as string | null,
        reject_reason: null as RejectReason | null,
        reject_note: null as string | null,
        reopen_count: 0,
        escalation_level: 0,
        was_breached: false,
        rating: null as number | null,
        rating_comment: null as string | null,
        rated_at: null as Date | null,
        updated_at: receivedAt,
      };
      const verifiedAt = onWorkingDay(receivedAt, random.chance(0.05) ? random.int(4, 5) : random.int(0, 2));
      const finish = () => {
        row.deadline_at =
          row.window_started_at &&
          row.status !== 'DITOLAK' &&
          row.status !== 'SELESAI' &&
          row.status !== 'DITUTUP'
            ? computeSlaDeadline(
                {
                  start: row.window_started_at,
                  days: row.window_days,
                  pauses: row.pauses.map((p) => ({
                    from: new Date(p.from),
                    to: p.to ? new Date(p.to) : null,
                  })),
                },
                calendar,
              )
            : null;
      };

      if (verifiedAt.getTime() < now.getTime()) {
        if (random.chance(0.06) && !isIntegrity) {
          const reason = random.pick(['BUKAN_WEWENANG', 'TIDAK_LENGKAP'] as const);
          Object.assign(row, {
            status: 'DITOLAK',
            reject_reason: reason,
            reject_note:
              reason === 'BUKAN_WEWENANG'
                ? 'Kewenangan Dinas PUPR Kota Palembang; silakan lapor melalui SP4N-LAPOR!.'
                : 'Mohon lengkapi lokasi dan uraian kejadian.',
            verifier_user_id: deskId,
            closed_at: verifiedAt,
            close_reason: 'DITOLAK',
            updated_at: verifiedAt,
          });
          events.push({
            at: verifiedAt,
            type: 'DITOLAK',
            isPublic: true,
            label: 'Petugas Pengaduan',
            coded: codedMessage('REJECTED', { reason, note: row.reject_note! }),
            userId: deskId,
          });
        } else if (category.staff.length > 0) {
          const assignee = random.pick(category.staff);
          const dispositionAt = new Date(verifiedAt.getTime() + 10 * 60_000);
          Object.assign(row, {
            status: 'DIDISPOSISI',
            verifier_user_id: deskId,
            verified_at: verifiedAt,
            assignee_employee_id: assignee,
            window_started_at: dispositionAt,
            window_days: category.days,
            window_cycle: 1,
            updated_at: dispositionAt,
          });
          events.push(
            {
              at: verifiedAt,
              type: 'DIVERIFIKASI',
              isPublic: true,
              label: 'Petugas Pengaduan',
              coded: codedMessage('VERIFIED'),
              userId: deskId,
            },
            {
              at: dispositionAt,
              type: 'DIDISPOSISI',
              isPublic: true,
              label: 'Petugas Pengaduan',
              coded: codedMessage('DISPOSED', { unit: category.unitName }),
              userId: deskId,
            },
          );
          simulateHandling(dispositionAt);
        }
      }
      finish();
      if (row.deadline_at && now.getTime() > row.deadline_at.getTime() && row.window_cycle > 0)
        row.was_breached = true;

      function simulateHandling(start: Date) {
        const firstAt = onWorkingDay(start, random.int(0, Math.min(2, category.days)));
        if (firstAt.getTime() >= now.getTime()) return;
        Object.assign(row, { status: 'DIPROSES', first_response_at: firstAt, updated_at: firstAt });
        events.push({
          at: firstAt,
          type: 'PROGRES',
          isPublic: true,
          label: 'Petugas penanganan',
          message: 'Pengaduan sedang ditindaklanjuti; petugas akan mengecek ke lokasi.',
          userId: null,
        });
        const pauses: SlaPause[] = [];
        if (random.chance(0.1)) {
          const from = new Date(firstAt.getTime() + 2 * HOUR);
          const to = new Date(from.getTime() + random.int(20, 70) * HOUR);
          if (to.getTime() < now.getTime()) {
            pauses.push({ from, to });
            events.push(
              {
                at: from,
                type: 'MINTA_INFO',
                isPublic: true,
                label: 'Petugas penanganan',
                message: 'Mohon kirim foto dan patokan lokasi yang lebih jelas.',
                userId: null,
              },
              {
                at: to,
                type: 'INFO_PELAPOR',
                isPublic: true,
                label: 'Pelapor',
                message: 'Lokasinya di samping warung, foto sudah saya lampirkan.',
                userId: null,
              },
            );
          } else if (from.getTime() < now.getTime()) {
            row.status = 'MENUNGGU_INFO';
            row.paused_status = 'DIPROSES';
            row.pauses = [{ from: from.toISOString(), to: null }];
            events.push({
              at: from,
              type: 'MINTA_INFO',
              isPublic: true,
              label: 'Petugas penanganan',
              message: 'Mohon kirim foto lokasi.',
              userId: null,
            });
            return;
          }
        }
        row.pauses = pauses.map((p) => ({ from: p.from.toISOString(), to: p.to!.toISOString() }));
        const late = random.chance(0.14);
        const clock = { start, days: category.days, pauses };
        const deadline = computeSlaDeadline(clock, calendar)!;
        let resolvedAt = late
          ? new Date(
              addWorkingDays(deadline, random.int(1, 4), calendar).getTime() - random.int(8, 14) * HOUR,
            )
          : onWorkingDay(start, random.int(1, Math.max(1, category.days)));
        for (const p of pauses)
          if (resolvedAt.getTime() <= p.to!.getTime()) resolvedAt = new Date(p.to!.getTime() + 3 * HOUR);
        if (resolvedAt.getTime() >= now.getTime()) return;
        const reopens = random.chance(0.08);
        resolve(resolvedAt, clock, deadline, !reopens);
        if (reopens) {
          const reopenAt = onWorkingDay(resolvedAt, random.int(1, 3));
          if (reopenAt.getTime() < now.getTime()) {
            Object.assign(row, {
              status: 'DIPROSES',
              reopen_count: 1,
              resolved_at: null,
              window_started_at: reopenAt,
              window_cycle: 2,
              pauses: [],
              updated_at: reopenAt,
            });
            events.push({
              at: reopenAt,
              type: 'DIBUKA_KEMBALI',
              isPublic: true,
              label: 'Pelapor',
              message: 'Masalah muncul lagi, mohon ditindaklanjuti kembali.',
              userId: null,
            });
            const clock2 = { start: reopenAt, days: category.days, pauses: [] };
            const deadline2 = computeSlaDeadline(clock2, calendar)!;
            const again = onWorkingDay(reopenAt, random.int(1, category.days + 1));
            if (again.getTime() < now.getTime()) resolve(again, clock2, deadline2);
          }
        }
      }

      function resolve(
        at: Date,
        clock: { start: Date; days: number; pauses: SlaPause[] },
        deadline: Date,
        isFinal = true,
      ) {
        const isLate = at.getTime() > deadline.getTime();
        Object.assign(row, {
          status: 'SELESAI',
          resolved_at: at,
          resolution_working_days: countElapsedWorkingDays(clock, at, calendar),
          was_breached: row.was_breached || isLate,
          updated_at: at,
        });
        if (isLate) {
          events.push({
            at: new Date(deadline.getTime() + 60_000),
            type: 'TERLAMBAT',
            isPublic: false,
            label: 'Sistem',
            coded: codedMessage(
              'DEADLINE_BREACHED',
              { window: 'PENYELESAIAN', ...deadlineParam(deadline).params },
              deadlineParam(deadline).indonesian,
            ),
            userId: null,
          });
        }
        events.push({
          at,
          type: 'SELESAI',
          isPublic: true,
          label: 'Petugas penanganan',
          message: 'Tindak lanjut telah dilaksanakan dan masalah sudah ditangani.',
          userId: null,
        });
        if (!isFinal) return;
        if (random.chance(0.62)) {
          const ratedAt = new Date(at.getTime() + random.int(2, 48) * HOUR);
          if (ratedAt.getTime() < now.getTime()) {
            const r = random.next();
            const score = isLate
              ? r < 0.3
                ? 2
                : r < 0.7
                  ? 3
                  : 4
              : r < 0.45
                ? 5
                : r < 0.82
                  ? 4
                  : r < 0.95
                    ? 3
                    : 2;
            Object.assign(row, {
              rating: score,
              rating_comment: score >= 4 ? 'Terima kasih, cepat ditangani.' : 'Penanganan agak lama.',
              rated_at: ratedAt,
            });
            events.push({
              at: ratedAt,
              type: 'PENILAIAN',
              isPublic: true,
              label: 'Pelapor',
              coded: codedMessage('RATED', { score }),
              userId: null,
            });
          }
        }
        const confirmed = random.chance(0.5);
        const closeAt = confirmed
          ? new Date(at.getTime() + random.int(4, 72) * HOUR)
          : getAutoCloseAt(at, calendar, policy);
        if (closeAt.getTime() < now.getTime()) {
          Object.assign(row, {
            status: 'DITUTUP',
            closed_at: closeAt,
            close_reason: confirmed ? 'DIKONFIRMASI' : 'OTOMATIS',
            updated_at: closeAt,
          });
          events.push({
            at: closeAt,
            type: 'DITUTUP',
            isPublic: true,
            label: confirmed ? 'Pelapor' : 'Sistem',
            coded: confirmed
              ? codedMessage('CITIZEN_CONFIRMED')
              : codedMessage('AUTO_CLOSED', { days: policy.autoCloseAfterDays }),
            userId: null,
          });
        }
      }

      const street = random.pick(STREETS);
      const { id } = await trx
        .insertInto('complaints')
        .values({
          ticket,
          tracking_hash: hash(seq === 1 ? DEMO_TRACKING_SECRET : randomBytes(32).toString('base64url')),
          category_id: category.id,
          kind: 'PENGADUAN',
          maladministration: isIntegrity ? 'PERMINTAAN_IMBALAN' : null,
          channel,
          description: random.pick(c.samples),
          kelurahan: kelurahan.length > 0 ? random.pick(kelurahan) : 'Kertapati',
          address: `${street} No. ${random.int(1, 120)}`,
          lat: -3.0 - random.next() * 0.05,
          lng: 104.7 + random.next() * 0.06,
          attributes: JSON.stringify(
            c.attributes ? { tingkat_kerusakan: random.pick(['ringan', 'sedang', 'berat']) } : {},
          ),
          reporter_name: random.pick(NAMES),
          reporter_phone: `08${random.int(11, 59)}${random.int(1_000_000, 9_999_999)}`,
          reporter_email: null,
          is_anonymous: isAnonymous,
          is_confidential: isIntegrity || random.chance(0.04),
          is_integrity: isIntegrity,
          complexity: c.complexity,
          resolution_days: category.days,
          received_at: receivedAt,
          ...row,
          pauses: JSON.stringify(row.pauses),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('complaint_events')
        .values(
          events.map((e) => ({
            complaint_id: id,
            at: e.at,
            type: e.type,
            is_public: e.isPublic,
            actor_user_id: e.userId,
            actor_label: e.label,
            ...(e.coded ?? { message: e.message }),
            data: JSON.stringify({}),
          })),
        )
        .execute();
    }
    if (seq > 0)
      await trx.insertInto('complaint_ticket_counters').values({ year: 2026, last: seq }).execute();
    await recordAudit(trx, systemContext('demo-seed'), {
      action: 'demo.complaints_seeded',
      entityType: 'complaint',
      after: { categories: categories.length, complaints: seq },
    });
    return { categories: categories.length, complaints: seq };
  };
  return db.isTransaction ? seed(db) : db.transaction().execute(seed);
}
