// Child process that owns the embedded PGlite database and serves it over the PostgreSQL wire protocol on
// 127.0.0.1, so the app reaches it with the same `pg` pool it uses for a PostgreSQL server and a slow query
// never blocks the API's event loop (see docs/adr/0002-embedded-postgres.md).
// Protocol with the parent (IPC): sends { type: 'ready', port } once listening, { type: 'error', message } on failure.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.env.PGLITE_DIR;
const maxConnections = Number(process.env.PGLITE_MAX_CONNECTIONS ?? 20);

async function main() {
  if (!dataDir) throw new Error('PGLITE_DIR is not set');
  const db = await PGlite.create(dataDir, {
    postgresqlconf: ['max_wal_size = 64MB', 'min_wal_size = 32MB'],
  });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  // The public API reports the configured port; the bound one comes from the underlying net.Server.
  const address = server['server']?.address();
  const port = typeof address === 'object' && address ? address.port : undefined;
  if (!port) throw new Error('PGlite socket server did not report a port');
  process.send?.({ type: 'ready', port });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await server.stop();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', () => {
    /* the parent decides when to stop; Ctrl-C reaches the whole group */
  });
  process.on('disconnect', stop);
}

main().catch((err) => {
  process.send?.({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
