import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

// Return DATE columns as 'YYYY-MM-DD' strings: a calendar date has no time zone, and turning it into a JS Date
// would shift it by the server's offset. BIGINT counts come back as numbers (ids stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export type Database = Kysely<DB>;

export type DatabaseHandle = {
  db: Database;
  pool: pg.Pool;
  kind: 'pglite' | 'postgres';
  /** Process id of the embedded database server (PGlite only), for operations and crash tests. */
  embeddedPid?: () => number | undefined;
  close(): Promise<void>;
};

type Logger = { info(msg: string): void; error(msg: string): void; warn(msg: string): void };

/**
 * Opens the database: a PostgreSQL server when `databaseUrl` is set, otherwise the embedded PGlite under
 * `dataDir`, served by a watched child process (restarted if it dies) so queries never block the API.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  logger: Logger;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    pool.on('error', (err) => opts.logger.error(`database pool error: ${err.message}`));
    guardClientErrors(pool, opts.logger);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, pool, kind: 'postgres', close: () => db.destroy() };
  }
  const supervisor = new PgliteSupervisor(path.join(opts.dataDir, 'pglite'), opts.logger);
  const port = await supervisor.start();
  const pool = new pg.Pool({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    max: opts.poolSize ?? 8,
  });
  pool.on('error', (err) => opts.logger.warn(`database connection error: ${err.message}`));
  guardClientErrors(pool, opts.logger);
  supervisor.onRestart = (newPort) => {
    // pg reads these options when it opens a new connection; broken ones are discarded on error.
    (pool.options as { port?: number }).port = newPort;
  };
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    kind: 'pglite',
    embeddedPid: () => supervisor.pid,
    async close() {
      await db.destroy();
      await supervisor.stop();
    },
  };
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

class PgliteSupervisor {
  private child: ChildProcess | undefined;
  private stopping = false;
  onRestart: ((port: number) => void) | undefined;

  get pid() {
    return this.child?.pid;
  }

  constructor(
    private readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<number> {
    fs.mkdirSync(this.dir, { recursive: true });
    return this.spawn();
  }

  private spawn(): Promise<number> {
    return new Promise((resolve, reject) => {
      const child = fork(path.join(import.meta.dirname, 'pglite-server.mjs'), [], {
        env: { ...process.env, PGLITE_DIR: this.dir },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // Its own process group: Ctrl-C in the terminal reaches the server, which then stops the database last.
        detached: true,
      });
      this.child = child;
      let ready = false;
      child.on('message', (msg: { type: string; port?: number; message?: string }) => {
        if (msg.type === 'ready' && msg.port) {
          ready = true;
          resolve(msg.port);
        } else if (msg.type === 'error') {
          reject(new Error(`PGlite gagal dijalankan: ${msg.message}`));
        }
      });
      child.on('exit', (code, signal) => {
        if (!ready) {
          reject(new Error(`PGlite berhenti sebelum siap (code ${code}, signal ${signal})`));
          return;
        }
        if (this.stopping) return;
        this.logger.error(
          `embedded database stopped unexpectedly (code ${code}, signal ${signal}); restarting`,
        );
        this.spawn().then(
          (port) => this.onRestart?.(port),
          (err: Error) => this.logger.error(`embedded database restart failed: ${err.message}`),
        );
      });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
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
