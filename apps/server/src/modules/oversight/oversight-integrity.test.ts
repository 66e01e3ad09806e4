import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, seedEmployee, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  makePngWithMetadata,
  makePublicComplaint,
  seedComplaintCategory,
} from '../complaints/complaints.test-builders';
import { INTEGRITY_READ_ACTION } from './oversight-integrity.service';
import { seedFollowUpOffice, seedFollowUpTeam } from './oversight-followups.test-builders';
import { starterVersion } from './oversight.test-builders';

// Integrity findings (issue 12 §3) — only the team, the Pimpinan and the person concerned; every read audited; no
// list, export or search leaks them — and integrity complaints examined by the team (§4).

const NOW = new Date('2026-06-01T03:00:00Z');

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  // The office's finding is an integrity finding concerning the staff member, who owns its recommendation.
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-05-20', isIntegrity: true });
  const other = await seedEmployee(t.db, {
    positionId: office.tree.positions.stafKel,
    roles: ['TIM_PENGAWAS'],
  });
  await seedFollowUpTeam(t.db, { memberIds: [other.id] });
  await seedUser(t.db, { username: 'meja-pengaduan', roles: ['PETUGAS_PENGADUAN'] });
  for (const [name, username] of Object.entries({
    camat: office.camat.username!,
    kasi: office.kasi.username!,
    staf: office.staf.username!,
    inspector: office.inspector.username!,
    outsider: office.outsider.username!,
    otherTeam: other.username!,
    desk: 'meja-pengaduan',
  })) {
    cookies[name] = await t.login(username);
  }
});
afterAll(() => t.close());

const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });

/** A complaint filed by a citizen in a new category (an integrity one unless told), with its row id. */
async function fileComplaint(description: string, isIntegrity = true) {
  const category = await seedComplaintCategory(t.db, { unitId: office.tree.units.kecamatan, isIntegrity });
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(category.code, { description }),
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const { ticket, trackingSecret } = filed.json() as { ticket: string; trackingSecret: string };
  const { id } = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', ticket)
    .executeTakeFirstOrThrow();
  return { id, ticket, trackingSecret, categoryId: category.id };
}

/** The inspector records an integrity finding from a complaint for the office's team. */
const postComplaintFinding = (complaintId: number, fields: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/oversight/findings',
    headers: { cookie: cookies.inspector! },
    payload: {
      complaintId,
      teamId: office.teamId,
      criterion: 'Larangan pungutan liar.',
      cause: 'Sedang diperiksa.',
      effect: 'Kepercayaan warga menurun.',
      isIntegrity: true,
      ...fields,
    },
  });

const reads = async () =>
  (
    await t.db
      .selectFrom('audit_log')
      .select(['actor_name', 'entity_id', 'after'])
      .where('action', '=', INTEGRITY_READ_ACTION)
      .orderBy('id')
      .execute()
  ).map((r) => ({
    actor: r.actor_name,
    findingId: Number(r.entity_id),
    via: (r.after as { via: string }).via,
  }));

