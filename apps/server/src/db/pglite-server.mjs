// Child process that owns the embedded PGlite database and serves it over the PostgreSQL wire protocol on a Unix
// socket inside DATA_DIR, so the app reaches it with the same `pg` pool it uses for a PostgreSQL server and a slow
// query never blocks the API's event loop (see docs/adr/0002-embedded-postgres.md).
//
// PGlite is ONE PostgreSQL session. Several client connections share it, so this server keeps each connection's
// message sequence together: a connection takes the session when it sends the first message of a sequence and keeps
// it until its Sync or simple Query has been answered with ReadyForQuery *and* no transaction is open. Other
// connections wait in a FIFO queue. (`@electric-sql/pglite-socket` interleaves Parse/Bind/Execute of different
// connections, so requests got each other's results; upstream electric-sql/pglite #977, #1046.)
//
// Environment (set by database.ts): PGLITE_DIR (data), PGLITE_SOCKET_DIR (0700 directory for the socket),
// PGLITE_PARENT_PID (the owning server; the child exits when it is gone), PGLITE_IDLE_LOCK_TIMEOUT_MS.
// IPC to the parent: { type: 'ready', socket } once listening, { type: 'error', message } on failure.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const MAX_MESSAGE = 256 * 1024 * 1024;
const SOCKET_NAME = '.s.PGSQL.5432'; // where `pg` looks for port 5432 in a socket directory

const dataDir = process.env.PGLITE_DIR;
const socketDir = process.env.PGLITE_SOCKET_DIR;
const parentPid = Number(process.env.PGLITE_PARENT_PID || process.ppid);
const idleLockTimeoutMs = Number(process.env.PGLITE_IDLE_LOCK_TIMEOUT_MS ?? 60_000);

