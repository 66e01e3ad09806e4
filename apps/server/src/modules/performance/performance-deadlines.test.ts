import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { api, seedPerfOffice, seedSkp, type PerfOffice } from './performance.test-builders';

let t: TestApp;
let office: PerfOffice;
let yearId: number;

type Overdue = { kind: string; employee: { employeeId: number }; label: string };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-07-01T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
    year: 2026,
    deadlines: { skpSubmission: '2026-01-31', skpApproval: '2026-02-15' },
  });
  yearId = year.json().id;
  const q1 = year.json().periods[0].id;
  const camat = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  const staf = await seedSkp(t, office.cookies.staf, yearId, { parentRhkId: kasi.rhk[0]!.id });
  await api(t).send('POST', `/api/v1/performance/skps/${staf.id}/submit`, office.cookies.staf, {});
  const staf2 = await seedSkp(t, office.cookies.staf2, yearId, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  await api(t).send('POST', `/api/v1/performance/skps/${staf2.id}/evaluations`, office.cookies.kasi, {
    periodId: q1,
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    reason: 'Sesuai',
  });
});
afterAll(() => t.close());

const status = async (cookie: string) =>
  (await api(t).get(`/api/v1/performance/years/${yearId}/deadlines`, cookie)).json() as {
    upcoming: { label: string; daysLeft: number }[];
    overdue: Overdue[];
  };
const keys = (items: Overdue[], office: PerfOffice) => {
  const name = new Map(Object.entries(office.ids).map(([k, v]) => [v, k]));
  return items.map((o) => `${name.get(o.employee.employeeId)}:${o.kind}`).sort();
};

describe('GET /api/v1/performance/years/:id/deadlines', () => {
  it('reminds of the deadlines in the coming days', async () => {
    const s = await status(office.cookies.staf2);
    expect(s.upcoming).toEqual([
      expect.objectContaining({ label: 'Evaluasi Triwulan II', dueDate: '2026-07-10', daysLeft: 9 }),
    ]);
  });

  it('lists everything late in the office for the admin', async () => {
    const s = await status(office.cookies.admin);
    expect(keys(s.overdue, office)).toEqual([
      'kasi:EVALUATION_MISSING',
      'lurah:SKP_NOT_SUBMITTED',
      'staf:SKP_NOT_APPROVED',
    ]);
  });

  it('lists only the team for a superior and only oneself for an employee', async () => {
    expect(keys((await status(office.cookies.kasi)).overdue, office)).toEqual([
      'kasi:EVALUATION_MISSING',
      'staf:SKP_NOT_APPROVED',
    ]);
    expect((await status(office.cookies.staf2)).overdue).toEqual([]);
  });

  it('says who must act on each late item and whether it is the viewer (his superior rates him, he approves his staff)', async () => {
    const s = (await (
      await api(t).get(`/api/v1/performance/years/${yearId}/deadlines`, office.cookies.kasi)
    ).json()) as {
      overdue: (Overdue & { responsible: { employeeId: number } | null; isMine: boolean })[];
    };
    const byKind = Object.fromEntries(s.overdue.map((o) => [o.kind, o]));
    expect(byKind.EVALUATION_MISSING).toMatchObject({
      employee: { employeeId: office.ids.kasi },
      responsible: { employeeId: office.ids.camat },
      isMine: false,
    });
    expect(byKind.SKP_NOT_APPROVED).toMatchObject({
      employee: { employeeId: office.ids.staf },
      responsible: { employeeId: office.ids.kasi },
      isMine: true,
    });
    const admin = (await status(office.cookies.admin)).overdue as unknown as {
      kind: string;
      responsible: { employeeId: number } | null;
      isMine: boolean;
    }[];
    expect(admin.find((o) => o.kind === 'SKP_NOT_SUBMITTED')).toMatchObject({
      responsible: { employeeId: office.ids.lurah },
      isMine: false,
    });
  });

  it('gives each deadline a kind and period so the reader sees it in their language', async () => {
    const s = (await (
      await api(t).get(`/api/v1/performance/years/${yearId}/deadlines`, office.cookies.staf2)
    ).json()) as {
      upcoming: unknown[];
      overdue: unknown[];
    };
    expect(s.upcoming).toEqual([
      expect.objectContaining({ kind: 'EVALUATION', periodLabel: 'Triwulan II', dueDate: '2026-07-10' }),
    ]);
  });

  it('returns 401 to anonymous callers', async () => {
    expect((await api(t).get(`/api/v1/performance/years/${yearId}/deadlines`)).statusCode).toBe(401);
  });
});
