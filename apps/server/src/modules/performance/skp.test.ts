import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPosition } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  indicatorBody,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from './performance.test-builders';

let t: TestApp;
let office: PerfOffice;
let yearId: number;
let camatSkp: Awaited<ReturnType<typeof seedSkp>>;
let kasiSkp: Awaited<ReturnType<typeof seedSkp>>;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-02-10T03:00:00Z') });
  office = await seedPerfOffice(t);
  yearId = (await openYear(t, office)).id;
  camatSkp = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  kasiSkp = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camatSkp.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
});
afterAll(() => t.close());

describe('POST /api/v1/performance/years', () => {
  it('returns 401 to anonymous callers', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', undefined, { year: 2027 });
    expect(res.statusCode).toBe(401);
  });

  it('returns 403 when the actor is not Admin Kepegawaian', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.camat, { year: 2027 });
    expect(res.statusCode).toBe(403);
  });

  it('opens a quarterly year by default with four quarters and the annual evaluation', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
      year: 2027,
      deadlines: { skpSubmission: '2027-01-31', periodicEvaluationDays: 7 },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.scheme).toBe('QUARTERLY');
    expect(body.periods.map((p: { label: string }) => p.label)).toEqual([
      'Triwulan I',
      'Triwulan II',
      'Triwulan III',
      'Triwulan IV',
      'Akhir (Tahunan)',
    ]);
    expect(body.periods[0].evaluationDeadline).toBe('2027-04-07');
  });

  it('opens a semester year when asked', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
      year: 2028,
      scheme: 'SEMESTER',
    });
    expect(res.json().periods).toHaveLength(3);
  });

  it('returns 409 naming year when the year is already open', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, { year: 2026 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('year');
  });

  it('returns 400 naming the field for a bad scheme or deadline', async () => {
    const bad = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
      year: 2029,
      scheme: 'WEEKLY',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('scheme');
    const late = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, {
      year: 2029,
      deadlines: { skpSubmission: '2031-01-01' },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].path).toBe('deadlines.skpSubmission');
  });
});

