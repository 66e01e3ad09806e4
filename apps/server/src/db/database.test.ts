import { fork, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let handle: DatabaseHandle | undefined;
let dir: string | undefined;
let template: string | undefined;

// Creating a PGlite cluster (initdb) takes many seconds on a busy machine: make one, copy it for each test.
beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-db-template-'));
  const lite = await PGlite.create(path.join(template, 'pglite'));
  await lite.close();
}, 120_000);
afterAll(() => {
  if (template) fs.rmSync(template, { recursive: true, force: true });
});

/** A fresh DATA_DIR holding an empty, initialised embedded database. */
function freshDataDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-db-'));
  fs.cpSync(template!, d, { recursive: true });
  return d;
}
afterEach(async () => {
  await handle?.close();
  handle = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function waitFor<T>(fn: () => Promise<T>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

// Each test starts a real database process; on a busy machine that alone can take 10–20 s.
describe('embedded database (PGlite in a child process)', { timeout: 90_000 }, () => {
  it('keeps committed data across a restart and after the database process is killed', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    await sql`insert into t values (42)`.execute(handle.db);

    // The child dies without warning: the supervisor starts a new one and the pool reconnects to it.
    const pid = handle.embeddedPid!();
    process.kill(pid!, 'SIGKILL');
    const rows = await waitFor(
      async () => (await sql<{ x: number }>`select x from t`.execute(handle!.db)).rows,
    );
    expect(rows).toEqual([{ x: 42 }]);
    expect(handle.embeddedPid!()).not.toBe(pid);

    await handle.close();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    const again = await sql<{ x: number }>`select x from t`.execute(handle.db);
    expect(again.rows).toEqual([{ x: 42 }]);
  });

  it('isolates concurrent transactions on the single backend', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    const db = handle.db;
    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await new Promise((r) => setTimeout(r, 200));
        throw new Error('rollback');
      })
      .catch(() => 'rolled back');
    const committed = db.transaction().execute(async (trx) => {
      await sql`insert into t values (2)`.execute(trx);
    });
    await Promise.all([rolledBack, committed]);
    const rows = await sql<{ x: number }>`select x from t order by x`.execute(db);
    expect(rows.rows).toEqual([{ x: 2 }]);
  });
});

/** Inodes of the sockets a process has open (Linux /proc). */
function socketInodes(pid: number): Set<string> {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]!);
    } catch {
      /* closed meanwhile */
    }
  }
  return inodes;
}

