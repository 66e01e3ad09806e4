import { addCalendarDays, toWibIsoDate } from '@sim/domain';
import type { Database } from '../db/database';
import { systemContext } from '../lib/actor';
import { recordAudit } from '../modules/audit/audit.service';
import { getSuperiorOf } from '../modules/org/org.service';
import * as repo from '../modules/training/competency.repository';

// The competency demo: position standards for the service desk, the complaint desk, their Kepala Seksi, the general
// administration staff and the Camat, and the direct superiors' assessments three weeks ago, so the gap view and the
// training needs have something to show. The complaint officer falls short on Pengelolaan Pengaduan and Pelayanan
// Publik: with a complaint-management programme linked to PENGELOLAAN_PENGADUAN (training demo), that is a need.

const M = ['INTEGRITAS', 'KERJASAMA', 'KOMUNIKASI', 'ORIENTASI_HASIL', 'PELAYANAN_PUBLIK'] as const;

/** Required levels per position name (codes from the competency dictionary). */
const STANDARDS: Record<string, Record<string, number>> = {
  'Pengelola Pengaduan Masyarakat': {
    PENGELOLAAN_PENGADUAN: 3,
    PELAYANAN_PUBLIK: 3,
    KOMUNIKASI: 3,
    INTEGRITAS: 2,
    PEREKAT_BANGSA: 2,
  },
  'Petugas Pelayanan PATEN': {
    PELAYANAN_PUBLIK: 3,
    KOMUNIKASI: 3,
    PENGELOLAAN_PENGADUAN: 2,
    INTEGRITAS: 2,
    PEREKAT_BANGSA: 1,
  },
  'Kepala Seksi Pelayanan Umum': {
    PELAYANAN_PUBLIK: 3,
    ORIENTASI_HASIL: 3,
    KERJASAMA: 3,
    PENGAMBILAN_KEPUTUSAN: 3,
    INTEGRITAS: 3,
  },
  'Pengadministrasi Umum': Object.fromEntries(M.map((c) => [c, 2])),
  'Camat Kertapati': {
    INTEGRITAS: 4,
    KERJASAMA: 4,
    KOMUNIKASI: 4,
    ORIENTASI_HASIL: 4,
    PELAYANAN_PUBLIK: 4,
    PENGEMBANGAN_DIRI: 4,
    MENGELOLA_PERUBAHAN: 4,
    PENGAMBILAN_KEPUTUSAN: 4,
    PEREKAT_BANGSA: 3,
  },
};

/** The superior's scores with the reason written on the coaching form (B.1.9). */
const ASSESSMENTS: Record<string, [code: string, score: number, reason: string][]> = {
  'Pengelola Pengaduan Masyarakat': [
    [
      'PENGELOLAAN_PENGADUAN',
      2,
      'Pengaduan dicatat rapi, tetapi beberapa tindak lanjut melewati batas waktu',
    ],
    [
      'PELAYANAN_PUBLIK',
      2,
      'Mengikuti standar pelayanan, belum menjelaskan proses kepada pelapor secara tuntas',
    ],
    ['KOMUNIKASI', 3, 'Menyampaikan jawaban pengaduan dengan bahasa yang jelas dan santun'],
    ['INTEGRITAS', 3, 'Menjaga kerahasiaan identitas pelapor'],
  ],
  'Petugas Pelayanan PATEN': [
    ['PELAYANAN_PUBLIK', 3, 'Melayani pemohon PATEN sesuai SOP dan maklumat pelayanan'],
    ['KOMUNIKASI', 2, 'Perlu lebih runtut menjelaskan persyaratan berkas kepada pemohon'],
    ['INTEGRITAS', 2, 'Menolak pemberian dari pemohon dan mengingatkan rekan'],
  ],
  'Kepala Seksi Pelayanan Umum': [
    ['PELAYANAN_PUBLIK', 3, 'Memperbaiki alur antrean loket PATEN'],
    ['PENGAMBILAN_KEPUTUSAN', 2, 'Masih menunggu arahan untuk pengaduan lintas seksi'],
    ['ORIENTASI_HASIL', 3, 'Menetapkan target waktu layanan seksi'],
  ],
  'Pengadministrasi Umum': [
    ['KOMUNIKASI', 2, 'Surat keluar tersusun baik'],
    ['ORIENTASI_HASIL', 1, 'Beberapa agenda surat terlambat dicatat'],
  ],
};

/** Seeds standards and assessments once (nothing when any standard exists). Deterministic for a given `now`. */
export async function seedCompetencyDemo(
  db: Database,
  now: Date,
): Promise<{ standards: number; assessments: number }> {
  const existing = await db.selectFrom('competency_standards').select('id').limit(1).executeTakeFirst();
  if (existing) return { standards: 0, assessments: 0 };
  const today = toWibIsoDate(now);
  const assessedOn = addCalendarDays(today, -21);
  return db.transaction().execute(async (trx) => {
    const competencies = new Map((await repo.findCompetencies(trx)).map((c) => [c.code, c.id]));
    const people = await repo.findEmployeesWithPosition(trx, assessedOn, {});
    const positions = await trx.selectFrom('positions').select(['id', 'name']).execute();
    let standards = 0;
    for (const [positionName, levels] of Object.entries(STANDARDS)) {
      const items = Object.entries(levels).map(([code, requiredLevel]) => ({
        competencyId: competencies.get(code)!,
        requiredLevel,
      }));
      for (const p of positions.filter((x) => x.name === positionName)) {
        await repo.replaceStandard(trx, p.id, items, now);
        standards += 1;
      }
    }
    let assessments = 0;
    for (const [positionName, scores] of Object.entries(ASSESSMENTS)) {
      for (const person of people.filter((x) => x.position_name === positionName)) {
        const superior = await getSuperiorOf(trx, person.id, assessedOn);
        if (!superior) continue;
        for (const [code, score, reason] of scores) {
          await repo.insertAssessment(trx, {
            employee_id: person.id,
            competency_id: competencies.get(code)!,
            score,
            reason,
            assessed_on: assessedOn,
            assessed_by: superior.employeeId,
            created_by: null,
            created_at: now,
          });
          assessments += 1;
        }
      }
    }
    await recordAudit(trx, systemContext('demo-seed'), {
      action: 'competency.demo.seeded',
      entityType: 'competency',
      after: { standards, assessments },
    });
    return { standards, assessments };
  });
}
