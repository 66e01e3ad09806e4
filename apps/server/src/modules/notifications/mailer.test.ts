import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { makePublicComplaint, seedComplaintCategory } from '../complaints/complaints.test-builders';
import { runComplaintSlaJob } from '../complaints/complaint-sla.job';
import { sendMail } from './mailer';

// Real SMTP, in process: the server accepts every message and hands it to the test.
type Received = { to: string[]; body: string };
let smtp: SMTPServer;
let port = 0;
const inbox: Received[] = [];
const waiters: ((m: Received) => void)[] = [];
const nextMail = () => new Promise<Received>((resolve) => waiters.push(resolve));
const nextMailTo = (address: string) =>
  new Promise<Received>((resolve) => {
    const seen = inbox.findIndex((m) => m.to.includes(address));
    if (seen >= 0) return resolve(inbox.splice(seen, 1)[0]!);
    const wait = (m: Received) => (m.to.includes(address) ? resolve(m) : waiters.push(wait));
    waiters.push(wait);
  });

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks).toString('utf8'),
        };
        inbox.push(mail);
        waiters.shift()?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({
    now: new Date('2026-04-06T02:00:00Z'),
    config: {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      publicUrl: 'https://kinerja.example.id',
      session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000, cookieSecure: false },
    },
  });
  tree = await seedOrgTree(t.db);
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('mailer', () => {
  it('is a logged no-op without SMTP_URL', async () => {
    expect(
      await sendMail(
        { smtpUrl: undefined, publicUrl: undefined },
        { to: 'a@example.id', subject: 'x', text: 'y' },
      ),
    ).toBe(false);
  });

  it('sends the citizen a confirmation with the ticket and the private tracking link', async () => {
    const received = nextMail();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('LAMPU', { reporterEmail: 'warga@example.id' }),
    });
    expect(res.statusCode).toBe(201);
    const mail = await received;
    expect(mail.to).toEqual(['warga@example.id']);
    const body = mail.body.replace(/=\r?\n/g, '');
    expect(body).toContain(res.json().ticket);
    expect(body).toContain(`https://kinerja.example.id/pengaduan/lacak#${res.json().trackingSecret}`);
  });

  it('mails the assignee the 75 % warning of the deadlines job', async () => {
    await seedUser(t.db, { username: 'petugas-mail', roles: ['PETUGAS_PENGADUAN'] });
    const staff = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
    await t.db
      .updateTable('employees')
      .set({ email: 'staf@kertapati.example.id' })
      .where('id', '=', staff.id)
      .execute();
    const cookie = await t.login('petugas-mail');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('LAMPU'),
      remoteAddress: '10.7.0.1',
    });
    const { id } = await t.db
      .selectFrom('complaints')
      .select('id')
      .where('ticket', '=', filed.json().ticket)
      .executeTakeFirstOrThrow();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/verification`,
      headers: { cookie },
      payload: {},
    });
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/disposition`,
      headers: { cookie },
      payload: { unitId: tree.units.seksi, assigneeEmployeeId: staff.id },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    await nextMailTo('siti@example.id'); // the reporter is told about the disposition
    const received = nextMailTo('staf@kertapati.example.id');
    t.clock.now = new Date(new Date(assigned.json().sla.warningAt).getTime() + 1000);
    await runComplaintSlaJob(t.app.ctx, t.clock.now);
    const mail = await received;
    expect(mail.body).toContain(filed.json().ticket);
  });
});
