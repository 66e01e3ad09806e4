import { createHash } from 'node:crypto';
import type { FindingSeverity, RecommendationStatus } from '@sim/contracts';
import { addCalendarDays, toWibIsoDate } from '@sim/domain';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { activeOn } from '../modules/org/org-queries';

// Demo oversight for Kecamatan Kertapati: the internal oversight team formed by decree (the demo TIM_PENGAWAS
// employees, the Sekretaris Camat leading), a year of monthly inspections of the service points on the starter
// checklist, findings of every severity with recommendations — closed after a verified follow-up, open, returned,
// waiting for verification, and overdue — and one integrity finding (a fee asked outside the posted tariff).
// Deterministic for a given `now`: the dates count back from it.

const DAY = 86_400_000;

/** The visits: month offset back from now, unit, and the finding (if any) with its recommendation's fate. */
type Visit = {
  monthsAgo: number;
  unit: string;
  finding?: {
    title: string;
    condition: string;
    criterion: string;
    cause: string;
    effect: string;
    severity: FindingSeverity;
    recommendation: string;
    /** Who answers: the unit's head (as the unit), or the named position's holder. */
    owner: 'UNIT' | string;
    fate: RecommendationStatus;
    isIntegrity?: boolean;
  };
};

const PATEN = 'Seksi Pelayanan Umum (PATEN)';

