import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrator';
import { seedDemoIfEmpty } from './demo/demo-seed';
import { startAuditChainJob } from './modules/audit/audit.service';
import { startComplaintJobs } from './modules/complaints/complaint-sla.job';
import { startForumDigestJob } from './modules/forum/forum-digest.service';
import { startOutboxSender } from './modules/notifications/notification-outbox.job';
import { startOversightJobs } from './modules/oversight/oversight-escalation.job';
import { startTrainingReminderJob } from './modules/training/training-reports.job';
import { startTrainingJobs } from './modules/training/training-reminder.job';
import { waitForImportJobs } from './modules/org/org-import.service';
import { startLivePruneJob } from './modules/live/live.job';
import { startMonthlySummaryJob } from './modules/dashboards/dashboard-leadership.job';
import { startBackupJob } from './db/backup.job';
import { startRetentionJob } from './modules/complaints/complaint-privacy.job';

// Starts the server: settings, database (embedded PGlite or DATABASE_URL), migrations, demo data on an empty
// database when DEMO is on, then listen; SIGINT/SIGTERM close requests, then the pool, then the database.
async function main() {
  const config = loadConfig();
  const logger = { level: config.logLevel };
  const log = (msg: string) => process.stdout.write(`${msg}\n`);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    role: 'server',
    idleLockTimeoutMs: config.embeddedIdleLockTimeoutMs,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    poolSize: config.databasePoolSize,
    singleInstance: config.dashboardCache.singleInstance,
    logger: { info: log, warn: log, error: (m) => process.stderr.write(`${m}\n`) },
  });
  const applied = await migrateToLatest(handle.db);
  if (applied.length) log(`Migrasi diterapkan: ${applied.join(', ')}`);
  const seeded = config.demo ? await seedDemoIfEmpty(handle.db, config) : null;

  const app = await buildApp({ db: handle.db, config, logger, liveDatabaseUrl: config.databaseUrl });
  let closing = false;
  let stopJobs = () => {};
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    stopJobs();
    log(`\n${signal} diterima, menutup server…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await waitForImportJobs(); // a running import finishes its batch instead of being cut off
      await handle.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  // Links committed audit rows into the hash chain (ADR 0016); every instance may run it, the chain lock serialises.
  const stopAuditChain = startAuditChainJob(app, { intervalMs: config.auditChainIntervalMs });
  // Deadline warnings, escalation and auto-close; one instance at a time runs them (advisory lock).
  const stopComplaintJobs = startComplaintJobs(app);
  // Training reminders the day before a session (e-mail), once per enrolment under an advisory lock.
  const stopTrainingJobs = startTrainingJobs(app);
  // The 20 JP reminders of the last quarter (monthly rounds; advisory lock, idempotent).
  const stopJpReminders = startTrainingReminderJob(app);
  // Reminders and escalation of overdue oversight recommendations (same locking and idempotence).
  const stopOversightJobs = startOversightJobs(app);
  // The forum's daily e-mail digest (one per subscriber and WIB day, advisory lock).
  const stopForumDigest = startForumDigestJob(app);
  // The e-mail outbox: every module queues mail in its own transaction; this delivers it with retries.
  const stopOutbox = startOutboxSender(app);
  // Live events past their retention (a reconnect that late reloads its screens instead).
  const stopLivePrune = startLivePruneJob(app);
  // The Pimpinan's monthly summary notice, once per month and Pimpinan (advisory lock, idempotent).
  const stopMonthlySummary = startMonthlySummaryJob(app);
  // The daily backup of the embedded database (a PostgreSQL server is backed up with pg_dump; docs/security.md).
  const stopBackup = handle.kind === 'pglite' ? startBackupJob(app, handle.kind) : () => {};
  // Anonymisation of closed complaints past the retention period (UU 27/2022; advisory lock, idempotent, audited).
  const stopRetention = startRetentionJob(app);
  stopJobs = () => {
    stopRetention();
    stopAuditChain();
    stopBackup();
    stopLivePrune();
    stopMonthlySummary();
    stopComplaintJobs();
    stopTrainingJobs();
    stopJpReminders();
    stopOversightJobs();
    stopForumDigest();
    stopOutbox();
  };
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  log('');
  log(`SIM Kinerja siap di ${url}`);
  log(
    `Basis data: ${handle.kind === 'pglite' ? `PGlite tertanam di ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  if (config.demo) {
    log(
      seeded
        ? `Data demo Kecamatan Kertapati dibuat (${seeded.employees} pegawai).`
        : 'Data yang ada dipakai (tidak di-seed ulang).',
    );
    log(`Login demo (kata sandi: ${config.demoPassword}):`);
    log('  admin   — Admin Kepegawaian');
    log('  camat   — Pimpinan (Camat)');
    log('  atau NIP pegawai mana pun, lihat README.');
  }
}

main().catch((err) => {
  process.stderr.write(
    `Gagal menjalankan server: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