describe('integrity findings', () => {
  it('an integrity finding is visible only to the team, the Pimpinan and the person concerned', async () => {
    for (const who of ['inspector', 'camat', 'staf']) {
      expect((await get(`/api/v1/oversight/findings/${office.findingId}`, who)).statusCode, who).toBe(200);
      expect(
        (await get(`/api/v1/oversight/recommendations/${office.recommendationId}/follow-up`, who)).statusCode,
        who,
      ).toBe(200);
    }
    // The owner's superior, an outsider and a member of another team do not learn it exists.
    for (const who of ['kasi', 'outsider', 'otherTeam', 'desk']) {
      expect((await get(`/api/v1/oversight/findings/${office.findingId}`, who)).statusCode, who).toBe(404);
      expect(
        (await get(`/api/v1/oversight/recommendations/${office.recommendationId}/follow-up`, who)).statusCode,
        who,
      ).toBe(404);
    }
  });

  it('every read of an integrity finding is audit-logged with who read it and through what', async () => {
    const before = (await reads()).length;
    await get(`/api/v1/oversight/findings/${office.findingId}`, 'camat');
    await get(`/api/v1/oversight/recommendations/${office.recommendationId}/follow-up`, 'staf');
    const body = multipart(
      { text: 'Pernyataan tertulis terlampir.' },
      {
        filename: 'pernyataan.png',
        content: makePngWithMetadata(),
        contentType: 'image/png',
      },
    );
    const posted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/oversight/recommendations/${office.recommendationId}/follow-ups`,
      headers: { cookie: cookies.staf!, ...body.headers },
      payload: body.payload,
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const fileId = posted.json().followUps[0].files[0].id;
    expect((await get(`/api/v1/oversight/follow-up-files/${fileId}`, 'inspector')).statusCode).toBe(200);
    expect((await get(`/api/v1/oversight/follow-up-files/${fileId}`, 'kasi')).statusCode).toBe(404);
    expect(
      (await get(`/api/v1/oversight/inspections/${office.inspectionId}/report.pdf`, 'inspector')).statusCode,
    ).toBe(200);
    const logged = (await reads()).slice(before);
    expect(logged).toEqual([
      { actor: office.camat.username, findingId: office.findingId, via: 'finding' },
      { actor: office.staf.username, findingId: office.findingId, via: 'recommendation' },
      { actor: office.inspector.username, findingId: office.findingId, via: 'follow-up-file' },
      { actor: office.inspector.username, findingId: office.findingId, via: 'inspection-report' },
    ]);
    // Refused reads are not reads: nothing was logged for the superior.
    expect(logged.some((r) => r.actor === office.kasi.username)).toBe(false);
  });

  it('list endpoints never leak them: findings, work lists, reports, XLSX', async () => {
    for (const who of ['kasi', 'outsider', 'otherTeam']) {
      const findings = await get('/api/v1/oversight/findings', who);
      if (findings.statusCode === 200) {
        expect(
          findings.json().items.map((f: { id: number }) => f.id),
          who,
        ).not.toContain(office.findingId);
      } else {
        expect(findings.statusCode, who).toBe(403);
      }
      const work = (await get('/api/v1/oversight/work', who)).json();
      const ids = [...work.mine, ...work.toVerify, ...work.toDecide, ...work.escalated].map(
        (r: { id: number }) => r.id,
      );
      expect(ids, who).not.toContain(office.recommendationId);
    }
    const report = (await get('/api/v1/oversight/reports?from=2026-01-01&to=2026-12-31', 'otherTeam')).json();
    expect(report.overdue.map((r: { id: number }) => r.id)).not.toContain(office.recommendationId);
    const xlsx = await get(
      '/api/v1/oversight/reports/export.xlsx?from=2026-01-01&to=2026-12-31',
      'otherTeam',
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.includes(Buffer.from('Pasang kembali maklumat'))).toBe(false);
    // The team and the Pimpinan do see it in their lists.
    const team = (await get('/api/v1/oversight/findings', 'inspector')).json();
    expect(team.items.map((f: { id: number }) => f.id)).toContain(office.findingId);
  });
});

describe('integrity complaints examined by the team', () => {
  it('a finding opened from an integrity complaint shows "sedang diperiksa tim pengawas" only to staff allowed to see it', async () => {
    const complaint = await fileComplaint('Petugas loket meminta uang tambahan agar surat cepat selesai.');
    const { ticket, trackingSecret } = complaint;
    // The team sees it in its integrity queue.
    const queue = (await get('/api/v1/complaints?scope=integrity', 'inspector')).json();
    expect(queue.items.map((c: { ticket: string }) => c.ticket)).toContain(ticket);
    // The complaint is handled by the Kasi (disposition done at the desk; set directly here).
    await t.db
      .updateTable('complaints')
      .set({ status: 'DIPROSES', assignee_employee_id: office.kasi.id, unit_id: office.tree.units.seksi })
      .where('id', '=', complaint.id)
      .execute();

    const created = await postComplaintFinding(complaint.id, {
      concernedEmployeeId: office.staf.id,
      title: 'Dugaan pungutan di loket',
      condition: 'Pelapor menyatakan diminta uang tambahan.',
      severity: 'BERAT',
    });
    expect(created.statusCode, created.body).toBe(201);

    const line = (who: string) =>
      get(`/api/v1/complaints/${complaint.id}`, who).then((r) =>
        (r.json().timeline as { type: string; messageCode: string | null }[]).filter(
          (e) => e.messageCode === 'UNDER_OVERSIGHT',
        ),
      );
    for (const who of ['inspector', 'camat', 'desk']) expect(await line(who), who).toHaveLength(1);
    // The assignee (who may be the person examined) does not see it.
    expect(await line('kasi')).toEqual([]);
    // Nor the citizen's tracking page, nor Open311.
    const tracking = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/complaints/tracking',
      headers: { 'x-tracking-secret': trackingSecret },
    });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.body).not.toContain('UNDER_OVERSIGHT');
    expect(tracking.body).not.toContain('tim pengawas');
    const open311 = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${ticket}.json` });
    expect(open311.body).not.toContain('tim pengawas');
    // A second finding from the same complaint adds no second line.
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oversight/findings',
      headers: { cookie: cookies.inspector! },
      payload: {
        complaintId: complaint.id,
        teamId: office.teamId,
        title: 'Temuan lanjutan',
        condition: 'Pelapor kedua menyatakan hal serupa.',
        criterion: 'Larangan pungutan liar.',
        cause: 'Sedang diperiksa.',
        effect: 'Kepercayaan warga menurun.',
        severity: 'SEDANG',
        isIntegrity: true,
      },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(await line('inspector')).toHaveLength(1);
  });
});

