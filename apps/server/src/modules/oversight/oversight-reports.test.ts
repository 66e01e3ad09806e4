import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  seedFollowUpFinding,
  seedFollowUpInspection,
  seedFollowUpOffice,
  seedFollowUpRecommendation,
  seedFollowUpTeam,
} from './oversight-followups.test-builders';

// Oversight reports (issue 12 §5): per period and unit, XLSX, and the PDF laporan hasil pengawasan.

const NOW = new Date('2026-06-01T03:00:00Z');

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;
let integrityRec: number;
let ordinaryInspection: number;
let ordinaryFinding: number;
let otherInspectorCookie: string;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  // The office's recommendation (seksi, SEDANG) is due 15 May: overdue on 1 June.
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-05-15' });
  const kel = office.tree.units.kelurahan;
  const inspection2 = await seedFollowUpInspection(t.db, {
    teamId: office.teamId,
    inspectorId: office.inspector.id,
    unitId: kel,
    submittedAt: new Date('2026-03-10T02:00:00Z'),
  });
  ordinaryInspection = inspection2;
  const berat = await seedFollowUpFinding(t.db, {
    teamId: office.teamId,
    inspectionId: inspection2,
    unitId: kel,
    severity: 'BERAT',
    createdAt: new Date('2026-03-10T03:00:00Z'),
  });
  ordinaryFinding = berat;
  await seedFollowUpRecommendation(t.db, {
    findingId: berat,
    ownerUnitId: kel,
    dueDate: '2026-04-09',
    status: 'CLOSED',
    createdAt: new Date('2026-03-10T03:00:00Z'),
  });
  const integrity = await seedFollowUpFinding(t.db, {
    teamId: office.teamId,
    inspectionId: office.inspectionId,
    unitId: office.tree.units.seksi,
    severity: 'RINGAN',
    isIntegrity: true,
    concernedEmployeeId: office.staf.id,
  });
  integrityRec = await seedFollowUpRecommendation(t.db, {
    findingId: integrity,
    ownerEmployeeId: office.staf.id,
    dueDate: '2026-05-20',
  });
  // An inspection last year: outside the period.
  await seedFollowUpInspection(t.db, {
    teamId: office.teamId,
    inspectorId: office.inspector.id,
    unitId: kel,
    submittedAt: new Date('2025-11-10T02:00:00Z'),
  });
  // A member of another team (reads reports, but not the first team's integrity finding).
  const other = await seedEmployee(t.db, {
    positionId: office.tree.positions.stafKel,
    roles: ['TIM_PENGAWAS'],
  });
  await seedFollowUpTeam(t.db, { memberIds: [other.id] });
  otherInspectorCookie = await t.login(other.username!);
  cookies.camat = await t.login(office.camat.username!);
  cookies.inspector = await t.login(office.inspector.username!);
  cookies.staf = await t.login(office.staf.username!);
  cookies.kasi = await t.login(office.kasi.username!);
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('GET /api/v1/oversight/reports', () => {
  it('reports per period and unit: inspections done, findings by severity, follow-up rate, overdue list', async () => {
    const res = await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', cookies.camat!);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.inspectionsDone).toBe(2);
    expect(r.inspectionsByUnit).toEqual([
      { unitId: office.tree.units.kelurahan, unitName: 'Kelurahan Uji', count: 1 },
      { unitId: office.tree.units.seksi, unitName: 'Seksi Uji', count: 1 },
    ]);
    expect(r.findingsBySeverity).toEqual({ BERAT: 1, SEDANG: 1, RINGAN: 1 });
    expect(r.recommendations).toEqual({ total: 3, done: 1, open: 2, overdue: 2, followUpRate: 33.3 });
    expect(r.overdue.map((o: { id: number }) => o.id)).toEqual([office.recommendationId, integrityRec]);

    const seksi = (
      await get(
        `/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31&unitId=${office.tree.units.kelurahan}`,
        cookies.camat!,
      )
    ).json();
    expect(seksi).toMatchObject({ inspectionsDone: 1, unitName: 'Kelurahan Uji' });
    expect(seksi.recommendations).toEqual({ total: 1, done: 1, open: 0, overdue: 0, followUpRate: 100 });
  });

  it('an empty period has no follow-up rate rather than 0%', async () => {
    const r = (await get('/api/v1/oversight/reports?from=2024-01-01&to=2024-12-31', cookies.camat!)).json();
    expect(r.recommendations.followUpRate).toBeNull();
    expect(r.inspectionsDone).toBe(0);
  });

  it('is for the Pimpinan and team members only', async () => {
    expect(
      (await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', cookies.inspector!)).statusCode,
    ).toBe(200);
    expect(
      (await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', cookies.staf!)).statusCode,
    ).toBe(403);
    expect(
      (await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', cookies.kasi!)).statusCode,
    ).toBe(403);
  });

  it('a bad period is a 400 naming the field', async () => {
    const res = await get('/api/v1/oversight/reports?from=2026-12-31&to=2026-01-01', cookies.camat!);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('to');
  });

  it('counts an integrity finding but never lists it to a reader who may not see it', async () => {
    const r = (
      await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', otherInspectorCookie)
    ).json();
    expect(r.recommendations.overdue).toBe(2);
    expect(r.overdue.map((o: { id: number }) => o.id)).toEqual([office.recommendationId]);
  });
});

describe('GET /api/v1/oversight/reports/export.xlsx', () => {
  it('exports the summary and the overdue list as XLSX', async () => {
    const res = await get(
      '/api/v1/oversight/reports/export.xlsx?from=2026-01-01&to=2026-12-31',
      cookies.camat!,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Inspeksi per unit',
      'Rekomendasi terlambat',
    ]);
    const summary = wb.getWorksheet('Ringkasan')!;
    expect(summary.getRow(4).values).toEqual([undefined, 'Inspeksi selesai', 2]);
    expect(wb.getWorksheet('Rekomendasi terlambat')!.rowCount).toBe(3);
    expect(
      (await get('/api/v1/oversight/reports/export.xlsx?from=2026-01-01&to=2026-12-31', cookies.staf!))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /api/v1/oversight/inspections/:id/report.pdf', () => {
  it('prints the laporan hasil pengawasan for the team; others get 404; the print is an audited read of an integrity finding', async () => {
    const res = await get(
      `/api/v1/oversight/inspections/${office.inspectionId}/report.pdf`,
      cookies.inspector!,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await get(`/api/v1/oversight/inspections/${office.inspectionId}/report.pdf`, cookies.staf!))
        .statusCode,
    ).toBe(404);
    expect(
      (await get(`/api/v1/oversight/inspections/${office.inspectionId}/report.pdf`, cookies.camat!))
        .statusCode,
    ).toBe(200);
    const reads = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'oversight.integrity_finding.read')
      .execute();
    expect(reads.map((r) => (r.after as { via: string }).via)).toEqual([
      'inspection-report',
      'inspection-report',
    ]);
  });
});

describe('verification code on the laporan hasil pengawasan (ADR 0007)', () => {
  const print = async (inspectionId: number) => {
    const res = await get(`/api/v1/oversight/inspections/${inspectionId}/report.pdf`, cookies.inspector!);
    expect(res.statusCode, res.body).toBe(200);
    return String(res.headers['x-verification-code']);
  };
  const check = async (code: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/documents/${code}` });
    expect(res.statusCode).toBe(200);
    return { body: res.body, json: res.json() };
  };

  it('the report carries a verification code the public page confirms: genuine, its title, the issuing team and date; a reprint of the same content keeps the code', async () => {
    const code = await print(ordinaryInspection);
    expect(code).toMatch(/^LHP-[0-9A-F]{12}$/);
    const { json } = await check(code);
    expect(json).toMatchObject({
      code,
      valid: true,
      kind: 'LAPORAN_HASIL_PENGAWASAN',
      employeeName: null,
      isCurrent: true,
      issuedAt: NOW.toISOString(),
    });
    expect(json.title).toContain('Laporan hasil pengawasan');
    expect(json.title).toContain('10 Maret 2026');
    expect(json.message).toContain('Tim Pengawas Uji');
    expect(await print(ordinaryInspection)).toBe(code);
    // A recommendation followed up since is still the same report.
    await t.db
      .updateTable('oversight_recommendations')
      .set({ status: 'OPEN' })
      .where('finding_id', '=', ordinaryFinding)
      .execute();
    expect((await check(code)).json.isCurrent).toBe(true);
    const issued = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'oversight.report.issue')
      .where('entity_id', '=', String(ordinaryInspection))
      .execute();
    expect(issued).toHaveLength(1);
  });

  it('after a finding of the report changes, the old code answers genuine but no longer current, and a reprint gets a new code', async () => {
    const before = await print(ordinaryInspection);
    await t.db
      .updateTable('oversight_findings')
      .set({ condition: 'Maklumat dipajang tetapi tertutup spanduk.' })
      .where('id', '=', ordinaryFinding)
      .execute();
    const old = (await check(before)).json;
    expect(old.valid).toBe(true);
    expect(old.isCurrent).toBe(false);
    expect(old.message).toContain('telah berubah');
    const after = await print(ordinaryInspection);
    expect(after).not.toBe(before);
    expect((await check(after)).json.isCurrent).toBe(true);
  });

  it('the public check of an integrity inspection report says only that it is genuine, who issued it and when', async () => {
    const code = await print(office.inspectionId);
    const { json, body } = await check(code);
    expect(json).toMatchObject({
      valid: true,
      kind: 'LAPORAN_HASIL_PENGAWASAN',
      title: 'Laporan hasil pengawasan (terbatas)',
      employeeName: null,
    });
    expect(json.message).toContain('terbatas');
    const unit = await t.db
      .selectFrom('org_units')
      .select('name')
      .where('id', '=', office.tree.units.seksi)
      .executeTakeFirstOrThrow();
    const findingTitles = await t.db
      .selectFrom('oversight_findings')
      .select('title')
      .where('inspection_id', '=', office.inspectionId)
      .execute();
    const staf = await t.db
      .selectFrom('employees')
      .select('name')
      .where('id', '=', office.staf.id)
      .executeTakeFirstOrThrow();
    for (const secret of [unit.name, staf.name, ...findingTitles.map((f) => f.title)]) {
      expect(body, secret).not.toContain(secret);
    }
  });

  it('an unknown code is not a report', async () => {
    const { json } = await check('LHP-000000000000');
    expect(json.valid).toBe(false);
  });
});