describe('SKP workflow', () => {
  it('lets a staff member draft an SKP cascading from the superior’s approved RHK and submit it', async () => {
    const { get, send } = api(t);
    const created = await send('POST', '/api/v1/performance/skps', office.cookies.staf, { yearId });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'DRAFT', version: 0, needsPerspektif: false });
    expect(created.json().behaviour).toHaveLength(7);

    const options = (await get(`/api/v1/performance/skps/${id}/parent-options`, office.cookies.staf)).json();
    expect(options.superior.employeeId).toBe(office.ids.kasi);
    expect(options.items.map((o: { id: number }) => o.id)).toEqual([kasiSkp.rhk[0]!.id]);

    const saved = await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.staf, {
      approach: 'KUANTITATIF',
      rhk: [
        {
          section: 'UTAMA',
          text: 'Tersusunnya laporan layanan',
          parentRhkId: options.items[0].id,
          indicators: [
            indicatorBody(),
            indicatorBody({ aspek: 'WAKTU', targetKind: 'DATE', targetDate: '2026-12-15' }),
          ],
        },
        {
          section: 'TAMBAHAN',
          text: 'Terlaksananya piket layanan',
          parentRhkId: options.items[0].id,
          indicators: [indicatorBody({ aspek: 'KUALITAS', targetKind: 'PERCENT', targetValue: 95 })],
        },
      ],
      lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: [], konsekuensi: [] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rhk[0].parentRhkText).toBe('Terselenggaranya layanan administrasi');
    expect(saved.json().rhk[0].indicators[1].targetLabel).toBe('15-12-2026');
    expect(saved.json().rhk[1].indicators[0].targetLabel).toBe('95%');

    const submitted = await send('POST', `/api/v1/performance/skps/${id}/submit`, office.cookies.staf, {});
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('SUBMITTED');
  });

  it('lets the superior return with a comment, then approve the revision, keeping every version', async () => {
    const { get, send } = api(t);
    const list = (await get('/api/v1/performance/skps?scope=team', office.cookies.kasi)).json();
    const staffSkp = list.items.find(
      (s: { employee: { employeeId: number } }) => s.employee.employeeId === office.ids.staf,
    );
    const id = staffSkp.id;

    const returned = await send('POST', `/api/v1/performance/skps/${id}/return`, office.cookies.kasi, {
      comment: 'Tambahkan indikator kualitas pada RHK utama',
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'RETURNED',
      returnComment: 'Tambahkan indikator kualitas pada RHK utama',
    });

    const skp = (await get(`/api/v1/performance/skps/${id}`, office.cookies.staf)).json();
    const edited = await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.staf, {
      rhk: skp.rhk.map(
        (
          r: { id: number; section: string; text: string; parentRhkId: number; indicators: object[] },
          i: number,
        ) => ({
          id: r.id,
          section: r.section,
          text: r.text,
          parentRhkId: r.parentRhkId,
          indicators:
            i === 0
              ? [
                  ...r.indicators,
                  indicatorBody({
                    aspek: 'KUALITAS',
                    targetKind: 'QUALITATIVE',
                    targetText: 'Tanpa koreksi',
                  }),
                ]
              : r.indicators,
        }),
      ),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().rhk[0].indicators).toHaveLength(3);
    expect(edited.json().rhk[0].id).toBe(skp.rhk[0].id);

    await send('POST', `/api/v1/performance/skps/${id}/submit`, office.cookies.staf, {});
    const approved = await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.kasi, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'APPROVED', version: 1, returnComment: null });

    const locked = await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.staf, {
      rhk: [],
    });
    expect(locked.statusCode).toBe(409);

    const revise = await send('POST', `/api/v1/performance/skps/${id}/revise`, office.cookies.staf, {});
    expect(revise.json()).toMatchObject({ status: 'DRAFT', isRevision: true, version: 1 });
    await send('POST', `/api/v1/performance/skps/${id}/submit`, office.cookies.staf, {});
    const again = await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.kasi, {});
    expect(again.json()).toMatchObject({ status: 'APPROVED', version: 2, isRevision: false });

    const versions = (await get(`/api/v1/performance/skps/${id}/versions`, office.cookies.staf)).json();
    expect(versions.items.map((v: { event: string }) => v.event)).toEqual([
      'SUBMITTED',
      'RETURNED',
      'SUBMITTED',
      'APPROVED',
      'REVISION_STARTED',
      'SUBMITTED',
      'APPROVED',
    ]);
    expect(versions.items[1].note).toBe('Tambahkan indikator kualitas pada RHK utama');
    expect(versions.items[3].snapshot.rhk[0].indicators).toHaveLength(3);
  });

  it('notifies the owner in-app when the superior returns or approves the SKP', async () => {
    const mine = (await api(t).get('/api/v1/notifications?pageSize=50', office.cookies.staf)).json();
    const skp = mine.items.filter((n: { type: string }) => n.type.startsWith('SKP_'));
    // Newest first: approved (twice), returned with the superior's comment.
    expect(skp.map((n: { type: string }) => n.type)).toEqual([
      'SKP_APPROVED',
      'SKP_APPROVED',
      'SKP_RETURNED',
    ]);
    expect(skp[2].params).toMatchObject({
      year: 2026,
      comment: 'Tambahkan indikator kualitas pada RHK utama',
    });
    expect(skp[2].link).toMatch(/^\/kinerja\/skp\/\d+$/);
    // The superior who decided is not notified of their own decision.
    const kasi = (await api(t).get('/api/v1/notifications?pageSize=50', office.cookies.kasi)).json();
    expect(kasi.items.filter((n: { type: string }) => n.type === 'SKP_RETURNED')).toEqual([]);
  });

  it('refuses to submit an RHK without the leader’s RHK, naming the field', async () => {
    const { send } = api(t);
    const created = await send('POST', '/api/v1/performance/skps', office.cookies.lurah, { yearId });
    const id = created.json().id;
    await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.lurah, {
      rhk: [{ section: 'UTAMA', text: 'Tertibnya administrasi kelurahan', indicators: [indicatorBody()] }],
    });
    const res = await send('POST', `/api/v1/performance/skps/${id}/submit`, office.cookies.lurah, {});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('rhk.0.parentRhkId');
  });

  it('returns 400 naming the field when the leader’s RHK is not from the superior’s approved SKP', async () => {
    const { get, send } = api(t);
    const skp = (await get('/api/v1/performance/skps?scope=mine', office.cookies.lurah)).json().items[0];
    const res = await send('PUT', `/api/v1/performance/skps/${skp.id}/content`, office.cookies.lurah, {
      rhk: [{ section: 'UTAMA', text: 'X', parentRhkId: kasiSkp.rhk[0]!.id, indicators: [indicatorBody()] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('rhk.0.parentRhkId');
  });

  it('returns 400 naming the target field when a numeric target has no value', async () => {
    const { get, send } = api(t);
    const skp = (await get('/api/v1/performance/skps?scope=mine', office.cookies.lurah)).json().items[0];
    const res = await send('PUT', `/api/v1/performance/skps/${skp.id}/content`, office.cookies.lurah, {
      rhk: [{ section: 'UTAMA', text: 'X', indicators: [indicatorBody({ targetValue: null })] }],
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('targetValue');
  });

  it('returns 409 when the employee already has an SKP for the year and position', async () => {
    const res = await api(t).send('POST', '/api/v1/performance/skps', office.cookies.kasi, { yearId });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('yearId');
  });
});

describe('SKP authorisation', () => {
  it('returns 401 to anonymous callers', async () => {
    expect((await api(t).get(`/api/v1/performance/skps/${kasiSkp.id}`)).statusCode).toBe(401);
  });

  it('returns 403 when a subordinate reads a colleague’s SKP', async () => {
    const list = (await api(t).get('/api/v1/performance/skps?scope=team', office.cookies.kasi)).json();
    const stafSkp = list.items.find(
      (s: { employee: { employeeId: number } }) => s.employee.employeeId === office.ids.staf,
    );
    const res = await api(t).get(`/api/v1/performance/skps/${stafSkp.id}`, office.cookies.staf2);
    expect(res.statusCode).toBe(403);
  });

  it('returns 403 when a subordinate reads the superior’s SKP', async () => {
    expect(
      (await api(t).get(`/api/v1/performance/skps/${camatSkp.id}`, office.cookies.kasi)).statusCode,
    ).toBe(403);
  });

  it('lets the Pimpinan and Admin read every SKP and the superior transitively', async () => {
    const list = (await api(t).get('/api/v1/performance/skps?scope=team', office.cookies.kasi)).json();
    const stafSkp = list.items.find(
      (s: { employee: { employeeId: number } }) => s.employee.employeeId === office.ids.staf,
    );
    expect(
      (await api(t).get(`/api/v1/performance/skps/${stafSkp.id}`, office.cookies.camat)).statusCode,
    ).toBe(200);
    expect(
      (await api(t).get(`/api/v1/performance/skps/${stafSkp.id}`, office.cookies.admin)).statusCode,
    ).toBe(200);
    const all = await api(t).get('/api/v1/performance/skps?scope=all', office.cookies.admin);
    expect(all.json().items.length).toBeGreaterThanOrEqual(3);
  });

  it('returns 403 when a staff member lists all SKPs', async () => {
    expect((await api(t).get('/api/v1/performance/skps?scope=all', office.cookies.staf)).statusCode).toBe(
      403,
    );
  });

  it('returns 403 when somebody other than the direct superior approves', async () => {
    const { send } = api(t);
    const created = await send('POST', '/api/v1/performance/skps', office.cookies.staf2, { yearId });
    const id = created.json().id;
    await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.staf2, {
      rhk: [
        {
          section: 'UTAMA',
          text: 'Terkelolanya jaringan',
          parentRhkId: kasiSkp.rhk[0]!.id,
          indicators: [indicatorBody()],
        },
      ],
    });
    await send('POST', `/api/v1/performance/skps/${id}/submit`, office.cookies.staf2, {});
    expect(
      (await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.staf2, {})).statusCode,
    ).toBe(403);
    expect(
      (await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.lurah, {})).statusCode,
    ).toBe(403);
    expect(
      (await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.admin, {})).statusCode,
    ).toBe(403);
    expect(
      (await send('POST', `/api/v1/performance/skps/${id}/approve`, office.cookies.kasi, {})).statusCode,
    ).toBe(200);
  });

  it('returns 403 when the superior edits the subordinate’s content, and lets them set ekspektasi', async () => {
    const { send } = api(t);
    const created = await send('POST', '/api/v1/performance/skps', office.cookies.staf2, {
      yearId: (await openYear(t, office, 2030)).id,
    });
    const id = created.json().id;
    expect(
      (await send('PUT', `/api/v1/performance/skps/${id}/content`, office.cookies.kasi, { rhk: [] }))
        .statusCode,
    ).toBe(403);
    const ek = await send('PUT', `/api/v1/performance/skps/${id}/ekspektasi`, office.cookies.kasi, {
      items: [{ code: 'KOLABORATIF', text: 'Aktif membantu rekan seksi' }],
    });
    expect(ek.statusCode).toBe(200);
    expect(ek.json().behaviour.find((b: { code: string }) => b.code === 'KOLABORATIF').ekspektasi).toBe(
      'Aktif membantu rekan seksi',
    );
    expect(
      (await send('PUT', `/api/v1/performance/skps/${id}/ekspektasi`, office.cookies.staf2, { items: [] }))
        .statusCode,
    ).toBe(403);
  });
});