const VISITS: Visit[] = [
  {
    monthsAgo: 11,
    unit: PATEN,
    finding: {
      title: 'Maklumat pelayanan tidak dipajang',
      condition: 'Maklumat pelayanan tidak terlihat di ruang tunggu loket PATEN.',
      criterion: 'UU 25/2009 Pasal 22: penyelenggara wajib menyusun dan menetapkan maklumat pelayanan.',
      cause: 'Papan maklumat lama rusak saat renovasi ruang tunggu.',
      effect: 'Pengguna layanan tidak mengetahui janji dan standar pelayanan.',
      severity: 'SEDANG',
      recommendation: 'Pasang kembali maklumat pelayanan di ruang tunggu dan di laman kecamatan.',
      owner: 'UNIT',
      fate: 'CLOSED',
    },
  },
  { monthsAgo: 10, unit: 'Kelurahan Kemas Rindo' },
  {
    monthsAgo: 9,
    unit: 'Kelurahan Kertapati',
    finding: {
      title: 'Standar pelayanan belum memuat biaya',
      condition: 'Papan standar pelayanan tidak mencantumkan komponen biaya/tarif.',
      criterion: 'PermenPANRB 15/2014: standar pelayanan memuat biaya/tarif.',
      cause: 'Papan dibuat sebelum standar pelayanan diperbarui.',
      effect: 'Warga tidak tahu layanan tersebut gratis.',
      severity: 'RINGAN',
      recommendation: 'Perbarui papan standar pelayanan dengan keterangan "tanpa biaya".',
      owner: 'UNIT',
      fate: 'CLOSED',
    },
  },
  {
    monthsAgo: 8,
    unit: PATEN,
    finding: {
      title: 'Waktu tunggu melebihi standar',
      condition: 'Rata-rata waktu tunggu 55 menit pada jam sibuk.',
      criterion: 'Standar pelayanan PATEN: waktu tunggu paling lama 30 menit.',
      cause: 'Hanya satu loket yang dibuka pada pukul 09.00–11.00.',
      effect: 'Antrean panjang dan keluhan warga.',
      severity: 'SEDANG',
      recommendation: 'Buka loket kedua pada jam sibuk dan umumkan jadwalnya.',
      owner: 'kasi-pelayanan',
      fate: 'CANNOT_FOLLOW_UP_APPROVED',
    },
  },
  { monthsAgo: 7, unit: 'Kelurahan Karya Jaya' },
  {
    monthsAgo: 6,
    unit: 'Kelurahan Ogan Baru',
    finding: {
      title: 'Daftar hadir petugas tidak diisi',
      condition: 'Dua petugas tidak mengisi daftar hadir selama sepekan.',
      criterion: 'Ketentuan jam kerja dan disiplin ASN (PP 94/2021).',
      cause: 'Mesin presensi rusak dan tidak ada daftar manual.',
      effect: 'Kehadiran petugas layanan tidak dapat diverifikasi.',
      severity: 'BERAT',
      recommendation: 'Sediakan daftar hadir manual selama mesin presensi diperbaiki dan laporkan rekapnya.',
      owner: 'UNIT',
      fate: 'CLOSED',
    },
  },
  {
    monthsAgo: 5,
    unit: PATEN,
    finding: {
      title: 'Permintaan imbalan di luar tarif',
      condition: 'Dua pengguna layanan menyatakan diminta "uang rokok" untuk mempercepat surat.',
      criterion: 'Larangan pungutan liar (Perpres 87/2016) dan kode etik ASN.',
      cause: 'Belum diketahui; perlu pemeriksaan lanjutan.',
      effect: 'Kepercayaan warga terhadap layanan kecamatan menurun.',
      severity: 'BERAT',
      recommendation: 'Membuat pernyataan tertulis dan mengikuti pembinaan integritas.',
      owner: 'staf-pelayanan',
      fate: 'OPEN',
      isIntegrity: true,
    },
  },
  {
    monthsAgo: 4,
    unit: 'Kelurahan Keramasan',
    finding: {
      title: 'Alur SOP tidak diikuti',
      condition: 'Berkas surat pindah diterima tanpa pemeriksaan kelengkapan.',
      criterion: 'SOP pelayanan surat pindah kelurahan.',
      cause: 'Petugas baru belum mendapat pengarahan SOP.',
      effect: 'Berkas dikembalikan dari Disdukcapil dan warga harus datang lagi.',
      severity: 'SEDANG',
      recommendation: 'Adakan pengarahan SOP untuk petugas baru dan pasang bagan alur di loket.',
      owner: 'UNIT',
      fate: 'OPEN',
    },
  },
  { monthsAgo: 3, unit: 'Kelurahan Kemang Agung' },
  {
    monthsAgo: 2,
    unit: PATEN,
    finding: {
      title: 'Kotak saran tidak ditindaklanjuti',
      condition: 'Kotak saran berisi 14 lembar yang belum dibuka selama dua bulan.',
      criterion: 'Pengelolaan pengaduan (PermenPANRB 62/2018).',
      cause: 'Tidak ada petugas yang ditunjuk membuka kotak saran.',
      effect: 'Masukan warga tidak tercatat.',
      severity: 'RINGAN',
      recommendation: 'Tunjuk petugas pembuka kotak saran dan catat isinya di SIM Kinerja setiap pekan.',
      owner: 'UNIT',
      fate: 'RETURNED',
    },
  },
  {
    monthsAgo: 1,
    unit: 'Kelurahan Kertapati',
    finding: {
      title: 'Ruang tunggu tanpa kursi prioritas',
      condition: 'Tidak ada kursi prioritas bagi lansia, penyandang disabilitas dan ibu hamil.',
      criterion: 'UU 25/2009 Pasal 29: pelayanan khusus bagi kelompok rentan.',
      cause: 'Belum dianggarkan.',
      effect: 'Kelompok rentan menunggu berdiri.',
      severity: 'RINGAN',
      recommendation: 'Sediakan dan tandai kursi prioritas di ruang tunggu.',
      owner: 'UNIT',
      fate: 'SUBMITTED',
    },
  },
  {
    monthsAgo: 0,
    unit: PATEN,
    finding: {
      title: 'Informasi jam layanan tidak sesuai',
      condition: 'Papan jam layanan mencantumkan jam lama (08.00–14.00).',
      criterion: 'Maklumat pelayanan yang berlaku (08.00–15.00).',
      cause: 'Papan belum diganti setelah perubahan jam layanan.',
      effect: 'Warga datang terlambat dan tidak dilayani.',
      severity: 'RINGAN',
      recommendation: 'Ganti papan jam layanan sesuai maklumat yang berlaku.',
      owner: 'UNIT',
      fate: 'OPEN',
    },
  },
];

