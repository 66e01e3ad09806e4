import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import {
  registerWriteGeneration,
  withWriteGeneration,
  WriteGeneration,
  writeGenerationOf,
  writeGenerationPlugin,
} from './write-generation';
import { startWriteNotices, type WriteNoticeOptions, type WriteNotices } from './write-notices';

// Return DATE columns as 'YYYY-MM-DD' strings: a calendar date has no time zone, and turning it into a JS Date
// would shift it by the server's offset. BIGINT counts come back as numbers (ids stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export type Database = Kysely<DB>;

/**
 * The app's Kysely instance on a pool, with its write generation (ADR 0012: every statement that changes data and
 * every commit bump it). `ownsDatabase`: no other process writes this database (the embedded database's owner).
 */
export function createKysely(pool: pg.Pool, opts: { ownsDatabase: boolean }): Database {
  const generation = new WriteGeneration(opts.ownsDatabase);
  const db = new Kysely<DB>({
    dialect: withWriteGeneration(new PostgresDialect({ pool }), generation),
    plugins: [writeGenerationPlugin(generation)],
  });
  registerWriteGeneration(db, generation);
  return db;
}

/**
 * A PostgreSQL server's handle: its commits are announced to the other app instances and theirs heard (ADR 0018) —
 * or, declared the only instance, nothing is sent and the generation is taken to see every write.
 */
export function startCrossInstanceNotices(
  db: Database,
  pool: pg.Pool,
  connectionString: string,
  opts: { singleInstance: boolean; logger: Pick<Logger, 'warn'> } & Partial<WriteNoticeOptions>,
): WriteNotices | null {
  const generation = writeGenerationOf(db)!;
  if (opts.singleInstance) {
    generation.setSeesEveryWrite(true);
    return null;
  }
  return startWriteNotices(generation, { connectionString, pool, ...opts });
}

export type DatabaseHandle = {
  db: Database;
  pool: pg.Pool;
  kind: 'pglite' | 'postgres';
  /** Process id of the embedded database server (PGlite only), for operations and crash tests. */
  embeddedPid?: () => number | undefined;
  /** The embedded database's Unix socket (PGlite only). */
  socketPath?: string;
  /** PGlite only: 'owner' started the database process; 'shared' (the CLI) uses the one of the running server. */
  mode?: 'owner' | 'shared';
  close(): Promise<void>;
};

type Logger = { info(msg: string): void; error(msg: string): void; warn(msg: string): void };

/** Where `pg` finds a server listening on "port 5432" in a socket directory. */
const SOCKET_NAME = '.s.PGSQL.5432';
// sun_path holds 108 bytes on Linux and 104 on macOS, including the final NUL.
const MAX_SOCKET_PATH = 103;

/** Files of the embedded database inside DATA_DIR. */
export function embeddedPaths(dataDir: string) {
  const runDir = path.join(dataDir, 'pglite-run');
  return {
    dataDir,
    pgliteDir: path.join(dataDir, 'pglite'),
    runDir,
    socketPath: path.join(runDir, SOCKET_NAME),
    lockFile: path.join(dataDir, 'pglite.lock'),
  };
}

/**
 * Opens the database: a PostgreSQL server when `databaseUrl` is set, otherwise the embedded PGlite under
 * `dataDir`, served on a Unix socket by a watched child process (restarted if it dies) so queries never block the
 * API. One engine per folder: `DATA_DIR/pglite.lock` names its owner; a second server refuses to start, the CLI
 * (`role: 'cli'`) connects through the running server's socket instead.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  logger: Logger;
  poolSize?: number;
  role?: 'server' | 'cli';
  /**
   * PostgreSQL server only: a request waits at most this long for a connection, then fails (answered 503); a server
   * that is unreachable without refusing (a dropped network, a hung host) would otherwise hold requests forever.
   */
  connectTimeoutMs?: number;
  /** Embedded only: a connection that holds the session idle this long (in a transaction) is ended; 0 = never. */
  idleLockTimeoutMs?: number;
  /**
   * PostgreSQL server only: this is the only app instance writing it (DASHBOARD_CACHE_SINGLE_INSTANCE) — no write
   * notices are sent or listened for (ADR 0018).
   */
  singleInstance?: boolean;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 0,
    });
    pool.on('error', (err) => opts.logger.error(`database pool error: ${err.message}`));
    guardClientErrors(pool, opts.logger);
    const db = createKysely(pool, { ownsDatabase: false });
    const notices = startCrossInstanceNotices(db, pool, opts.databaseUrl, {
      singleInstance: opts.singleInstance === true,
      logger: opts.logger,
    });
    return {
      db,
      pool,
      kind: 'postgres',
      async close() {
        await notices?.stop();
        await db.destroy();
      },
    };
  }
  const paths = embeddedPaths(opts.dataDir);
  if (Buffer.byteLength(paths.socketPath) > MAX_SOCKET_PATH) {
    throw new Error(
      `DATA_DIR terlalu panjang untuk soket basis data tertanam (${paths.socketPath}, lebih dari ${MAX_SOCKET_PATH} byte); pindahkan DATA_DIR ke jalur yang lebih pendek`,
    );
  }
  const claim = await claimDataDir(paths, opts.role ?? 'server', opts.logger);
  const makePool = (max: number) => {
    // Through the socket directory; PGlite accepts any user, the socket's 0600 mode is the access control.
    const pool = new pg.Pool({ host: paths.runDir, port: 5432, user: 'postgres', database: 'postgres', max });
    pool.on('error', (err) => opts.logger.warn(`database connection error: ${err.message}`));
    guardClientErrors(pool, opts.logger);
    return pool;
  };

  if (claim.kind === 'shared') {
    const pool = makePool(opts.poolSize ?? 2);
    // The CLI beside a running server: the server owns the database, so nothing may be cached here.
    const db = createKysely(pool, { ownsDatabase: false });
    return {
      db,
      pool,
      kind: 'pglite',
      mode: 'shared',
      socketPath: paths.socketPath,
      embeddedPid: () => claim.info.childPid,
      close: () => db.destroy(),
    };
  }

  const supervisor = new PgliteSupervisor(paths, opts.logger, claim, opts.idleLockTimeoutMs);
  try {
    await supervisor.start();
  } catch (err) {
    await supervisor.stop();
    claim.release();
    throw err;
  }
  // PGlite runs one statement at a time; more connections only queue in the database process instead of here.
  // A few keep it busy while the app reads one answer and sends the next query (see ADR 0002).
  const pool = makePool(opts.poolSize ?? 4);
  const db = createKysely(pool, { ownsDatabase: true });
  return {
    db,
    pool,
    kind: 'pglite',
    mode: 'owner',
    socketPath: paths.socketPath,
    embeddedPid: () => supervisor.pid,
    async close() {
      await db.destroy();
      await supervisor.stop();
      claim.release();
    },
  };
}

