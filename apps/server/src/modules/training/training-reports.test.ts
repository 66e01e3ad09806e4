import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { api, seedPerfOffice, type PerfOffice } from '../performance/performance.test-builders';
import { runJpReminderJob } from './training-reports.job';
import { computeJpProgress, jpReminderSubject } from './training-reports.service';
import { seedDeliveredSession, seedJpCredit, seedTrainer } from './training-reports.test-builders';

// The 20 JP target (issue 11 §3) and the internal trainers' figures (§4): every figure is computed on read from the
// JP credits and the delivered sessions.

// Sunday 5 April 2026, 10:00 WIB: Triwulan II, not yet the last quarter.
const NOW = new Date('2026-04-05T03:00:00Z');

let t: TestApp;
let office: PerfOffice;
let trainerCookie: string;
let trainer: { id: number };

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedPerfOffice(t);
  // A PELATIH in the kelurahan (under the Lurah) who teaches; not in the seksi team of the Kasi.
  const e = await seedEmployee(t.db, {
    name: 'Pelatih Uji',
    positionId: office.tree.positions.stafKel,
    roles: ['PELATIH'],
  });
  trainer = { id: e.id };
  trainerCookie = await t.login(e.username!);
  await seedTrainer(t.db, e.id, 'Pelayanan publik');
  // JP this year: staf 8 + 4,5 (below), staf2 20 (reached), kasi 24 (reached), the trainer 0; last year's do not count.
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 8 });
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 4.5, completedOn: '2026-03-20' });
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 30, completedOn: '2025-11-02' });
  await seedJpCredit(t.db, { employeeId: office.ids.staf2, jp: 20 });
  await seedJpCredit(t.db, { employeeId: office.ids.kasi, jp: 24 });
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => api(t).get(url, cookie);

describe('GET /api/v1/training/jp/me — JP this year against the target', () => {
  it('sums this year’s credits against the default target of 20 JP', async () => {
    const res = await get('/api/v1/training/jp/me', office.cookies.staf);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2026,
      jp: 12.5,
      target: 20,
      remaining: 7.5,
      percent: 62.5,
      isReached: false,
      reminder: null,
    });
    expect(res.json().credits).toHaveLength(2);
  });

  it('reports the target reached at exactly 20 JP', async () => {
    const res = await get('/api/v1/training/jp/me', office.cookies.staf2);
    expect(res.json()).toMatchObject({ jp: 20, isReached: true, remaining: 0, percent: 100 });
  });

  it('returns 403 for an account without an employee record', async () => {
    expect((await get('/api/v1/training/jp/me', office.cookies.admin)).statusCode).toBe(403);
  });

  it('shows the in-app reminder only in the last quarter while below the target', async () => {
    // Read through the service at a date in October (moving the app clock would expire the test sessions).
    const behind = await computeJpProgress(t.db, office.ids.staf, 2026, '2026-10-05');
    expect(behind.reminder).toContain('Masih kurang 7,5 JP');
    expect((await computeJpProgress(t.db, office.ids.staf2, 2026, '2026-10-05')).reminder).toBeNull();
    // A past year never reminds.
    expect((await computeJpProgress(t.db, office.ids.staf, 2025, '2026-10-05')).reminder).toBeNull();
  });
});