describe('oversight opened from an integrity complaint', () => {
  it('an inspection opened from an integrity complaint links back: the complaint page lists what was opened from it, to each reader only what they may read', async () => {
    const complaint = await fileComplaint('Petugas meminta imbalan untuk mempercepat surat pindah.');
    const version = await starterVersion(t.db);
    // The inspector's phone sends the form with the complaint it was opened from.
    const uuid = randomUUID();
    const sent = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/oversight/inspections/by-uuid/${uuid}`,
      headers: { cookie: cookies.inspector! },
      payload: {
        teamId: office.teamId,
        checklistVersionId: version.id,
        targetKind: 'SERVICE',
        targetUnitId: office.tree.units.kecamatan,
        targetCategoryId: complaint.categoryId,
        complaintId: complaint.id,
        startedAt: NOW.toISOString(),
        answers: [],
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const inspectionId = sent.json().id as number;
    const finding = await postComplaintFinding(complaint.id, {
      title: 'Dugaan imbalan surat pindah',
      condition: 'Pelapor menyatakan diminta imbalan.',
      severity: 'BERAT',
    });
    expect(finding.statusCode, finding.body).toBe(201);
    const findingId = finding.json().id as number;

    // The inspection and the finding name the complaint they came from.
    expect((await get(`/api/v1/oversight/inspections/${inspectionId}`, 'inspector')).json().complaintId).toBe(
      complaint.id,
    );
    expect((await get(`/api/v1/oversight/findings/${findingId}`, 'inspector')).json().complaintId).toBe(
      complaint.id,
    );
    // The complaint page asks for what was opened from this complaint: the team and the Pimpinan get both …
    for (const who of ['inspector', 'camat']) {
      const inspections = (
        await get(`/api/v1/oversight/inspections?complaintId=${complaint.id}`, who)
      ).json();
      expect(
        inspections.items.map((i: { id: number }) => i.id),
        who,
      ).toEqual([inspectionId]);
      const findings = (await get(`/api/v1/oversight/findings?complaintId=${complaint.id}`, who)).json();
      expect(
        findings.items.map((f: { id: number }) => f.id),
        who,
      ).toEqual([findingId]);
    }
    // … a member of another team neither (an integrity finding of another team, that team's inspection).
    const otherInspections = (
      await get(`/api/v1/oversight/inspections?complaintId=${complaint.id}`, 'otherTeam')
    ).json();
    expect(otherInspections.items).toEqual([]);
    const otherFindings = (
      await get(`/api/v1/oversight/findings?complaintId=${complaint.id}`, 'otherTeam')
    ).json();
    expect(otherFindings.items).toEqual([]);
    // The filter narrows the list: another complaint's records are not in it.
    const none = (
      await get(`/api/v1/oversight/findings?complaintId=${complaint.id + 1000}`, 'inspector')
    ).json();
    expect(none.items).toEqual([]);
    // The complaint's staff timeline has the line once, from the inspection that came first.
    const timeline = (await get(`/api/v1/complaints/${complaint.id}`, 'inspector')).json().timeline as {
      messageCode: string | null;
    }[];
    expect(timeline.filter((e) => e.messageCode === 'UNDER_OVERSIGHT')).toHaveLength(1);
  });

  it('an inspection cannot be opened from a complaint that is not an integrity complaint', async () => {
    const complaint = await fileComplaint('Jalan di depan kantor lurah berlubang.', false);
    const version = await starterVersion(t.db);
    const sent = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/oversight/inspections/by-uuid/${randomUUID()}`,
      headers: { cookie: cookies.inspector! },
      payload: {
        teamId: office.teamId,
        checklistVersionId: version.id,
        targetKind: 'UNIT',
        targetUnitId: office.tree.units.kecamatan,
        complaintId: complaint.id,
        startedAt: NOW.toISOString(),
        answers: [],
      },
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.json().error.details[0].path).toBe('complaintId');
  });
});