/** Inodes of the sockets listed in /proc/net/tcp|tcp6|unix (the inode column). */
function tableInodes(table: string, column: number): Set<string> {
  const lines = fs.readFileSync(`/proc/net/${table}`, 'utf8').trim().split('\n').slice(1);
  return new Set(lines.map((l) => l.trim().split(/\s+/)[column]!));
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(cond: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return cond();
}

describe('embedded database access and ownership of DATA_DIR', { timeout: 90_000 }, () => {
  it('listens only on an owner-only Unix socket inside DATA_DIR, never on a TCP port', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`select 1`.execute(handle.db);
    const socketPath = path.join(dir, 'pglite-run', '.s.PGSQL.5432');
    expect(handle.socketPath).toBe(socketPath);
    expect(fs.statSync(path.join(dir, 'pglite-run')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(socketPath).isSocket()).toBe(true);
    expect(fs.statSync(socketPath).mode & 0o777).toBe(0o600);

    const mine = socketInodes(handle.embeddedPid!()!);
    const tcp = new Set([...tableInodes('tcp', 9), ...tableInodes('tcp6', 9)]);
    expect([...mine].filter((i) => tcp.has(i))).toEqual([]);
    const unix = fs.readFileSync('/proc/net/unix', 'utf8').split('\n');
    const listening = unix.filter((l) => l.endsWith(socketPath)).map((l) => l.trim().split(/\s+/)[6]);
    expect(listening.some((i) => mine.has(i!))).toBe(true);
  });

  it('refuses a second engine on the same DATA_DIR and lets the CLI share the running one', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8'));
    expect(lock).toMatchObject({ ownerPid: process.pid, childPid: handle.embeddedPid!(), ready: true });

    await expect(openDatabase({ dataDir: dir, logger: quiet })).rejects.toThrow(
      /sedang dipakai oleh server SIM Kinerja lain \(pid \d+\)/,
    );
    const cli = await openDatabase({ dataDir: dir, logger: quiet, role: 'cli' });
    try {
      expect(cli.mode).toBe('shared');
      await sql`insert into t values (7)`.execute(cli.db);
    } finally {
      await cli.close();
    }
    expect((await sql<{ x: number }>`select x from t`.execute(handle.db)).rows).toEqual([{ x: 7 }]);
    await handle.close();
    handle = undefined;
    expect(fs.existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });

  it('stops the database process when the server dies by SIGKILL, and a restart takes the folder over', async () => {
    dir = freshDataDir();
    const script = path.join(dir, 'server.mts');
    fs.writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(path.join(import.meta.dirname, 'database.ts'))};
const h = await openDatabase({ dataDir: ${JSON.stringify(dir)}, logger: console });
console.log(JSON.stringify({ child: h.embeddedPid() }));
setInterval(() => {}, 1000);`,
    );
    const server = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const child = await new Promise<number>((resolve, reject) => {
      server.stdout.on('data', (d: Buffer) => {
        const m = /\{"child":(\d+)\}/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      });
      server.on('exit', () => reject(new Error('server exited')));
    });
    expect(alive(child)).toBe(true);
    server.kill('SIGKILL');
    expect(await waitUntil(() => !alive(child), 15_000)).toBe(true);

    handle = await openDatabase({ dataDir: dir, logger: quiet });
    expect((await sql<{ one: number }>`select 1 as one`.execute(handle.db)).rows).toEqual([{ one: 1 }]);
  });

  it('stops a database process left behind by a dead server before starting its own', async () => {
    dir = freshDataDir();
    // A database process whose owner is recorded as a pid that no longer runs.
    const orphan = fork(path.join(import.meta.dirname, 'pglite-server.mjs'), [], {
      env: {
        ...process.env,
        PGLITE_DIR: path.join(dir, 'pglite'),
        PGLITE_SOCKET_DIR: path.join(dir, 'pglite-run'),
        PGLITE_PARENT_PID: String(process.pid),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => orphan.on('message', () => resolve()));
    const deadOwner = spawnSync('true').pid;
    fs.writeFileSync(
      path.join(dir, 'pglite.lock'),
      JSON.stringify({ ownerPid: deadOwner, role: 'server', childPid: orphan.pid, ready: true }),
    );
    const warnings: string[] = [];
    handle = await openDatabase({ dataDir: dir, logger: { ...quiet, warn: (m) => warnings.push(m) } });
    expect(orphan.exitCode !== null || orphan.signalCode !== null).toBe(true);
    expect(warnings.join('\n')).toMatch(/menghentikan proses basis data tertanam yang tertinggal/);
    expect(handle.embeddedPid!()).not.toBe(orphan.pid);
    expect((await sql<{ one: number }>`select 1 as one`.execute(handle.db)).rows).toEqual([{ one: 1 }]);
  });

  it('ends a connection idle in a transaction, rolling it back, so it cannot block every other connection', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet, idleLockTimeoutMs: 500 });
    await sql`create table t (x int)`.execute(handle.db);
    const idle = await handle.pool.connect();
    await idle.query('begin');
    await idle.query('insert into t values (1)');
    // Another connection waits for the session, then gets it once the idle one is ended.
    const rows = await sql<{ n: number }>`select count(*)::int as n from t`.execute(handle.db);
    expect(rows.rows).toEqual([{ n: 0 }]);
    await expect(idle.query('commit')).rejects.toThrow();
    idle.release(true);
  });

  it('rolls back the transaction of a client that disconnects and finishes its half-sent message sequence', async () => {
    dir = freshDataDir();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    const client = new pg.Client({ host: path.join(dir, 'pglite-run'), user: 'postgres' });
    client.on('error', () => {});
    await client.connect();
    await client.query('begin');
    await client.query('insert into t values (1)');
    // An extended-query sequence cut off before its Sync, then the connection drops.
    const stream = (client as unknown as { connection: { stream: net.Socket } }).connection.stream;
    const parse = Buffer.concat([Buffer.from('P'), Buffer.alloc(4), Buffer.from('\0select 1\0\0\0')]);
    parse.writeInt32BE(parse.length - 1, 1);
    stream.write(parse);
    await new Promise((r) => setTimeout(r, 200));
    stream.destroy();
    const rows = await sql<{ n: number }>`select count(*)::int as n from t`.execute(handle.db);
    expect(rows.rows).toEqual([{ n: 0 }]);
    expect((await sql<{ v: string }>`select ${'ok'}::text as v`.execute(handle.db)).rows).toEqual([
      { v: 'ok' },
    ]);
  });
});
