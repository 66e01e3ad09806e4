import { SKM_DEFAULT_QUESTIONS, SKM_PROFILE_FIELDS, UNSUR_CODE_LIST } from '@sim/contracts';
import { skmSampleSize, toWibIsoDate } from '@sim/domain';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { findUnitSubtreeIds } from '../modules/org/org.service';
import * as repo from '../modules/surveys/surveys.repository';
import * as followupRepo from '../modules/surveys/survey-followups.repository';
import * as invitationRepo from '../modules/surveys/survey-invitations.repository';
import * as peopleRepo from '../modules/surveys/survey-people.repository';
import * as responseRepo from '../modules/surveys/survey-responses.repository';

// Demo SKM data for Kecamatan Kertapati: for the PATEN counter of the kecamatan office and each kelurahan, three
// half-year surveys ending with the current one (the two before closed and published, the current one open),
// with deterministic responses (a seeded PRNG) so that some units reach mutu A and others B or C, a weakest unsur
// per unit, officers named often enough to pass the per-officer threshold, moderated suggestions, a few flagged
// and excluded responses, used and unused invitations, and follow-up actions that show in the next period.

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
function gaussian(rng: Rng): number {
  const u = Math.max(rng(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const PATEN_SERVICES = [
  'Surat keterangan domisili',
  'Surat keterangan tidak mampu',
  'Surat keterangan ahli waris',
  'Rekomendasi KTP-el / KK / pindah datang',
  'Legalisasi dokumen',
  'Izin keramaian',
  'Dispensasi nikah',
];
const KELURAHAN_SERVICES = [
  'Surat pengantar',
  'Surat keterangan domisili',
  'Surat keterangan usaha',
  'Surat keterangan tidak mampu',
  'Pengantar KTP-el / KK',
];

const SUGGESTIONS = [
  'Ruang tunggu mohon ditambah kursi dan kipas angin.',
  'Mohon jam pelayanan diumumkan di papan depan kantor.',
  'Petugas sudah ramah, pertahankan.',
  'Persyaratan sebaiknya ditempel di loket agar tidak bolak-balik.',
  'Antrean perlu nomor urut supaya tertib.',
  'Proses surat cepat, terima kasih.',
  'Mohon disediakan tempat parkir motor yang teduh.',
  'Informasi biaya (gratis) sebaiknya ditulis jelas di loket.',
  'Toilet untuk pengunjung perlu dibersihkan lebih sering.',
  'Tolong ada layanan via WhatsApp untuk menanyakan status surat.',
];
const REJECTED_SUGGESTION =
  'Petugas bernama X di loket 2 tidak ramah, nomor HP saya 0812xxxx mohon dihubungi.';

const EDUCATION_WEIGHTS: [string, number][] = [
  ['SD', 0.12],
  ['SMP', 0.18],
  ['SMA', 0.42],
  ['D1_D4', 0.08],
  ['S1', 0.17],
  ['S2', 0.025],
  ['S3', 0.005],
];
const OCCUPATION_WEIGHTS: [string, number][] = [
  ['PNS', 0.08],
  ['TNI_POLRI', 0.03],
  ['SWASTA', 0.32],
  ['WIRAUSAHA', 0.3],
  ['LAINNYA', 0.27],
];
function weighted(rng: Rng, items: [string, number][]): string {
  let x = rng();
  for (const [value, w] of items) {
    if ((x -= w) <= 0) return value;
  }
  return items[items.length - 1]![0];
}

/** A unit's service quality: mean answer, its weakest unsur and how much better each later semester gets. */
type Profile = { mean: number; weak: string; weakGap: number; trend: number; population: number };

function profiles(kelurahanCount: number): Profile[] {
  const kelurahan: Profile[] = [
    { mean: 3.72, weak: 'U9', weakGap: 0.35, trend: 0.02, population: 320 },
    { mean: 3.42, weak: 'U3', weakGap: 0.45, trend: 0.05, population: 260 },
    { mean: 3.05, weak: 'U9', weakGap: 0.5, trend: 0.0, population: 220 },
    { mean: 2.88, weak: 'U3', weakGap: 0.45, trend: 0.12, population: 280 },
    { mean: 3.3, weak: 'U8', weakGap: 0.5, trend: 0.04, population: 180 },
    { mean: 3.5, weak: 'U2', weakGap: 0.35, trend: 0.03, population: 240 },
  ];
  return [
    // PATEN counter of the kecamatan office.
    { mean: 3.68, weak: 'U3', weakGap: 0.4, trend: 0.04, population: 650 },
    ...Array.from({ length: kelurahanCount }, (_, i) => kelurahan[i % kelurahan.length]!),
  ];
}

function answerFor(rng: Rng, mean: number): number {
  return Math.min(4, Math.max(1, Math.round(mean + gaussian(rng) * 0.55)));
}

/** Half-years ending with the one containing `today` (YYYY-MM-DD): [start, end, label] oldest first. */
function semesters(today: string, count: number): { start: string; end: string; label: string }[] {
  let year = Number(today.slice(0, 4));
  let half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const out: { start: string; end: string; label: string }[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(
      half === 1
        ? { start: `${year}-01-01`, end: `${year}-06-30`, label: `Semester I ${year}` }
        : { start: `${year}-07-01`, end: `${year}-12-31`, label: `Semester II ${year}` },
    );
    if (half === 1) {
      half = 2;
      year -= 1;
    } else {
      half = 1;
    }
  }
  return out;
}

/** A submission time inside [start, end] on a weekday between 08:00 and 15:00 WIB. */
function submittedAt(rng: Rng, start: string, end: string): Date {
  const from = new Date(`${start}T00:00:00+07:00`).getTime();
  const to = new Date(`${end}T00:00:00+07:00`).getTime();
  for (;;) {
    const day = new Date(from + Math.floor(rng() * ((to - from) / 86_400_000 + 1)) * 86_400_000);
    const weekday = new Date(day.getTime() + 7 * 3_600_000).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    return new Date(day.getTime() + (8 * 60 + Math.floor(rng() * 7 * 60)) * 60_000);
  }
}

/**
 * Seeds the SKM demo into a database that already holds the Kertapati organisation (units, positions, employees).
 * Does nothing when surveys exist already. Deterministic for a given organisation and `now`.
 */
export async function seedSkmDemo(
  db: Database,
  _config: Config,
  now: Date,
): Promise<{ surveys: number; responses: number }> {
  const existing = await db.selectFrom('skm_surveys').select('id').limit(1).executeTakeFirst();
  if (existing) return { surveys: 0, responses: 0 };
  const units = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'type'])
    .where('is_active', '=', true)
    .orderBy('kemendagri_code')
    .orderBy('id')
    .execute();
  const kecamatan = units.find((u) => u.type === 'KECAMATAN');
  if (!kecamatan) return { surveys: 0, responses: 0 };
  const paten = units.find((u) => /paten|pelayanan/i.test(u.name) && u.type !== 'KELURAHAN') ?? kecamatan;
  const kelurahan = units.filter((u) => u.type === 'KELURAHAN');
  const targets = [{ unit: paten, services: PATEN_SERVICES, isPaten: true }].concat(
    kelurahan.map((unit) => ({ unit, services: KELURAHAN_SERVICES, isPaten: false })),
  );
  const quality = profiles(kelurahan.length);
  const today = toWibIsoDate(now);
  const periods = semesters(today, 3);
  const rng = prng(20_261_128);
  const code = () => Array.from({ length: 8 }, () => pick(rng, [...CODE_ALPHABET])).join('');
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  let surveyCount = 0;
  let responseCount = 0;

  for (const [index, target] of targets.entries()) {
    const profile = quality[index]!;
    const subtree = await findUnitSubtreeIds(db, target.unit.id);
    const officers = await peopleRepo.findUnitOfficers(db, subtree, today);
    // Two or three officers serve most citizens and are named often; the rest rarely.
    const frequent = officers.slice(0, Math.min(3, officers.length));

    for (const [p, period] of periods.entries()) {
      const isCurrent = p === periods.length - 1;
      const population = Math.round(profile.population * (0.9 + rng() * 0.2));
      const target_ = skmSampleSize(population);
      const reach = isCurrent ? 0.55 + rng() * 0.3 : 0.92 + rng() * 0.15;
      const count = Math.max(12, Math.round(target_ * reach));
      const lastDay = isCurrent ? today : period.end;
      const createdAt = new Date(`${period.start}T08:00:00+07:00`);
      const surveyId = await repo.insertSurvey(db, {
        code: code(),
        unit_id: target.unit.id,
        title: `SKM ${target.isPaten ? 'Pelayanan PATEN' : target.unit.name} ${period.label}`,
        period_start: period.start,
        period_end: period.end,
        service_types: target.services,
        unsur: UNSUR_CODE_LIST.map((c) => ({ code: c, question: SKM_DEFAULT_QUESTIONS[c] })),
        extra_questions: [],
        profile_fields: [...SKM_PROFILE_FIELDS],
        weight: 'exact',
        population,
        status: isCurrent ? 'OPEN' : 'CLOSED',
        created_by: admin?.id ?? null,
        created_at: createdAt,
        updated_at: createdAt,
      });
      if (!isCurrent) {
        await repo.updateSurvey(db, surveyId, {
          is_published: true,
          published_at: new Date(`${period.end}T10:00:00+07:00`),
        });
      }
      surveyCount++;

      const mean = profile.mean + profile.trend * p;
      // The weak unsur closes part of its gap after a follow-up action in the previous period.
      const weakGap = profile.weakGap * [1, 0.7, 0.45][Math.min(p, 2)]!;
      const rows: responseRepo.NewResponseRow[] = [];
      for (let i = 0; i < count; i++) {
        const answers: Partial<Record<repo.UnsurColumn, number>> = {};
        for (const c of UNSUR_CODE_LIST) {
          const m = c === profile.weak ? mean - weakGap : c === 'U4' ? mean + 0.25 : mean;
          answers[c.toLowerCase() as repo.UnsurColumn] = answerFor(rng, m);
        }
        const namesOfficer = officers.length > 0 && rng() < 0.55;
        const officer = namesOfficer
          ? rng() < 0.85 && frequent.length
            ? pick(rng, frequent)
            : pick(rng, officers)
          : null;
        const hasSuggestion = rng() < 0.14;
        const suggestion = hasSuggestion ? pick(rng, SUGGESTIONS) : null;
        const at = submittedAt(rng, period.start, lastDay);
        const recent =
          isCurrent && toWibIsoDate(at) >= toWibIsoDate(new Date(now.getTime() - 21 * 86_400_000));
        const source = rng() < 0.55 ? 'QR' : rng() < 0.75 ? 'LINK' : 'INVITATION';
        rows.push({
          survey_id: surveyId,
          submitted_at: at,
          answers,
          extra_answers: {},
          service_type: pick(rng, target.services),
          gender: rng() < 0.08 ? null : rng() < 0.52 ? 'P' : 'L',
          age: rng() < 0.06 ? null : Math.min(75, Math.max(17, Math.round(38 + gaussian(rng) * 12))),
          education: rng() < 0.05 ? null : weighted(rng, EDUCATION_WEIGHTS),
          occupation: rng() < 0.05 ? null : weighted(rng, OCCUPATION_WEIGHTS),
          officer_employee_id: officer?.id ?? null,
          suggestion,
          suggestion_status: suggestion ? (recent ? 'PENDING' : 'APPROVED') : 'NONE',
          source,
          counter:
            source === 'QR' ? (target.isPaten ? pick(rng, ['Loket 1', 'Loket 2']) : 'Loket pelayanan') : null,
          dedupe_hash: null,
          is_flagged: false,
          flag_reason: null,
        });
      }
      // A rejected suggestion naming a person, and a repeat submission flagged (current) or excluded (earlier).
      rows[0]!.suggestion = REJECTED_SUGGESTION;
      rows[0]!.suggestion_status = isCurrent ? 'PENDING' : 'REJECTED';
      const repeat = {
        ...rows[1]!,
        source: 'QR',
        counter: target.isPaten ? 'Loket 1' : 'Loket pelayanan',
        submitted_at: new Date(rows[1]!.submitted_at.getTime() + 4 * 60_000),
        is_flagged: true,
        flag_reason: 'Kemungkinan pengisian berulang: perangkat dan jaringan yang sama pada hari yang sama',
      };
      rows.push(repeat);
      for (let start = 0; start < rows.length; start += 500) {
        const ids = await responseRepo.insertResponses(db, rows.slice(start, start + 500));
        if (start + 500 >= rows.length && !isCurrent) {
          await responseRepo.updateResponse(db, ids[ids.length - 1]!, {
            is_excluded: true,
            excluded_reason: 'Pengisian ganda dari perangkat yang sama (ditinjau admin)',
            excluded_by: admin?.id ?? null,
            excluded_at: new Date(`${period.end}T09:00:00+07:00`),
          });
        }
      }
      responseCount += rows.length;

      const weakName = profile.weak;
      if (!isCurrent) {
        const owner = officers[0]?.id ?? null;
        await followupRepo.insertFollowup(db, {
          survey_id: surveyId,
          unsur_code: weakName,
          action:
            weakName === 'U3'
              ? 'Menambah petugas loket pada jam sibuk (08.00–11.00) dan memasang papan standar waktu layanan'
              : weakName === 'U9'
                ? 'Menambah kursi ruang tunggu, kipas angin dan papan informasi'
                : weakName === 'U8'
                  ? 'Menyediakan kotak saran dan nomor WhatsApp pengaduan yang dijawab setiap hari kerja'
                  : 'Menyederhanakan alur layanan dan menempel bagan alur di loket',
          owner_employee_id: owner,
          due_date: p === periods.length - 2 ? periods[p + 1]!.end : periods[p + 1]!.start,
          status: p === periods.length - 2 ? 'IN_PROGRESS' : 'DONE',
          note:
            p === periods.length - 2 ? null : 'Sudah dilaksanakan; dipantau pada survei periode berikutnya.',
          created_by: admin?.id ?? null,
          created_at: new Date(`${period.end}T10:00:00+07:00`),
          updated_at: new Date(`${period.end}T10:00:00+07:00`),
        });
      } else if (target.isPaten) {
        // Invitations after delivered services and closed complaints: some used, some waiting.
        for (let k = 1; k <= 6; k++) {
          const createdAtInv = new Date(now.getTime() - (7 - k) * 86_400_000);
          await invitationRepo.insertInvitation(db, {
            survey_id: surveyId,
            code: Array.from({ length: 10 }, () => pick(rng, [...CODE_ALPHABET])).join(''),
            event_type: k % 2 === 0 ? 'COMPLAINT_CLOSED' : 'SERVICE_DELIVERED',
            event_ref:
              k % 2 === 0
                ? `ADU-${period.start.slice(0, 4)}-${String(100 + k).padStart(4, '0')}`
                : `REG-PATEN-${1200 + k}`,
            created_by: admin?.id ?? null,
            created_at: createdAtInv,
            expires_at: new Date(createdAtInv.getTime() + 30 * 86_400_000),
          });
        }
        await db
          .updateTable('skm_invitations')
          .set({ used_on: today })
          .where('survey_id', '=', surveyId)
          .where('event_type', '=', 'SERVICE_DELIVERED')
          .execute();
      }
    }
  }
  return { surveys: surveyCount, responses: responseCount };
}
