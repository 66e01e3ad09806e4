import type { Perspektif } from '@sim/contracts';
import {
  addCalendarDays,
  performancePeriods,
  predikatKinerja,
  toWibIsoDate,
  type Rating,
  fullNameOf,
} from '@sim/domain';
import type { Config } from '../config';
import { systemContext } from '../lib/actor';
import { recordAudit } from '../modules/audit/audit.service';
import { getSuperiorOf } from '../modules/org/org.service';
import { targetLabel } from '../modules/performance/performance-access';
import * as repo from '../modules/performance/performance.repository';
import type { Database } from '../db/database';

// The performance demo: the current year in progress. Every employee in office has an approved SKP cascading from
// the Camat's down the position tree, realisations with evidence links for the quarters that have passed, feedback,
// and the first quarter evaluated by each rater. One position is left without an SKP (Pengelola Kepegawaian) so a
// newcomer — and the browser journey — can draft one from scratch.

/** The position whose holder starts without an SKP. */
export const DEMO_POSITION_WITHOUT_SKP = 'Pengelola Kepegawaian';

const CAMAT_RHK = [
  'Meningkatnya kualitas pelayanan publik di Kecamatan Kertapati',
  'Terwujudnya ketenteraman, ketertiban dan pemberdayaan masyarakat kecamatan',
];
const CAMAT_PERSPEKTIF: Perspektif[] = ['PENERIMA_LAYANAN', 'PROSES_BISNIS'];

/** RHK wording by level: the leader's RHK is rephrased as this position's contribution. */
function rhkText(positionName: string, unitName: string, category: string, index: number): string {
  const managerial = ['ADMINISTRATOR', 'PENGAWAS'].includes(category);
  if (managerial) {
    return index === 0
      ? `Meningkatnya kinerja layanan ${unitName}`
      : `Terkoordinasinya program kerja ${unitName}`;
  }
  return index === 0
    ? `Terselesaikannya tugas ${positionName} tepat waktu`
    : `Tersusunnya laporan kegiatan ${positionName}`;
}

/** A small deterministic generator, so the demo is the same on every machine for the same `now`. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Seeds the performance demo into a database that already holds the Kertapati organisation. Does nothing when a
 * performance year exists already. Deterministic for a given organisation and `now`.
 */