const DUE_DAYS: Record<FindingSeverity, number> = { BERAT: 30, SEDANG: 60, RINGAN: 90 };

/** A visit's date: the 10th of the month `monthsAgo` before now (or a week ago for this month), 09:00 WIB. */
function visitAt(now: Date, monthsAgo: number): Date {
  if (monthsAgo === 0) return new Date(now.getTime() - 7 * DAY);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 10, 2));
  return d;
}

/** A stable UUID from a text (the demo's inspections keep the same client UUID on every installation). */
function uuidOf(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Seeds the oversight demo into a database that holds the Kertapati organisation. Does nothing when a team exists.
 * Returns what it made.
 */
export async function seedOversightDemo(
  db: Database,
  _config: Config,
  now: Date,
): Promise<{ inspections: number; findings: number; recommendations: number }> {
  const existing = await db.selectFrom('oversight_teams').select('id').limit(1).executeTakeFirst();
  if (existing) return { inspections: 0, findings: 0, recommendations: 0 };
  const today = toWibIsoDate(now);
  const start = toWibIsoDate(visitAt(now, 12));
  return db.transaction().execute(async (trx) => {
    const holders = await trx
      .selectFrom('employee_positions as ep')
      .innerJoin('positions as p', 'p.id', 'ep.position_id')
      .innerJoin('org_units as u', 'u.id', 'p.unit_id')
      .leftJoin('positions as sp', 'sp.id', 'p.superior_position_id')
      .select([
        'ep.employee_id',
        'p.name as position_name',
        'u.id as unit_id',
        'u.name as unit_name',
        'sp.unit_id as superior_unit_id',
      ])
      .where(activeOn('ep', today))
      .orderBy('ep.employee_id')
      .execute();
    const team = await trx
      .selectFrom('user_roles as r')
      .innerJoin('users as us', 'us.id', 'r.user_id')
      .select('us.employee_id')
      .where('r.role', '=', 'TIM_PENGAWAS')
      .where('us.employee_id', 'is not', null)
      .orderBy('us.employee_id')
      .execute();
    const memberIds = team
      .map((m) => m.employee_id!)
      .filter((id) => holders.some((h) => h.employee_id === id));
    if (memberIds.length === 0) return { inspections: 0, findings: 0, recommendations: 0 };
    const camat = holders.find((h) => h.superior_unit_id === null);
    const camatUser = camat
      ? await trx
          .selectFrom('users')
          .select('id')
          .where('employee_id', '=', camat.employee_id)
          .executeTakeFirst()
      : undefined;
    const userOf = async (employeeId: number) =>
      (await trx.selectFrom('users').select('id').where('employee_id', '=', employeeId).executeTakeFirst())
        ?.id ?? null;

    const year = Number(today.slice(0, 4));
    const { id: teamId } = await trx
      .insertInto('oversight_teams')
      .values({
        name: 'Tim Pengawas Internal Kecamatan Kertapati',
        decree_number: `800/012/SK/KEC.KTP/${Number(start.slice(0, 4))}`,
        decree_date: start,
        mandate:
          'Melakukan pengawasan kinerja ASN di lapangan pada titik layanan kecamatan dan kelurahan, memberikan ' +
          'rekomendasi perbaikan, serta memverifikasi tindak lanjutnya untuk mencegah penyimpangan.',
        period_start: start,
        period_end: `${year + 1}-12-31`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [i, employeeId] of memberIds.entries()) {
      await trx
        .insertInto('oversight_team_members')
        .values({ team_id: teamId, employee_id: employeeId, is_leader: i === 0 })
        .execute();
    }
    const version = await trx
      .selectFrom('oversight_checklist_versions')
      .select('id')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const items = await trx
      .selectFrom('oversight_checklist_items')
      .selectAll()
      .where('version_id', '=', version.id)
      .orderBy('position')
      .execute();

    let inspections = 0;
    let findings = 0;
    let recommendations = 0;
    for (const [n, visit] of VISITS.entries()) {
      const unit = holders.find((h) => h.unit_name === visit.unit);
      if (!unit) continue;
      const at = visitAt(now, visit.monthsAgo);
      const inspectorId = memberIds[n % memberIds.length]!;
      const inspectorUser = await userOf(inspectorId);
      const { id: inspectionId } = await trx
        .insertInto('oversight_inspections')
        .values({
          client_uuid: uuidOf(`demo-inspection-${n}`),
          team_id: teamId,
          checklist_version_id: version.id,
          inspector_employee_id: inspectorId,
          inspector_user_id: inspectorUser,
          kind: n % 4 === 3 ? 'UNANNOUNCED' : 'PLANNED',
          target_kind: 'UNIT',
          target_unit_id: unit.unit_id,
          status: 'SUBMITTED',
          location: `Ruang pelayanan ${visit.unit}`,
          notes: visit.finding ? null : 'Pelayanan berjalan sesuai standar pada saat kunjungan.',
          started_at: new Date(at.getTime() - 2 * 3_600_000),
          submitted_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      inspections++;
      const hasIssue = (position: number) => visit.finding !== undefined && position === (n % 4) + 1;
      await trx
        .insertInto('oversight_inspection_answers')
        .values(
          items.map((it) => ({
            inspection_id: inspectionId,
            item_id: it.id,
            answer_yes: it.type === 'YES_NO' ? !hasIssue(it.position) : null,
            answer_score: it.type === 'SCORE' ? (hasIssue(it.position) ? 2 : 4) : null,
            answer_text:
              it.type === 'TEXT'
                ? it.position === 5
                  ? String(15 + ((n * 7) % 40))
                  : 'Tidak ada catatan khusus.'
                : null,
            note: hasIssue(it.position) ? 'Lihat temuan.' : null,
          })),
        )
        .execute();
      if (!visit.finding) continue;
      const f = visit.finding;
      const head = holders.find((h) => h.unit_id === unit.unit_id && h.superior_unit_id !== unit.unit_id);
      const staff = holders.find((h) => h.unit_id === unit.unit_id && h.superior_unit_id === unit.unit_id);
      const concerned =
        f.owner === 'kasi-pelayanan' ? head : f.owner === 'staf-pelayanan' ? staff : undefined;
      const { id: findingId } = await trx
        .insertInto('oversight_findings')
        .values({
          team_id: teamId,
          inspection_id: inspectionId,
          unit_id: unit.unit_id,
          concerned_employee_id: f.isIntegrity ? (concerned?.employee_id ?? null) : null,
          title: f.title,
          condition: f.condition,
          criterion: f.criterion,
          cause: f.cause,
          effect: f.effect,
          severity: f.severity,
          is_integrity: f.isIntegrity ?? false,
          created_by_employee_id: inspectorId,
          created_by: inspectorUser,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      findings++;
      const ownerEmployee = f.owner === 'UNIT' ? null : (concerned?.employee_id ?? null);
      const dueDate = addCalendarDays(toWibIsoDate(at), DUE_DAYS[f.severity]);
      const { id: recId } = await trx
        .insertInto('oversight_recommendations')
        .values({
          finding_id: findingId,
          text: f.recommendation,
          owner_kind: ownerEmployee ? 'EMPLOYEE' : 'UNIT',
          owner_employee_id: ownerEmployee,
          owner_unit_id: ownerEmployee ? null : unit.unit_id,
          due_date: dueDate,
          status: f.fate,
          closed_at:
            f.fate === 'CLOSED' || f.fate === 'CANNOT_FOLLOW_UP_APPROVED'
              ? new Date(at.getTime() + 20 * DAY)
              : null,
          cannot_follow_up_reason:
            f.fate === 'CANNOT_FOLLOW_UP_APPROVED'
              ? 'Penambahan petugas loket menunggu formasi tahun depan; antrean diatur dengan nomor daring.'
              : null,
          cannot_follow_up_decided_by:
            f.fate === 'CANNOT_FOLLOW_UP_APPROVED' ? (camatUser?.id ?? null) : null,
          cannot_follow_up_decided_at:
            f.fate === 'CANNOT_FOLLOW_UP_APPROVED' ? new Date(at.getTime() + 25 * DAY) : null,
          created_by: inspectorUser,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      recommendations++;
      const event = (
        type:
          | 'CREATED'
          | 'FOLLOW_UP_SUBMITTED'
          | 'VERIFIED_SESUAI'
          | 'VERIFIED_BELUM_SESUAI'
          | 'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI'
          | 'CANNOT_FOLLOW_UP_APPROVED',
        when: Date,
        message: string,
        actor: number | null,
      ) =>
        trx
          .insertInto('oversight_recommendation_events')
          .values({
            recommendation_id: recId,
            at: when,
            type,
            actor_user_id: actor,
            message,
            data: '{}',
            dedupe_key: null,
          })
          .execute();
      await event('CREATED', at, 'Rekomendasi dibuat dari temuan pengawasan.', inspectorUser);
      if (f.fate === 'OPEN') continue;
      const ownerUser = ownerEmployee ? await userOf(ownerEmployee) : await userOf(head?.employee_id ?? -1);
      const submittedAt = new Date(at.getTime() + 14 * DAY);
      const result =
        f.fate === 'CLOSED'
          ? 'SESUAI'
          : f.fate === 'RETURNED'
            ? 'BELUM_SESUAI'
            : f.fate === 'CANNOT_FOLLOW_UP_APPROVED'
              ? 'TIDAK_DAPAT_DITINDAKLANJUTI'
              : null;
      const verifiedAt = result ? new Date(at.getTime() + 18 * DAY) : null;
      await trx
        .insertInto('oversight_follow_ups')
        .values({
          recommendation_id: recId,
          text:
            f.fate === 'RETURNED'
              ? 'Petugas pembuka kotak saran sudah ditunjuk secara lisan.'
              : 'Tindak lanjut telah dilaksanakan; foto dan berita acara terlampir.',
          submitted_by: ownerUser,
          submitted_at: submittedAt,
          result,
          reason:
            result === 'BELUM_SESUAI'
              ? 'Penunjukan perlu surat tugas dan catatan pekanan belum ada di SIM Kinerja.'
              : result === 'TIDAK_DAPAT_DITINDAKLANJUTI'
                ? 'Penambahan petugas loket menunggu formasi tahun depan; antrean diatur dengan nomor daring.'
                : null,
          verified_by_employee_id: result ? inspectorId : null,
          verified_by: result ? inspectorUser : null,
          verified_at: verifiedAt,
        })
        .execute();
      await event('FOLLOW_UP_SUBMITTED', submittedAt, 'Tindak lanjut dikirim.', ownerUser);
      if (result === 'SESUAI')
        await event(
          'VERIFIED_SESUAI',
          verifiedAt!,
          'Tindak lanjut diverifikasi sesuai; rekomendasi selesai.',
          inspectorUser,
        );
      if (result === 'BELUM_SESUAI')
        await event(
          'VERIFIED_BELUM_SESUAI',
          verifiedAt!,
          'Tindak lanjut belum sesuai; dikembalikan kepada penanggung jawab.',
          inspectorUser,
        );
      if (result === 'TIDAK_DAPAT_DITINDAKLANJUTI') {
        await event(
          'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI',
          verifiedAt!,
          'Rekomendasi dinyatakan tidak dapat ditindaklanjuti, menunggu persetujuan pimpinan.',
          inspectorUser,
        );
        await event(
          'CANNOT_FOLLOW_UP_APPROVED',
          new Date(at.getTime() + 25 * DAY),
          'Pimpinan menyetujui bahwa rekomendasi tidak dapat ditindaklanjuti.',
          camatUser?.id ?? null,
        );
      }
    }
    return { inspections, findings, recommendations };
  });
}