describe('PUT /api/v1/training/targets — the JP target is an agency setting', () => {
  it('returns 403 to anyone but Admin Kepegawaian', async () => {
    const body = { jpTarget: 24, externalCostPerJp: 250_000 };
    for (const cookie of [office.cookies.camat, office.cookies.kasi, office.cookies.staf]) {
      expect((await api(t).send('PUT', '/api/v1/training/targets', cookie, body)).statusCode).toBe(403);
    }
  });

  it('returns 400 naming the field when the target is not a multiple of 0,5 JP', async () => {
    const res = await api(t).send('PUT', '/api/v1/training/targets', office.cookies.admin, {
      jpTarget: 20.3,
      externalCostPerJp: 250_000,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.jpTarget');
  });

  it('moves everybody’s target when HR changes it, and records it in the audit log', async () => {
    const res = await api(t).send('PUT', '/api/v1/training/targets', office.cookies.admin, {
      jpTarget: 24,
      externalCostPerJp: 250_000,
    });
    expect(res.statusCode, res.body).toBe(200);
    try {
      expect((await get('/api/v1/training/jp/me', office.cookies.staf2)).json()).toMatchObject({
        target: 24,
        isReached: false,
      });
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('action', '=', 'training.targets.update')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.after).toEqual({ jpTarget: 24, externalCostPerJp: 250_000 });
    } finally {
      await api(t).send('PUT', '/api/v1/training/targets', office.cookies.admin, {
        jpTarget: 20,
        externalCostPerJp: 300_000,
      });
    }
  });
});

describe('GET /api/v1/training/jp/coverage — who reached the target', () => {
  it('gives HR the whole office, in total and per unit', async () => {
    const res = await get('/api/v1/training/jp/coverage', office.cookies.admin);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // camat 0, kasi 24, staf 12,5, staf2 20, lurah 0, trainer 0 → 2 of 6 reached.
    expect(body).toMatchObject({ scope: 'all', target: 20, total: { employees: 6, reached: 2, below: 4 } });
    const seksi = body.units.find((u: { unitName: string }) => u.unitName === 'Seksi Uji');
    expect(seksi).toMatchObject({ employees: 3, reached: 2, below: 1, percent: 66.7 });
  });

  it('gives a superior only their subordinates', async () => {
    const res = await get('/api/v1/training/jp/coverage', office.cookies.kasi);
    expect(res.json()).toMatchObject({ scope: 'team', total: { employees: 2, reached: 1, below: 1 } });
  });

  it('gives an employee without subordinates an empty team', async () => {
    const res = await get('/api/v1/training/jp/coverage', office.cookies.staf);
    expect(res.json()).toMatchObject({ scope: 'team', total: { employees: 0, reached: 0 }, units: [] });
  });
});

describe('GET /api/v1/training/jp/employees — the superior’s list of who is below the target', () => {
  it('lists only the superior’s subordinates below the target, fewest JP first', async () => {
    const res = await get('/api/v1/training/jp/employees', office.cookies.kasi);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((r: { fullName: string; jp: number }) => [r.fullName, r.jp])).toEqual([
      ['Staf Uji', 12.5],
    ]);
  });

  it('lists everybody in scope with below=false, and the whole office for HR', async () => {
    const all = (await get('/api/v1/training/jp/employees?below=false', office.cookies.kasi)).json();
    expect(all.items.map((r: { fullName: string }) => r.fullName)).toEqual(['Staf Uji', 'Fungsional Uji']);
    const hr = (await get('/api/v1/training/jp/employees', office.cookies.admin)).json();
    expect(hr.total).toBe(4);
    expect(hr.items[0].jp).toBe(0);
  });
});