export async function seedPerformanceDemo(
  db: Database,
  _config: Config,
  now: Date,
): Promise<{ skps: number; evaluations: number }> {
  const existing = await db.selectFrom('perf_years').select('id').limit(1).executeTakeFirst();
  if (existing) return { skps: 0, evaluations: 0 };
  const today = toWibIsoDate(now);
  const yearNumber = Number(today.slice(0, 4));
  const rng = prng(20_261_128);
  return db.transaction().execute(async (trx) => {
    const year = await repo.insertYear(trx, {
      year: yearNumber,
      scheme: 'QUARTERLY',
      deadlines: JSON.stringify({
        skpSubmission: `${yearNumber}-01-31`,
        skpApproval: `${yearNumber}-02-15`,
        annualEvaluation: `${yearNumber + 1}-01-31`,
        objectionDays: 14,
        periodicEvaluationDays: 10,
      }),
      distribution_rules: null,
    });
    const plan = performancePeriods(yearNumber, 'QUARTERLY');
    await repo.insertPeriods(
      trx,
      plan.map((p) => ({
        year_id: year.id,
        seq: p.seq,
        kind: p.kind,
        label: p.label,
        start_date: p.startDate,
        end_date: p.endDate,
        months: p.months,
        evaluation_deadline:
          p.kind === 'TAHUNAN' ? `${yearNumber + 1}-01-31` : addCalendarDays(p.endDate, 10),
      })),
    );
    const periods = await repo.findPeriodsOfYears(trx, [year.id]);
    const q1 = periods[0]!;
    const passed = periods.filter((p) => p.kind === 'PERIODIK' && p.start_date <= today);

    const refDate = `${yearNumber}-01-15`;
    const holders = await trx
      .selectFrom('employee_positions as ep')
      .innerJoin('positions as p', 'p.id', 'ep.position_id')
      .innerJoin('employees as e', 'e.id', 'ep.employee_id')
      .innerJoin('org_units as u', 'u.id', 'p.unit_id')
      .select([
        'ep.employee_id',
        'p.id as position_id',
        'p.name as position_name',
        'p.category',
        'u.name as unit_name',
      ])
      .where('e.is_active', '=', true)
      .where('ep.start_date', '<=', refDate)
      .where((eb) => eb.or([eb('ep.end_date', 'is', null), eb('ep.end_date', '>=', today)]))
      .orderBy('ep.employee_id')
      .execute();
    const superiorOf = new Map<number, number | null>();
    for (const h of holders) {
      superiorOf.set(h.employee_id, (await getSuperiorOf(trx, h.employee_id, refDate))?.employeeId ?? null);
    }
    // Top-down: a leader's SKP exists before the RHK below can link to it.
    const depth = (id: number) => {
      let d = 0;
      let cur = superiorOf.get(id) ?? null;
      while (cur !== null && d < 64) {
        d += 1;
        cur = superiorOf.get(cur) ?? null;
      }
      return d;
    };
    const ordered = [...holders].sort(
      (a, b) => depth(a.employee_id) - depth(b.employee_id) || a.employee_id - b.employee_id,
    );

    const people = await repo.findPersons(
      trx,
      holders.map((h) => h.employee_id),
      refDate,
    );
    const nameOf = new Map(people.map((p) => [p.employee_id, fullNameOf(p)]));
    // Bukti sistem: whoever receives complaints in the complaints demo gets the service RHK's indicators linked to
    // the complaint figures, so the realisation follows the complaints (the complaints demo is seeded first).
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
    const rhkOf = new Map<number, number[]>();
    const approvedAt = new Date(`${yearNumber}-01-20T02:00:00Z`);
    let skps = 0;
    let evaluations = 0;
    for (const h of ordered) {
      if (h.position_name.startsWith(DEMO_POSITION_WITHOUT_SKP)) continue;
      const superior = superiorOf.get(h.employee_id) ?? null;
      const parentRhk = superior !== null ? rhkOf.get(superior) : undefined;
      if (superior !== null && !parentRhk) continue;
      const { id: skpId } = await repo.insertSkp(trx, {
        year_id: year.id,
        employee_id: h.employee_id,
        position_id: h.position_id,
        status: 'APPROVED',
        version: 1,
        approach: 'KUANTITATIF',
        lampiran: JSON.stringify({
          dukunganSumberDaya: ['Perangkat komputer dan jaringan kantor', 'Anggaran DPA Kecamatan'],
          skemaPertanggungjawaban: ['Laporan bulanan kepada atasan langsung'],
          konsekuensi: ['Realisasi di bawah target dibahas dalam bimbingan kinerja'],
        }),
        ekspektasi: JSON.stringify({
          BERORIENTASI_PELAYANAN: 'Melayani warga dengan ramah dan tuntas pada hari yang sama',
          KOLABORATIF: 'Aktif berbagi data dengan seksi lain',
        }),
        submitted_at: new Date(`${yearNumber}-01-15T02:00:00Z`),
        approved_at: approvedAt,
        approved_by: superior,
        created_at: new Date(`${yearNumber}-01-10T02:00:00Z`),
        updated_at: approvedAt,
      });
      skps += 1;
      const ids: number[] = [];
      const indicatorIds: { id: number; target: number; kind: string; isLinked: boolean }[] = [];
      const handlesComplaints = superior !== null && complaintHandlers.has(h.employee_id);
      for (let i = 0; i < 2; i++) {
        const { id: rhkId } = await repo.insertRhk(trx, {
          skp_id: skpId,
          section: 'UTAMA',
          text: superior === null ? CAMAT_RHK[i]! : rhkText(h.position_name, h.unit_name, h.category, i),
          parent_rhk_id: parentRhk ? parentRhk[i % parentRhk.length]! : null,
          perspektif: superior === null ? CAMAT_PERSPEKTIF[i]! : null,
          sort: i,
        });
        ids.push(rhkId);
        const target = i === 0 ? 12 : 4;
        const linked = handlesComplaints && i === 0;
        await repo.insertIndicator(trx, {
          rhk_id: rhkId,
          aspek: 'KUANTITAS',
          text:
            i === 0
              ? linked
                ? 'Jumlah pengaduan masyarakat yang diselesaikan'
                : 'Jumlah layanan/kegiatan yang diselesaikan'
              : 'Jumlah laporan yang disampaikan',
          target_kind: 'NUMBER',
          target_value: target,
          target_unit: i === 0 ? (linked ? 'pengaduan' : 'kegiatan') : 'laporan',
          target_date: null,
          target_text: null,
          system_source: linked ? 'COMPLAINTS_FINISHED' : null,
          sort: 0,
        });
        await repo.insertIndicator(trx, {
          rhk_id: rhkId,
          aspek: 'WAKTU',
          text: linked ? 'Persentase pengaduan selesai tepat waktu' : 'Persentase penyelesaian tepat waktu',
          target_kind: 'PERCENT',
          target_value: 90,
          target_unit: null,
          target_date: null,
          target_text: null,
          system_source: linked ? 'COMPLAINTS_ON_TIME_PCT' : null,
          sort: 1,
        });
      }
      rhkOf.set(h.employee_id, ids);
      const inds = await repo.findIndicatorsOfRhk(trx, ids);
      for (const ind of inds)
        indicatorIds.push({
          id: ind.id,
          target: ind.target_value ?? 0,
          kind: ind.target_kind,
          isLinked: ind.system_source !== null,
        });
      await repo.insertVersion(trx, {
        skp_id: skpId,
        version: 1,
        event: 'APPROVED',
        note: 'Data demo',
        snapshot: {
          rhk: ids.map((rhkId, i) => ({
            id: rhkId,
            section: 'UTAMA',
            text: superior === null ? CAMAT_RHK[i]! : rhkText(h.position_name, h.unit_name, h.category, i),
            indicators: inds
              .filter((x) => x.rhk_id === rhkId)
              .map((x) => ({
                text: x.text,
                targetLabel: targetLabel(x),
                systemSource: x.system_source,
              })),
          })),
        },
        actor_name: 'demo',
        at: approvedAt,
      });

      for (const period of passed) {
        const isCurrent = period.end_date >= today;
        for (const ind of indicatorIds) {
          const quarterShare = ind.kind === 'PERCENT' ? ind.target : ind.target / 4;
          const value = Math.round(quarterShare * (isCurrent ? 0.5 : 0.85 + rng() * 0.3));
          await repo.upsertRealisation(trx, {
            indicator_id: ind.id,
            period_id: period.id,
            // A linked indicator keeps no value of its own: the bukti sistem stands as its realisation.
            value: ind.isLinked ? null : value,
            text: null,
            action_plan: 'Menyelesaikan target triwulan sesuai rencana aksi',
            // The rencana aksi sets the quarter's share of the year; linked indicators show progress toward the year.
            period_target: ind.isLinked ? null : Math.max(1, Math.round(quarterShare)),
            updated_by: null,
            updated_at: new Date(`${period.end_date}T08:00:00Z`),
          });
        }
        await repo.insertEvidence(trx, {
          indicator_id: indicatorIds[0]!.id,
          period_id: period.id,
          kind: 'LINK',
          url: `https://arsip.kertapati.example/kinerja/${yearNumber}/${period.seq}/${h.employee_id}`,
          file_name: null,
          mime_type: null,
          size_bytes: null,
          sha256: null,
          content: null,
          description: `Laporan ${period.label}`,
          created_by: null,
          created_at: new Date(`${period.end_date}T08:00:00Z`),
        });
      }

      if (superior !== null && q1.end_date < today) {
        const roll = rng();
        const hasil: Rating =
          roll > 0.8 ? 'DIATAS_EKSPEKTASI' : roll < 0.1 ? 'DIBAWAH_EKSPEKTASI' : 'SESUAI_EKSPEKTASI';
        const perilaku: Rating = rng() > 0.85 ? 'DIATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI';
        const predikat = predikatKinerja(hasil, perilaku);
        const at = new Date(`${addCalendarDays(q1.end_date, 7)}T03:00:00Z`);
        const rater = (await getSuperiorOf(trx, h.employee_id, q1.end_date))?.employeeId ?? superior;
        const ev = await repo.insertEvaluation(trx, {
          skp_id: skpId,
          period_id: q1.id,
          rater_employee_id: rater,
          rating_hasil_kerja: hasil,
          rating_perilaku: perilaku,
          predikat,
          reason: 'Penilaian triwulan I berdasarkan realisasi dan bukti dukung',
          catatan: null,
          evaluated_at: at,
          updated_at: at,
        });
        await repo.insertRatingHistory(trx, {
          evaluation_id: ev.id,
          rating_hasil_kerja: hasil,
          rating_perilaku: perilaku,
          predikat,
          reason: 'Penilaian triwulan I berdasarkan realisasi dan bukti dukung',
          source: 'RATER',
          actor_user_id: null,
          actor_name: 'demo',
          at,
        });
        await repo.insertFeedback(trx, {
          skp_id: skpId,
          kind: 'FEEDBACK',
          rhk_id: ids[0]!,
          value_code: null,
          period_id: q1.id,
          text: 'Pertahankan ketepatan waktu; lengkapi bukti dukung setiap bulan.',
          author_user_id: null,
          author_name: nameOf.get(rater) ?? 'Atasan langsung',
          is_from_superior: true,
          created_at: new Date(`${addCalendarDays(q1.end_date, 3)}T03:00:00Z`),
        });
        evaluations += 1;
      }
    }
    await recordAudit(trx, systemContext('demo'), {
      action: 'performance.demo_seeded',
      entityType: 'perf_year',
      entityId: year.id,
      after: { year: yearNumber, skps, evaluations },
    });
    return { skps, evaluations };
  });
}
