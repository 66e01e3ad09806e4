import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { leadingZeroBits } from './complaint-pow';
import { makePublicComplaint, seedComplaintCategory } from './complaints.test-builders';

// Public filing was limited to 10 complaints an hour per address, which blocks a kelurahan behind carrier-grade NAT
// or a service counter's Wi-Fi. The limit is now a setting with a roomy default, and spam is kept out by a honeypot
// and a proof-of-work as well.

let t: TestApp;
afterEach(async () => t?.close());

async function setUp(powBits = 0) {
  t = await createTestApp({
    now: new Date('2026-03-17T03:00:00Z'),
    config: { complaintPow: { bits: powBits, ttlMinutes: 30, secret: 'uji-rahasia-pow' } },
  });
  const tree = await seedOrgTree(t.db);
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
}

const fileComplaint = (extra: Record<string, unknown> = {}, ip = '192.0.2.10') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint('LAMPU', extra),
    remoteAddress: ip,
  });

function solve(challenge: string, bits: number): string {
  for (let n = 0; ; n++) {
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${n}`).digest()) >= bits) return String(n);
  }
}

const getChallenge = async () =>
  (
    await t.app.inject({ url: '/api/v1/public/complaints/challenge', remoteAddress: '192.0.2.10' })
  ).json() as {
    challenge: string;
    difficulty: number;
  };

describe('public complaint rate limit', () => {
  it('lets a busy kelurahan behind one address file 30 complaints in an hour', async () => {
    await setUp();
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push((await fileComplaint({ reporterName: `Warga ${i}` })).statusCode);
    expect(codes.every((c) => c === 201)).toBe(true);
    expect(t.config.rateLimits.complaintFiling).toEqual({ max: 120, timeWindow: '1 hour' });
  });
});

describe('honeypot', () => {
  it('refuses a filled honeypot quietly: a generic 400 that names no field, and nothing stored', async () => {
    await setUp();
    const res = await fileComplaint({ website: 'http://spam.example' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details ?? []).toEqual([]);
    expect(JSON.stringify(res.json())).not.toMatch(/website/);
    const count = await t.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('proof-of-work', () => {
  it('accepts a solved challenge once and refuses a missing, wrong, replayed, forged or expired one', async () => {
    await setUp(8);
    expect((await fileComplaint()).statusCode).toBe(400);

    const c = await getChallenge();
    expect(c.difficulty).toBe(8);
    const nonce = solve(c.challenge, 8);
    let wrong = 0;
    while (leadingZeroBits(createHash('sha256').update(`${c.challenge}:${wrong}`).digest()) >= 8) wrong++;
    expect((await fileComplaint({ powChallenge: c.challenge, powNonce: String(wrong) })).statusCode).toBe(
      400,
    );
    const ok = await fileComplaint({ powChallenge: c.challenge, powNonce: nonce });
    expect(ok.statusCode, ok.body).toBe(201);
    const replay = await fileComplaint({ powChallenge: c.challenge, powNonce: nonce });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.details[0].path).toBe('body.powNonce');

    const d = await getChallenge();
    const forged = d.challenge.replace(/\.8\./, '.0.');
    expect((await fileComplaint({ powChallenge: forged, powNonce: solve(forged, 0) })).statusCode).toBe(400);

    const e = await getChallenge();
    const late = solve(e.challenge, 8);
    t.clock.advance(31 * 60_000);
    expect((await fileComplaint({ powChallenge: e.challenge, powNonce: late })).statusCode).toBe(400);
  });
});

describe('proof-of-work exemptions', () => {
  it('does not ask an Open311 client with an API key for a proof-of-work', async () => {
    await setUp(20);
    await seedUser(t.db, { username: 'admin-pow', roles: ['ADMIN_KEPEGAWAIAN'] });
    const keyRes = await t.app.inject({
      method: 'POST',
      url: '/api/v1/open311-keys',
      headers: { cookie: await t.login('admin-pow') },
      payload: { name: 'Aplikasi uji' },
    });
    const params = new URLSearchParams({
      api_key: keyRes.json().key,
      service_code: 'LAMPU',
      lat: '-3.0123',
      long: '104.7321',
      description: 'Lampu jalan mati di depan masjid',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      payload: params.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()[0].service_request_id).toMatch(/^KTP-/);
  });
});