describe('SKP after a transfer', () => {
  it('starts a new SKP for the new position and keeps the old one with its history', async () => {
    const { get, send } = api(t);
    const before = (await get('/api/v1/performance/skps?scope=mine', office.cookies.lurah)).json().items;
    expect(before).toHaveLength(1);
    expect(before[0].isCurrentPosition).toBe(true);
    // Lurah moves to the seksi staff position on 1 February 2026.
    const staffPosition = await seedPosition(t.db, {
      unitId: office.tree.units.seksi,
      superiorId: office.tree.positions.kasi,
      name: 'Analis Uji',
    });
    await t.db
      .updateTable('employee_positions')
      .set({ end_date: '2026-01-31' })
      .where('employee_id', '=', office.ids.lurah)
      .execute();
    await t.db
      .insertInto('employee_positions')
      .values({
        employee_id: office.ids.lurah,
        position_id: staffPosition,
        start_date: '2026-02-01',
        end_date: null,
        reason: 'Mutasi uji',
      })
      .execute();
    const stale = (await get('/api/v1/performance/skps?scope=mine', office.cookies.lurah)).json().items;
    expect(stale[0].isCurrentPosition).toBe(false);
    const created = await send('POST', '/api/v1/performance/skps', office.cookies.lurah, { yearId });
    expect(created.statusCode).toBe(201);
    const after = (await get('/api/v1/performance/skps?scope=mine', office.cookies.lurah)).json().items;
    expect(after.map((s: { id: number; isCurrentPosition: boolean }) => s.isCurrentPosition)).toEqual([
      false,
      true,
    ]);
    expect((await get(`/api/v1/performance/skps/${before[0].id}`, office.cookies.lurah)).statusCode).toBe(
      200,
    );
  });
});
