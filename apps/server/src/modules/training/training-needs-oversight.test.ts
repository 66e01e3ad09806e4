import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  seedFinding,
  seedInspection,
  seedRecommendation,
  seedTeam,
} from '../oversight/oversight.test-builders';
import {
  api,
  listNeeds,
  seedCompetencyOffice,
  seedProgrammeWithSession,
  type CompetencyOffice,
} from './competency.test-builders';

// Issue 11 §5, the oversight signal: ordinary oversight findings concerning an employee — as the person concerned,
// or through a recommendation they (or the unit they head) must follow up — make a training need naming each finding
// with a link to its recommendation, pointing to the OVERSIGHT_FINDING competencies (default Pelayanan Publik).
// Integrity findings are for the team, the Pimpinan and the person concerned only (oversight-and-forum.md): they
// never become a need, which the superior and HR read.

let t: TestApp;
let o: CompetencyOffice;
let teamId: number;
let sessionId: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-08-10T03:00:00Z') });
  o = await seedCompetencyOffice(t);
  teamId = await seedTeam(t.db, { members: [o.ids.lurah] });
  sessionId = (
    await seedProgrammeWithSession(t.db, {
      title: 'Pelayanan Prima bagi Petugas Garis Depan',
      codes: ['PELAYANAN_PUBLIK'],
      startsAt: '2026-09-20T01:00:00Z',
    })
  ).sessionId;
});
afterAll(() => t.close());

/**
 * A finding about the seksi recorded on `at`, under a readable title, with one recommendation for the owner given
 * (none when no owner is given).
 */
async function finding(o2: {
  title: string;
  at: string;
  isIntegrity?: boolean;
  concernedEmployeeId?: number;
  ownerEmployeeId?: number;
  ownerUnitId?: number;
}) {
  const at = new Date(o2.at);
  const inspection = await seedInspection(t.db, {
    teamId,
    inspectorEmployeeId: o.ids.lurah,
    unitId: o.tree.units.seksi,
    at,
  });
  const findingId = await seedFinding(t.db, {
    teamId,
    inspectionId: inspection.id,
    unitId: o.tree.units.seksi,
    isIntegrity: o2.isIntegrity ?? false,
    concernedEmployeeId: o2.concernedEmployeeId ?? null,
    at,
  });
  await t.db.updateTable('oversight_findings').set({ title: o2.title }).where('id', '=', findingId).execute();
  const owner = o2.ownerEmployeeId
    ? { ownerEmployeeId: o2.ownerEmployeeId }
    : o2.ownerUnitId
      ? { ownerUnitId: o2.ownerUnitId }
      : null;
  const recommendationId = owner ? await seedRecommendation(t.db, { findingId, ...owner }) : null;
  return { findingId, recommendationId };
}

const needs = async (cookie: string, query: string) => (await listNeeds(t, cookie, query)).items;
const oversightNeedOf = async (cookie: string, query: string, employeeId: number) =>
  (await needs(cookie, query)).find((n) => n.employeeId === employeeId && n.signal === 'OVERSIGHT_FINDING');