/** A backend message: type byte, Int32 length (counting itself), body. */
function backendMessage(type, body) {
  const head = Buffer.alloc(5);
  head.write(type, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** An ErrorResponse with severity, SQLSTATE and text, as PostgreSQL sends it. */
function errorResponse(severity, code, message) {
  const field = (t, v) => Buffer.concat([Buffer.from(t), Buffer.from(v, 'utf8'), Buffer.from([0])]);
  return backendMessage(
    'E',
    Buffer.concat([
      field('S', severity),
      field('V', severity),
      field('C', code),
      field('M', message),
      Buffer.from([0]),
    ]),
  );
}

const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
const ROLLBACK = (() => {
  const text = Buffer.from('ROLLBACK\0');
  const head = Buffer.alloc(5);
  head.write('Q', 0, 'latin1');
  head.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([head, text]);
})();

/**
 * The single PGlite session, lent to one connection at a time in arrival order. `acquire` resolves true when the
 * connection holds it, false when the connection went away while waiting.
 */
class SessionLock {
  holder = null;
  waiters = [];

  acquire(owner, { first = false } = {}) {
    if (this.holder === owner) return Promise.resolve(true);
    if (this.holder === null) {
      this.holder = owner;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const waiter = { owner, resolve };
      if (first) this.waiters.unshift(waiter);
      else this.waiters.push(waiter);
    });
  }

  release(owner) {
    if (this.holder !== owner) return;
    const next = this.waiters.shift();
    this.holder = next ? next.owner : null;
    next?.resolve(true);
  }

  /** A waiting connection that disconnected leaves the queue. */
  abandon(owner) {
    const gone = this.waiters.filter((w) => w.owner === owner);
    this.waiters = this.waiters.filter((w) => w.owner !== owner);
    for (const w of gone) w.resolve(false);
  }

  get waiting() {
    return this.waiters.length;
  }
}

/**
 * Runs raw protocol bytes on the session; output goes to `onData`. Call only while holding the lock. SQL errors come
 * back as ErrorResponse messages; a throw means PGlite itself failed (a WASM abort) and cannot be trusted any more:
 * the process exits and the server starts a fresh one on the same files (they survive a crash, fsync aside).
 */
async function run(db, bytes, onData) {
  try {
    await db.runExclusive(() =>
      db.execProtocolRawStream(new Uint8Array(bytes), { onRawData: (chunk) => onData?.(chunk) }),
    );
  } catch (err) {
    process.stderr.write(
      `[basis data tertanam] PGlite gagal: ${err instanceof Error ? err.message : String(err)}; proses dimulai ulang\n`,
    );
    process.exit(1);
  }
}

class Connection {
  buffer = Buffer.alloc(0);
  started = false;
  closed = false;
  /** Messages of an unfinished sequence (no Sync yet) were run: the session's unnamed statement/portal is ours. */
  midSequence = false;
  chain = Promise.resolve();
  idleTimer = undefined;

  constructor(socket, db, lock, log) {
    this.socket = socket;
    this.db = db;
    this.lock = lock;
    this.log = log;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.clearIdleTimer();
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.enqueue(() => this.process());
    });
    socket.on('error', () => {
      /* a client that vanished: 'close' follows and cleans up */
    });
    socket.on('close', () => {
      this.closed = true;
      this.clearIdleTimer();
      this.lock.abandon(this);
      this.enqueue(() => this.cleanup());
    });
  }

  /** All work of one connection runs in order, so cleanup never overlaps a message still running. */
  enqueue(step) {
    this.chain = this.chain.then(step).catch((err) => {
      this.log(`koneksi basis data gagal diproses: ${err instanceof Error ? err.message : String(err)}`);
      this.socket.destroy();
    });
  }

  write(chunk) {
    if (!this.closed && this.socket.writable) this.socket.write(Buffer.from(chunk));
  }

  /** Takes the next complete frame from the buffer, or undefined. Before startup frames have no type byte. */
  nextFrame() {
    const buf = this.buffer;
    const offset = this.started ? 1 : 0;
    if (buf.length < offset + 4) return undefined;
    const length = buf.readInt32BE(offset);
    if (length < 4 || length > MAX_MESSAGE) throw new Error(`panjang pesan tidak valid (${length})`);
    if (buf.length < offset + length) return undefined;
    const frame = buf.subarray(0, offset + length);
    this.buffer = buf.subarray(offset + length);
    return frame;
  }

  async process() {
    while (!this.closed) {
      if (!this.started) {
        const frame = this.nextFrame();
        if (!frame) return;
        const code = frame.length >= 8 ? frame.readInt32BE(4) : 0;
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.write(Buffer.from('N')); // no encryption on a local socket; the client goes on in plain text
          continue;
        }
        if (code === CANCEL_REQUEST) {
          this.socket.end(); // one session, no separate backends to cancel
          return;
        }
        if (code !== PROTOCOL_3) {
          this.write(errorResponse('FATAL', '0A000', `protokol ${code} tidak didukung`));
          this.socket.end();
          return;
        }
        // The startup message is answered with AuthenticationOk … ReadyForQuery: a sequence of its own.
        await this.runSequence([frame], true);
        this.started = true;
        continue;
      }
      // Gather every complete message up to and including the next Sync/Query: one call to PGlite.
      const batch = [];
      let ends = false;
      let terminate = false;
      for (;;) {
        const frame = this.nextFrame();
        if (!frame) break;
        const type = String.fromCharCode(frame[0]);
        if (type === 'X') {
          terminate = true;
          break;
        }
        batch.push(frame);
        if (type === 'S' || type === 'Q') {
          ends = true;
          break;
        }
      }
      if (batch.length) await this.runSequence(batch, ends);
      if (terminate) {
        this.socket.end();
        return;
      }
      if (!batch.length) return;
    }
  }

  /** Runs messages under the session lock; releases it once a sequence ended in ReadyForQuery outside a transaction. */
  async runSequence(frames, ends) {
    if (!(await this.lock.acquire(this))) return;
    if (this.closed) return; // cleanup (queued after us) releases the lock
    let tail = Buffer.alloc(0);
    await run(this.db, Buffer.concat(frames), (chunk) => {
      this.write(chunk);
      tail = Buffer.concat([tail, Buffer.from(chunk.subarray(-6))]).subarray(-6);
    });
    // The answer ends in ReadyForQuery: 'Z', length 5, status I (idle), T (in transaction) or E (failed transaction).
    const ready = tail.length === 6 && tail[0] === 0x5a && tail.readInt32BE(1) === 5;
    if (ends && ready) this.midSequence = false;
    else this.midSequence = true;
    if (ready && !this.midSequence && tail[5] === 0x49 && !this.db.isInTransaction()) this.lock.release(this);
    else this.startIdleTimer();
  }

  /**
   * A connection that holds the session but sends nothing (idle in a transaction, or a sequence without Sync) would
   * stop every other connection; like PostgreSQL's idle_in_transaction_session_timeout it is ended after a while.
   */
  startIdleTimer() {
    if (!idleLockTimeoutMs || this.closed) return;
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      if (this.lock.holder !== this || this.closed) return;
      this.log(
        `koneksi basis data memegang sesi tanpa aktivitas selama ${idleLockTimeoutMs} ms (transaksi terbuka); koneksi diputus dan transaksinya dibatalkan`,
      );
      this.write(
        errorResponse('FATAL', '25P03', 'terminating connection due to idle-in-transaction timeout'),
      );
      this.socket.destroy();
    }, idleLockTimeoutMs);
  }

  clearIdleTimer() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  /** After a disconnect: finish its half-sent sequence, roll back its transaction, hand the session on. */
  async cleanup() {
    if (this.lock.holder !== this) return;
    try {
      if (this.midSequence) await run(this.db, SYNC);
      if (this.db.isInTransaction()) await run(this.db, ROLLBACK);
    } finally {
      this.midSequence = false;
      this.lock.release(this);
    }
  }
}