/**
 * Takes DATA_DIR for maintenance (the restore): refuses, in Bahasa Indonesia, while a server or another command owns
 * it, and keeps a server from starting on it until `release` is called.
 */
export async function holdDataDir(dataDir: string, logger: Logger): Promise<{ release(): void }> {
  const claim = await claimDataDir(embeddedPaths(dataDir), 'server', logger);
  if (claim.kind !== 'owner') throw new Error(`Folder data ${dataDir} sedang dipakai`);
  return { release: () => claim.release() };
}

/**
 * A connection that breaks while checked out (the database process died or an administrator ended it) emits
 * 'error' on the client; without a listener that would crash the server instead of failing one request.
 */
export function guardClientErrors(pool: pg.Pool, logger: Pick<Logger, 'warn'>) {
  pool.on('connect', (client) =>
    client.on('error', (err) => logger.warn(`database connection lost: ${err.message}`)),
  );
}

// ---------------------------------------------------------------- the folder lock

type LockInfo = {
  ownerPid: number;
  ownerStart?: string;
  role: 'server' | 'cli';
  childPid?: number;
  childStart?: string;
  ready: boolean;
};

type Claim =
  | { kind: 'owner'; info: LockInfo; update(patch: Partial<LockInfo>): void; release(): void }
  | { kind: 'shared'; info: LockInfo };

/** Start time of a process (Linux /proc), so a pid reused by another program is not taken for the owner. */
function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function processAlive(pid: number | undefined, start?: string): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processStart(pid);
  return !(start && now && now !== start);
}

function isDatabaseProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pglite-server.mjs');
  } catch {
    return !fs.existsSync('/proc'); // no /proc (macOS): the recorded start time cannot be checked either
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

function writeLock(file: string, info: LockInfo) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!processAlive(pid)) return true;
    await sleep(100);
  }
  return !processAlive(pid);
}

/**
 * Takes DATA_DIR for this process (atomic create of the lock file). A lock of a live owner: a server refuses, the
 * CLI shares the owner's database through its socket. A lock of a dead owner: its database process, if still
 * running, is stopped first, then the lock is taken over.
 */
