import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from '../performance/performance.test-builders';
import {
  seedFollowUpFinding,
  seedFollowUpInspection,
  seedFollowUpRecommendation,
  seedFollowUpTeam,
} from './oversight-followups.test-builders';

// Open and overdue recommendations as evidence in the owner's evaluation (issue 12 §6), through oversight's service.

let t: TestApp;
let office: PerfOffice;
let stafSkpId: number;
let q1: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  q1 = year.periods[0]!.id;
  const camatSkp = await seedSkp(t, office.cookies.camat, year.id, { approverCookie: office.cookies.admin });
  const kasiSkp = await seedSkp(t, office.cookies.kasi, year.id, {
    parentRhkId: camatSkp.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  stafSkpId = (
    await seedSkp(t, office.cookies.staf, year.id, {
      parentRhkId: kasiSkp.rhk[0]!.id,
      approverCookie: office.cookies.kasi,
    })
  ).id;
  const inspector = await seedEmployee(t.db, {
    positionId: office.tree.positions.stafKel,
    roles: ['TIM_PENGAWAS'],
  });
  const teamId = await seedFollowUpTeam(t.db, { memberIds: [inspector.id] });
  const inspectionId = await seedFollowUpInspection(t.db, {
    teamId,
    inspectorId: inspector.id,
    unitId: office.tree.units.seksi,
    submittedAt: new Date('2026-01-20T02:00:00Z'),
  });
  const finding = await seedFollowUpFinding(t.db, { teamId, inspectionId, unitId: office.tree.units.seksi });
  const integrity = await seedFollowUpFinding(t.db, {
    teamId,
    inspectionId,
    unitId: office.tree.units.seksi,
    isIntegrity: true,
    concernedEmployeeId: office.ids.staf,
  });
  const owned = { ownerEmployeeId: office.ids.staf };
  await seedFollowUpRecommendation(t.db, { findingId: finding, ...owned, dueDate: '2026-03-01' });
  await seedFollowUpRecommendation(t.db, { findingId: finding, ...owned, dueDate: '2026-06-01' });
  await seedFollowUpRecommendation(t.db, {
    findingId: finding,
    ...owned,
    dueDate: '2026-02-01',
    status: 'CLOSED',
  });
  await seedFollowUpRecommendation(t.db, { findingId: integrity, ...owned, dueDate: '2026-02-01' });
});
afterAll(() => t.close());

describe('evaluation evidence from oversight', () => {
  it('shows the rater the open, overdue and closed recommendations of the employee, integrity ones left out', async () => {
    const res = await api(t).get(
      `/api/v1/performance/skps/${stafSkpId}/evaluation-context/${q1}`,
      office.cookies.kasi,
    );
    expect(res.statusCode).toBe(200);
    const line = (res.json().otherData as { label: string; value: string }[]).find((d) =>
      d.label.startsWith('Rekomendasi pengawasan internal'),
    );
    expect(line).toEqual({
      code: 'OVERSIGHT_RECOMMENDATIONS',
      figures: { open: 2, overdue: 1, closed: 1 },
      label: 'Rekomendasi pengawasan internal: terbuka / lewat batas waktu / selesai',
      value: '2 / 1 / 1',
    });
  });
});