describe('oversight findings as a training-need signal', () => {
  let own: { recommendationId: number | null };

  it('an ordinary finding with a recommendation the employee owns makes a need naming it, linking to the recommendation and to Pelayanan Publik programmes', async () => {
    own = await finding({
      title: 'Alur SOP surat pindah tidak diikuti',
      at: '2026-07-01T02:00:00Z',
      ownerEmployeeId: o.ids.staf,
    });
    const n = await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf);
    expect(n).toMatchObject({ key: 'OVERSIGHT_FINDING', status: 'OPEN' });
    expect(n!.summary).toContain('"Alur SOP surat pindah tidak diikuti" (sedang, 1 Juli 2026');
    expect(n!.links).toEqual([
      {
        label: 'Temuan: Alur SOP surat pindah tidak diikuti',
        href: `/pengawasan/rekomendasi/${own.recommendationId}`,
      },
    ]);
    expect(n!.competencies.map((c) => c.code)).toEqual(['PELAYANAN_PUBLIK']);
    expect(n!.programmes).toEqual([
      expect.objectContaining({
        title: 'Pelayanan Prima bagi Petugas Garis Depan',
        sessions: [expect.objectContaining({ id: sessionId })],
      }),
    ]);
    // The employee sees the same recommendation on their own list.
    expect(await oversightNeedOf(o.cookies.staf, 'scope=mine', o.ids.staf)).toMatchObject({ key: n!.key });
  });

  it('a finding whose recommendation the unit owns is a need of the unit head who answers for it', async () => {
    const unit = await finding({
      title: 'Kotak saran tidak dibuka',
      at: '2026-07-15T02:00:00Z',
      ownerUnitId: o.tree.units.seksi,
    });
    const n = await oversightNeedOf(o.cookies.camat, 'scope=team', o.ids.kasi);
    expect(n!.summary).toContain('Kotak saran tidak dibuka');
    expect(n!.links.map((l) => l.href)).toEqual([`/pengawasan/rekomendasi/${unit.recommendationId}`]);
    // Staff of the unit do not answer for the unit's recommendation.
    expect((await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf))!.summary).not.toContain(
      'Kotak saran',
    );
  });

  it('a finding naming the employee as the person concerned is their need, linking to the finding they may read', async () => {
    const concerned = await finding({
      title: 'Petugas fungsional tidak mengisi daftar hadir',
      at: '2026-07-20T02:00:00Z',
      concernedEmployeeId: o.ids.staf2,
      ownerUnitId: o.tree.units.seksi,
    });
    const n = await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf2);
    expect(n!.summary).toContain('Petugas fungsional tidak mengisi daftar hadir');
    // The unit owns the recommendation: the person concerned reads the finding, not the unit's follow-up.
    expect(n!.links.map((l) => l.href)).toEqual([`/pengawasan/temuan/${concerned.findingId}`]);
  });

  it('a finding naming the employee as the person concerned is their need even before it has a recommendation', async () => {
    const { findingId } = await finding({
      title: 'Antrean tidak dilayani sesuai nomor',
      at: '2026-07-25T02:00:00Z',
      concernedEmployeeId: o.ids.staf2,
    });
    const n = await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf2);
    expect(n!.summary).toContain('"Antrean tidak dilayani sesuai nomor" (sedang, 25 Juli 2026');
    expect(n!.links.map((l) => l.href)).toContain(`/pengawasan/temuan/${findingId}`);
  });

  it('an integrity finding never becomes a need, for the superior, HR, the Pimpinan or the person concerned', async () => {
    await finding({
      title: 'Permintaan imbalan di luar tarif',
      at: '2026-08-01T02:00:00Z',
      isIntegrity: true,
      concernedEmployeeId: o.ids.staf,
      ownerEmployeeId: o.ids.staf,
    });
    const lists = [
      await needs(o.cookies.staf, 'scope=mine'),
      await needs(o.cookies.kasi, 'scope=team'),
      await needs(o.cookies.camat, 'scope=all'),
      await needs(o.cookies.admin, 'scope=all'),
    ];
    for (const list of lists) {
      expect(JSON.stringify(list)).not.toContain('Permintaan imbalan');
      const staf = list.find((n) => n.employeeId === o.ids.staf && n.signal === 'OVERSIGHT_FINDING');
      expect(staf!.links).toHaveLength(1);
    }
  });

  it('findings recorded before the look-back window make no need', async () => {
    await finding({
      title: 'Papan jam layanan lama',
      at: '2025-06-01T02:00:00Z',
      ownerEmployeeId: o.ids.lurah,
    });
    expect(await oversightNeedOf(o.cookies.camat, 'scope=team', o.ids.lurah)).toBeUndefined();
  });

  it('a dismissed oversight need opens again when a new finding concerns the employee', async () => {
    const dismissed = await api(t).send('POST', '/api/v1/training-needs/decisions', o.cookies.kasi, {
      employeeId: o.ids.staf,
      key: 'OVERSIGHT_FINDING',
      decision: 'DISMISSED',
      reason: 'SOP sudah dijelaskan ulang dalam rapat seksi',
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf))!.status).toBe('DISMISSED');
    await finding({
      title: 'Berkas diterima tanpa tanda terima',
      at: '2026-08-05T02:00:00Z',
      ownerEmployeeId: o.ids.staf,
    });
    const n = await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf);
    expect(n!.status).toBe('OPEN');
    expect(n!.links).toHaveLength(2);
  });

  it('the competencies an oversight finding points to are the agency’s setting', async () => {
    const settings = await api(t).get('/api/v1/training-needs/settings', o.cookies.admin);
    expect(settings.statusCode, settings.body).toBe(200);
    const body = settings.json() as { signalCompetencies: Record<string, string[]> };
    expect(body.signalCompetencies.OVERSIGHT_FINDING).toEqual(['PELAYANAN_PUBLIK']);
    const saved = await api(t).send('PUT', '/api/v1/training-needs/settings', o.cookies.admin, {
      ...body,
      signalCompetencies: { ...body.signalCompetencies, OVERSIGHT_FINDING: ['INTEGRITAS', 'KOMUNIKASI'] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const n = await oversightNeedOf(o.cookies.kasi, 'scope=team', o.ids.staf);
    expect(n!.competencies.map((c) => c.code)).toEqual(['INTEGRITAS', 'KOMUNIKASI']);
  });
});