/** The socket directory: ours, a real directory, owner-only. Anything else is refused rather than loosened. */
function prepareSocketDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  if (!st.isDirectory()) throw new Error(`${dir} bukan direktori`);
  if (typeof process.getuid === 'function' && st.uid !== process.getuid())
    throw new Error(`${dir} dimiliki pengguna lain (uid ${st.uid})`);
  fs.chmodSync(dir, 0o700);
  const socketPath = path.join(dir, SOCKET_NAME);
  // A socket file left by a database process that died; the parent made sure no live one owns this folder.
  fs.rmSync(socketPath, { force: true });
  return socketPath;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function main() {
  if (!dataDir || !socketDir) throw new Error('PGLITE_DIR dan PGLITE_SOCKET_DIR wajib diatur');
  const log = (m) => process.stderr.write(`[basis data tertanam] ${m}\n`);
  const socketPath = prepareSocketDir(socketDir);
  const db = await PGlite.create(dataDir, {
    postgresqlconf: ['max_wal_size = 64MB', 'min_wal_size = 32MB'],
    // Contrib extensions are separate WASM bundles that must be named here; the migrations create pg_trgm (the
    // complaint search's trigram indexes, ADR 0013).
    extensions: { pg_trgm },
  });
  const lock = new SessionLock();
  const connections = new Set();
  let stopping = false;
  const server = net.createServer((socket) => {
    if (stopping) return socket.destroy();
    const conn = new Connection(socket, db, lock, log);
    connections.add(conn);
    socket.on('close', () => connections.delete(conn));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    // The socket is created owner-only (0600): no other user on the machine can connect.
    const mask = process.umask(0o177);
    server.listen(socketPath, () => {
      process.umask(mask);
      resolve();
    });
  });
  fs.chmodSync(socketPath, 0o600);
  process.send?.({ type: 'ready', socket: socketPath });

  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    if (why) log(`berhenti: ${why}`);
    // Never linger holding the data folder, even if closing hangs.
    setTimeout(() => process.exit(1), 10_000).unref();
    try {
      server.close();
      for (const conn of connections) conn.socket.destroy();
      // Wait for the message running now (its connection then rolls back and lets go), then close the files.
      const me = {};
      await lock.acquire(me, { first: true });
      if (db.isInTransaction()) await run(db, ROLLBACK);
      await db.close();
      fs.rmSync(socketPath, { force: true });
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => {
    /* the parent decides when to stop; Ctrl-C reaches the whole group */
  });
  // The owning server died (even by SIGKILL, which it cannot report): the IPC channel closes, and in case it
  // does not, the parent pid is polled. An orphan must not keep the folder locked.
  process.on('disconnect', () => void stop('server pemilik terputus'));
  setInterval(() => {
    if (process.ppid !== parentPid || !alive(parentPid)) void stop('server pemilik tidak ada lagi');
  }, 1000).unref();
}

main().catch((err) => {
  process.send?.({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
