import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from './builders';
import { TEST_PASSWORD } from './test-app';
import { openTestDatabase } from './test-db';
import { buildApp, type AppInstance } from '../src/app';
import { loadConfig } from '../src/config';
import {
  seedComplaintCategory,
  makePublicComplaint,
} from '../src/modules/complaints/complaints.test-builders';
import { openDatabase, type Database } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrator';

// The database as `npm start` runs it: the embedded PGlite in its child process under a temporary DATA_DIR (or, with
// TEST_DATABASE=postgres, a fresh database on the PostgreSQL server), behind a real listening HTTP server. Requests
// go over TCP with fetch, concurrently, as different users — what app.inject on an in-process database cannot show.

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let dir: string | undefined;
let db: Database;
let closeDb: () => Promise<void>;
let app: AppInstance;
let base: string;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
const cookies: Record<string, string> = {};

async function login(username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

type Answer = { status: number; body: string };
async function call(
  who: string,
  url: string,
  init: { method?: string; body?: object } = {},
): Promise<Answer> {
  // A request that hangs (a wedged database) counts as a wrong answer instead of stalling the test.
  const res = await fetch(`${base}${url}`, {
    signal: AbortSignal.timeout(10_000),
    method: init.method ?? 'GET',
    headers: {
      cookie: cookies[who]!,
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  return { status: res.status, body: await res.text() };
}

beforeAll(async () => {
  if (process.env.TEST_DATABASE === 'postgres') {
    const tdb = await openTestDatabase();
    db = tdb.db;
    closeDb = () => tdb.close();
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-conc-'));
    const handle = await openDatabase({ dataDir: dir, logger: quiet });
    await migrateToLatest(handle.db);
    db = handle.db;
    closeDb = () => handle.close();
  }
  tree = await seedOrgTree(db);
  await seedUser(db, { username: 'petugas-a', roles: ['PETUGAS_PENGADUAN'] });
  await seedUser(db, { username: 'petugas-b', roles: ['PETUGAS_PENGADUAN'] });
  const people = {
    kasi: await seedEmployee(db, { positionId: tree.positions.kasi, login: true, name: 'Kasi Serentak' }),
    staf: await seedEmployee(db, { positionId: tree.positions.staf, login: true, name: 'Staf Serentak' }),
    lurah: await seedEmployee(db, { positionId: tree.positions.lurah, login: true, name: 'Lurah Serentak' }),
    stafKel: await seedEmployee(db, { positionId: tree.positions.stafKel, login: true, name: 'Staf Kel' }),
  };
  await seedComplaintCategory(db, { unitId: tree.units.seksi, code: 'LAMPU' });

  const env = { ...process.env, DATA_DIR: '/tmp/sim-test-unused', WEB_DIST: '/nonexistent' };
  const config = loadConfig(env);
  app = await buildApp({ db, config: { ...config, login: { ...config.login, baseDelayMs: 0 } } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  cookies['petugas-a'] = await login('petugas-a');
  cookies['petugas-b'] = await login('petugas-b');
  for (const [key, person] of Object.entries(people)) cookies[key] = await login(person.username!);

  // The employee queue is not empty: one complaint verified and assigned to the staff member.
  const filed = await call('petugas-a', '/api/v1/complaints', {
    method: 'POST',
    body: { ...makePublicComplaint('LAMPU'), channel: 'WALK_IN' },
  });
  expect(filed.status, filed.body).toBe(201);
  const { id } = await db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', JSON.parse(filed.body).ticket)
    .executeTakeFirstOrThrow();
  expect(
    (await call('petugas-a', `/api/v1/complaints/${id}/verification`, { method: 'POST', body: {} })).status,
  ).toBe(200);
  const assigned = await call('petugas-a', `/api/v1/complaints/${id}/disposition`, {
    method: 'POST',
    body: { unitId: tree.units.seksi, assigneeEmployeeId: people.staf.id },
  });
  expect(assigned.status, assigned.body).toBe(200);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await closeDb?.();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the database under concurrent HTTP requests of different users', () => {
  it('answers every request as its own user: no 401/5xx, every acknowledged write stored, reads equal to a serial run', async () => {
    const readers = ['kasi', 'staf', 'lurah', 'stafKel'];
    const readUrls = ['/api/v1/auth/me', '/api/v1/complaints?scope=mine'];
    // Serial run first: what each user sees when nobody else is using the server.
    const expected = new Map<string, Answer>();
    for (const who of readers)
      for (const url of readUrls) {
        const answer = await call(who, url);
        expect(answer.status, answer.body).toBe(200);
        expected.set(`${who} ${url}`, answer);
      }
    expect(JSON.parse(expected.get('staf /api/v1/complaints?scope=mine')!.body).items).toHaveLength(1);

    const before = await db
      .selectFrom('complaints')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const acknowledged: string[] = [];
    const wrong: string[] = [];
    const WRITES_PER_LOOP = 12;
    const READS_PER_LOOP = 30;
    // Each walk-in complaint is one transaction (complaint, timeline event, audit row under an advisory lock). One
    // loop also sends complaints with an unknown category: the transaction starts, fails and is rolled back (400).
    let rejected = 0;
    const writer = async (who: string, loop: number, failing = false) => {
      for (let i = 0; i < WRITES_PER_LOOP; i++) {
        const marker = `serentak ${who} ${loop}-${i}`;
        const bad = failing && i % 2 === 0;
        const res = await call(who, '/api/v1/complaints', {
          method: 'POST',
          body: {
            ...makePublicComplaint(bad ? 'TIDAKADA' : 'LAMPU', {
              description: `Lampu jalan mati, dicatat di loket (${marker}).`,
            }),
            channel: 'WALK_IN',
          },
        }).catch((err: Error) => ({ status: 0, body: err.message }));
        if (!bad && res.status === 201) acknowledged.push(JSON.parse(res.body).ticket);
        else if (bad && res.status === 400 && JSON.parse(res.body).error.code === 'VALIDATION') rejected++;
        else wrong.push(`${who} POST → ${res.status} ${res.body.slice(0, 200)}`);
      }
    };
    const reader = async (who: string) => {
      for (let i = 0; i < READS_PER_LOOP; i++) {
        const url = readUrls[i % readUrls.length]!;
        const res = await call(who, url).catch((err: Error) => ({ status: 0, body: err.message }));
        const want = expected.get(`${who} ${url}`)!;
        if (res.status !== want.status || res.body !== want.body)
          wrong.push(`${who} GET ${url} → ${res.status} ${res.body.slice(0, 200)}`);
      }
    };
    await Promise.all([
      writer('petugas-a', 1),
      writer('petugas-a', 2),
      writer('petugas-b', 1),
      writer('petugas-b', 2, true),
      ...readers.map(reader),
      ...readers.map(reader),
    ]);

    expect(wrong.slice(0, 10), `${wrong.length} wrong answers`).toEqual([]);
    expect(acknowledged).toHaveLength(3 * WRITES_PER_LOOP + WRITES_PER_LOOP / 2);
    expect(rejected).toBe(WRITES_PER_LOOP / 2);
    const stored = await db
      .selectFrom('complaints')
      .select('ticket')
      .where('ticket', 'in', acknowledged)
      .execute();
    expect(stored.map((r) => r.ticket).sort()).toEqual([...acknowledged].sort());
    const after = await db
      .selectFrom('complaints')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + acknowledged.length);
    // Reads after the load still equal the serial run (nothing of the writers leaked into employees' queues).
    for (const who of readers)
      for (const url of readUrls)
        expect((await call(who, url)).body).toBe(expected.get(`${who} ${url}`)!.body);
  }, 60_000);
});