describe('internal trainers: statistics, delivered sessions and cost saving', () => {
  let sessionA: number;
  beforeAll(async () => {
    // Q1: 8 JP taught alone, rated 5 and 4 by two participants; Q2 (already over on 5 April? no — 1 April):
    // 4 JP co-taught with an external trainer; a session not yet completed does not count.
    sessionA = (
      await seedDeliveredSession(t.db, {
        trainerIds: [trainer.id],
        participantIds: [office.ids.staf, office.ids.staf2],
        ratings: [5, 4],
        jp: 8,
        endsAt: new Date('2026-02-10T09:00:00Z'),
        title: 'Manajemen Pengaduan',
      })
    ).sessionId;
    await seedDeliveredSession(t.db, {
      trainerIds: [trainer.id],
      externalTrainer: true,
      participantIds: [office.ids.lurah],
      jp: 4,
      endsAt: new Date('2026-04-02T08:00:00Z'),
    });
    await seedDeliveredSession(t.db, {
      trainerIds: [trainer.id],
      jp: 6,
      endsAt: new Date('2026-04-04T08:00:00Z'),
      completed: false,
    });
  });

  it('counts sessions, JP delivered, participants and the average rating per trainer', async () => {
    const res = await get('/api/v1/training/trainer-stats?year=2026', office.cookies.admin);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        employeeId: trainer.id,
        fullName: 'Pelatih Uji',
        sessions: 2,
        jpDelivered: 12,
        participants: 3,
        averageRating: 4.5,
        rated: 2,
      }),
    ]);
    const q1 = (await get('/api/v1/training/trainer-stats?year=2026&quarter=1', office.cookies.admin)).json();
    expect(q1.items[0]).toMatchObject({ sessions: 1, jpDelivered: 8 });
  });

  it('shows a trainer only their own row and refuses the sessions of another trainer to other staff', async () => {
    const own = (await get('/api/v1/training/trainer-stats', trainerCookie)).json();
    expect(own.items.map((i: { employeeId: number }) => i.employeeId)).toEqual([trainer.id]);
    const staf = (await get('/api/v1/training/trainer-stats', office.cookies.staf)).json();
    expect(staf.items).toEqual([]);
    const url = `/api/v1/training/trainer-stats/${trainer.id}/sessions`;
    expect((await get(url, office.cookies.staf)).statusCode).toBe(403);
    expect((await get(url, office.cookies.kasi)).statusCode).toBe(403);
    // The trainer's superior (the Lurah) and the trainer themself may read the records behind the figures.
    const lurah = await get(url, office.cookies.lurah);
    expect(lurah.statusCode, lurah.body).toBe(200);
    expect(lurah.json().items.map((s: { sessionId: number }) => s.sessionId)[0]).toBe(sessionA);
    expect((await get(url, trainerCookie)).json().totals).toMatchObject({ sessions: 2, jpDelivered: 12 });
  });

  it('computes the cost saving as external cost per JP × the internal share of the JP delivered', async () => {
    const res = await get('/api/v1/training/cost-saving?year=2026', office.cookies.camat);
    expect(res.statusCode, res.body).toBe(200);
    // 8 JP alone + half of 4 JP (an external co-trainer) = 10 JP × Rp 300.000.
    expect(res.json()).toMatchObject({
      externalCostPerJp: 300_000,
      totalSessions: 2,
      totalJp: 10,
      totalSaving: 3_000_000,
      items: [{ employeeId: trainer.id, sessions: 2, jp: 10, saving: 3_000_000 }],
      quarters: [
        { quarter: 1, sessions: 1, jp: 8, saving: 2_400_000 },
        { quarter: 2, sessions: 1, jp: 2, saving: 600_000 },
      ],
    });
    const q2 = (await get('/api/v1/training/cost-saving?year=2026&quarter=2', office.cookies.admin)).json();
    expect(q2).toMatchObject({ from: '2026-04-01', to: '2026-06-30', totalJp: 2, totalSaving: 600_000 });
  });

  it('returns 403 on the cost saving report to anyone but HR and the Pimpinan', async () => {
    for (const cookie of [office.cookies.kasi, trainerCookie]) {
      expect((await get('/api/v1/training/cost-saving', cookie)).statusCode).toBe(403);
      expect((await get('/api/v1/training/cost-saving.xlsx', cookie)).statusCode).toBe(403);
    }
  });

  it('exports the cost saving report as XLSX with plain numbers', async () => {
    const res = await get('/api/v1/training/cost-saving.xlsx?year=2026', office.cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('penghematan-pelatihan-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Penghematan')!;
    expect(sheet.getRow(5).values).toEqual([undefined, 1, 'Pelatih Uji', 2, 10, 3_000_000]);
    expect(sheet.getRow(6).values).toEqual([undefined, '', 'Jumlah', 2, 10, 3_000_000]);
  });
});

describe('runJpReminderJob — reminders to those behind in the last quarter', () => {
  it('sends nothing before the last quarter', async () => {
    const result = await runJpReminderJob({ db: t.db, config: t.config, now: () => NOW });
    expect(result).toEqual({ ran: true, reminded: [] });
  });

  it('reminds each employee below the target once per monthly round, and a rerun reminds nobody again', async () => {
    const nov = new Date('2026-11-03T01:00:00Z');
    const ctx = { db: t.db, config: t.config, now: () => nov };
    const first = await runJpReminderJob(ctx);
    expect(first.ran).toBe(true);
    expect(first.reminded.sort()).toEqual(
      [office.ids.camat, office.ids.staf, office.ids.lurah, trainer.id].sort(),
    );
    expect((await runJpReminderJob(ctx)).reminded).toEqual([]);
    const dec = await runJpReminderJob({ ...ctx, now: () => new Date('2026-12-01T01:00:00Z') });
    expect(dec.reminded).toHaveLength(4);
    const rows = await t.db.selectFrom('training_jp_reminders').select(['round']).execute();
    expect(new Set(rows.map((r) => r.round))).toEqual(new Set(['2026-11', '2026-12']));
  });
});

describe('the JP reminder e-mail follows the target setting (competency-training.md: a setting, default 20)', () => {
  it('names the agency target in the subject, not a fixed 20', () => {
    expect(jpReminderSubject(20)).toBe('Pengingat target 20 JP pengembangan kompetensi');
    expect(jpReminderSubject(24)).toBe('Pengingat target 24 JP pengembangan kompetensi');
  });
});
