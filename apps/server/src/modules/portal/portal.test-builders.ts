import { expect } from 'vitest';
import type { TestApp } from '../../../test/test-app';
import { makePublicComplaint } from '../complaints/complaints.test-builders';

// Complaints driven through the real public intake and the desk's workflow, so the figures the portal shows come
// from the same columns (deadline, breach, working days) the complaint module writes.

let ipSeq = 0;
const nextIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

/** Files a public complaint in `categoryCode`, verifies it and gives it to `assigneeId` in `unitId`; returns its id. */
export async function seedDispositionedComplaint(
  t: TestApp,
  desk: string,
  c: { categoryCode: string; unitId: number; assigneeId: number; reporter?: Record<string, string> },
): Promise<number> {
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(c.categoryCode, c.reporter ?? {}),
    remoteAddress: nextIp(),
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const row = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', filed.json().ticket)
    .executeTakeFirstOrThrow();
  const headers = { cookie: desk };
  const verified = await t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${row.id}/verification`,
    headers,
    payload: {},
  });
  expect(verified.statusCode, verified.body).toBe(200);
  const given = await t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${row.id}/disposition`,
    headers,
    payload: { unitId: c.unitId, assigneeEmployeeId: c.assigneeId },
  });
  expect(given.statusCode, given.body).toBe(200);
  return row.id;
}

/** The assignee posts the resolution now (the app's clock). */
export async function resolveComplaint(t: TestApp, assignee: string, id: number) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/resolution`,
    headers: { cookie: assignee },
    payload: { message: 'Sudah ditangani di lapangan.' },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { wasBreached: boolean };
}