async function claimDataDir(
  paths: ReturnType<typeof embeddedPaths>,
  role: 'server' | 'cli',
  logger: Logger,
): Promise<Claim> {
  fs.mkdirSync(paths.dataDir, { recursive: true });
  for (let attempt = 0; attempt < 50; attempt++) {
    const info: LockInfo = {
      ownerPid: process.pid,
      ownerStart: processStart(process.pid),
      role,
      ready: false,
    };
    try {
      fs.writeFileSync(paths.lockFile, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      let current = info;
      return {
        kind: 'owner',
        info,
        update(patch) {
          current = { ...current, ...patch };
          writeLock(paths.lockFile, current);
        },
        release() {
          if (readLock(paths.lockFile)?.ownerPid === process.pid) fs.rmSync(paths.lockFile, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const held = readLock(paths.lockFile);
    if (!held) {
      await sleep(100); // being written by a process starting right now
      if (attempt < 20) continue;
      fs.rmSync(paths.lockFile, { force: true }); // unreadable for 2 s: garbage
      continue;
    }
    if (processAlive(held.ownerPid, held.ownerStart)) {
      const who = held.role === 'cli' ? 'perintah CLI' : 'server SIM Kinerja';
      if (role === 'cli' && held.role === 'server') {
        const ready = await waitUntilReady(paths, held.ownerPid);
        if (ready) return { kind: 'shared', info: ready };
        throw new Error(
          `Folder data ${paths.dataDir} dipakai oleh ${who} (pid ${held.ownerPid}), tetapi basis datanya belum siap; coba lagi sebentar lagi`,
        );
      }
      throw new Error(
        `Folder data ${paths.dataDir} sedang dipakai oleh ${who} lain (pid ${held.ownerPid}). Dua mesin basis data pada satu folder akan merusak data: hentikan proses itu dulu atau pakai DATA_DIR lain.`,
      );
    }
    // The owner is gone (e.g. killed with SIGKILL). Its database process normally notices and exits by itself.
    if (held.childPid && processAlive(held.childPid, held.childStart) && isDatabaseProcess(held.childPid)) {
      logger.warn(
        `menghentikan proses basis data tertanam yang tertinggal (pid ${held.childPid}) dari server yang sudah mati (pid ${held.ownerPid})`,
      );
      process.kill(held.childPid, 'SIGTERM');
      if (!(await waitForExit(held.childPid, 10_000))) {
        process.kill(held.childPid, 'SIGKILL');
        await waitForExit(held.childPid, 5_000);
      }
    }
    // Take the stale lock away atomically, and only if it is still the one just judged stale.
    const aside = `${paths.lockFile}.stale.${process.pid}`;
    try {
      fs.renameSync(paths.lockFile, aside);
    } catch {
      continue;
    }
    const moved = readLock(aside);
    if (moved && moved.ownerPid !== held.ownerPid) {
      // Another process took over in between: give its lock back and judge again.
      try {
        fs.linkSync(aside, paths.lockFile);
      } catch {
        /* someone else holds it now; the next round sees that lock */
      }
    }
    fs.rmSync(aside, { force: true });
  }
  throw new Error(`Kunci folder data ${paths.lockFile} tidak dapat diambil`);
}

/** The CLI beside a server that is still starting: wait (up to 60 s) until its database answers. */
async function waitUntilReady(paths: ReturnType<typeof embeddedPaths>, ownerPid: number) {
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    const info = readLock(paths.lockFile);
    if (!info || info.ownerPid !== ownerPid || !processAlive(ownerPid, info.ownerStart)) return undefined;
    if (info.ready && fs.existsSync(paths.socketPath)) return info;
    await sleep(200);
  }
  return undefined;
}

// ---------------------------------------------------------------- the database process

class PgliteSupervisor {
  private child: ChildProcess | undefined;
  private stopping = false;
  private failures = 0;
  private started = false;
  private restartTimer: NodeJS.Timeout | undefined;

  get pid() {
    return this.child?.pid;
  }

  constructor(
    private readonly paths: ReturnType<typeof embeddedPaths>,
    private readonly logger: Logger,
    private readonly claim: Extract<Claim, { kind: 'owner' }>,
    private readonly idleLockTimeoutMs: number | undefined,
  ) {}

  async start(): Promise<void> {
    fs.mkdirSync(this.paths.pgliteDir, { recursive: true });
    await this.spawn();
    this.started = true;
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = fork(path.join(import.meta.dirname, 'pglite-server.mjs'), [], {
        env: {
          ...process.env,
          PGLITE_DIR: this.paths.pgliteDir,
          PGLITE_SOCKET_DIR: this.paths.runDir,
          PGLITE_PARENT_PID: String(process.pid),
          ...(this.idleLockTimeoutMs !== undefined
            ? { PGLITE_IDLE_LOCK_TIMEOUT_MS: String(this.idleLockTimeoutMs) }
            : {}),
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // Its own process group: Ctrl-C in the terminal reaches the server, which then stops the database last.
        detached: true,
      });
      this.child = child;
      if (child.pid)
        this.claim.update({ childPid: child.pid, childStart: processStart(child.pid), ready: false });
      let ready = false;
      child.on('message', (msg: { type: string; socket?: string; message?: string }) => {
        if (msg.type === 'ready') {
          ready = true;
          this.failures = 0;
          this.claim.update({ ready: true });
          resolve();
        } else if (msg.type === 'error') {
          reject(new Error(`PGlite gagal dijalankan: ${msg.message}`));
        }
      });
      child.on('exit', (code, signal) => {
        if (!ready) reject(new Error(`PGlite berhenti sebelum siap (code ${code}, signal ${signal})`));
        // A failed first start is reported to the caller; later deaths are restarted.
        if (this.stopping || !this.started) return;
        this.claim.update({ ready: false });
        this.scheduleRestart(`embedded database stopped unexpectedly (code ${code}, signal ${signal})`);
      });
    });
  }

  /** Restarts a database process that died; retries with a growing pause if it cannot start. */
  private scheduleRestart(why: string) {
    const delay = Math.min(30_000, 250 * 2 ** this.failures);
    this.failures += 1;
    this.logger.error(`${why}; restarting in ${delay} ms`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.spawn().catch((err: Error) => {
        this.logger.error(`embedded database restart failed: ${err.message}`);
      });
    }, delay);
    this.restartTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
