import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** A request limit per client address for a group of routes (@fastify/rate-limit options). */
export type RateLimit = { max: number; timeWindow: string };

export type RateLimits = {
  login: RateLimit;
  complaintFiling: RateLimit;
  complaintTracking: RateLimit;
  complaintLookup: RateLimit;
  complaintLookupPerTicket: RateLimit;
  open311Read: RateLimit;
  open311Write: RateLimit;
  surveyRead: RateLimit;
  surveySubmit: RateLimit;
  documentVerify: RateLimit;
  openData: RateLimit;
  publicEvents: RateLimit;
};

/** Reads `N/unit` or `N/K units` (unit: second, minute, hour, day), e.g. `120/hour`, `60/10 minutes`. */
function rate(value: string | undefined, fallback: string, name: string): RateLimit {
  const text = (value || fallback).trim();
  const m = /^(\d+)\s*\/\s*(?:(\d+)\s*)?(second|minute|hour|day)s?$/i.exec(text);
  if (!m || Number(m[1]) < 1) {
    throw new Error(
      `${name} harus berbentuk "jumlah/satuan" (mis. 120/hour atau 60/10 minutes), bukan "${text}"`,
    );
  }
  const count = Number(m[2] ?? 1);
  const unit = m[3]!.toLowerCase();
  return { max: Number(m[1]), timeWindow: `${count} ${unit}${count === 1 ? '' : 's'}` };
}

/** Runtime settings, all from the environment (public contract in ARCHITECTURE.md). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * PostgreSQL server only: how long a request waits for a database connection (a new one, or a free one of the
   * pool) before it is answered 503; 0 = forever. Keeps requests failing fast when the server does not answer.
   */
  databaseConnectTimeoutMs: number;
  /**
   * PostgreSQL server only: the connections each app instance keeps to the database (its pool). More is not faster
   * when the database's cores are few: measured on two shared cores, the city's staff list ran best with 4 (issue 15,
   * docs/benchmarks.md). Plus one LISTEN connection per instance.
   */
  databasePoolSize: number;
  /** Embedded database: a connection idle this long while holding PGlite's one session is ended (0 = never). */
  embeddedIdleLockTimeoutMs: number;
  demo: boolean;
  demoPassword: string;
  demoOpen311Key: string;
  smtpUrl: string | undefined;
  /**
   * The e-mail outbox sender: attempts per message before it is marked failed, the first retry's delay (doubled on
   * each later one, at most `retryMaxSeconds`) and how often the sender looks for due mail.
   */
  mailOutbox: { maxAttempts: number; retryBaseSeconds: number; retryMaxSeconds: number; intervalMs: number };
  /** How often committed audit rows are linked into the hash chain (ADR 0016): the longest a row stays unlinked. */
  auditChainIntervalMs: number;
  /**
   * How long an instance files complaints with the catalogue, kelurahan list, deadline policy and holidays it read
   * last (ADR 0014): a change made on another instance applies to this one's filings within this time (0 = read
   * them for every filing). A change on this instance applies at once.
   */
  complaintIntakeCacheMs: number;
  publicUrl: string | undefined;
  webDist: string;
  logLevel: string;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  login: {
    lockAfterFailures: number;
    lockMinutes: number;
    ipMaxFailuresPer15Min: number;
    baseDelayMs: number;
    maxDelayMs: number;
    knownAddressDays: number;
  };
  upload: { maxBytes: number };
  /** How long the public transparency figures (/transparansi, open data) are reused before being recomputed. */
  transparencyCacheSeconds: number;
  /**
   * The dashboards' answer cache (ADR 0012): how long an answer is reused at most (0 = off), how many answers are
   * kept, and whether this is the only instance writing a PostgreSQL server (else it is off there).
   */
  dashboardCache: { ttlMs: number; maxEntries: number; singleInstance: boolean };
  /** Lowest zxcvbn score (0–4) a new password must reach. */
  passwordMinScore: number;
  /** Per-address request limits of the public and login routes. */
  rateLimits: RateLimits;
  /** Proof-of-work on public complaint filing: leading zero bits (0 = off), challenge lifetime, HMAC key. */
  complaintPow: { bits: number; ttlMinutes: number; secret: string };
  /** Live updates (issue 14 §1): how long missed events can be caught up, the stream's heartbeat. */
  live: {
    retentionHours: number;
    heartbeatSeconds: number;
    /** The public stream (GET /api/v1/public/events): open streams per address and per instance. */
    publicMaxPerAddress: number;
    publicMaxStreams: number;
  };
  /** Backups (issue 16 §4): where files go, the WIB hour of the daily backup (null = off), days kept (0 = all). */
  backup: { dir: string; hourWib: number | null; retentionDays: number };
};

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} harus bilangan bulat ≥ 0, bukan "${value}"`);
  return n;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  const n = int(value, fallback, name);
  if (n < 1) throw new Error(`${name} harus bilangan bulat ≥ 1, bukan "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on', 'ya'].includes(value.toLowerCase());
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** BACKUP_HOUR_WIB: an hour 0–23, or `off`. */
function backupHour(value: string | undefined): number | null {
  if (value && ['off', 'mati', 'false', 'no'].includes(value.toLowerCase())) return null;
  const hour = int(value, 2, 'BACKUP_HOUR_WIB');
  if (hour > 23) throw new Error(`BACKUP_HOUR_WIB harus jam 0–23 atau "off", bukan "${value}"`);
  return hour;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const publicUrl = env.PUBLIC_URL || undefined;
  const dataDir = path.resolve(env.DATA_DIR || path.join(repoRoot, 'data'));
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseConnectTimeoutMs: int(env.DATABASE_CONNECT_TIMEOUT_MS, 5000, 'DATABASE_CONNECT_TIMEOUT_MS'),
    databasePoolSize: positiveInt(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE'),
    embeddedIdleLockTimeoutMs: int(env.PGLITE_IDLE_TIMEOUT_MS, 60_000, 'PGLITE_IDLE_TIMEOUT_MS'),
    demo: bool(env.DEMO, false),
    demoPassword: env.DEMO_PASSWORD || 'Kertapati#2026',
    demoOpen311Key: env.DEMO_OPEN311_KEY || 'kertapati-demo-key',
    smtpUrl: env.SMTP_URL || undefined,
    // Eight attempts from 1 minute doubling reach about 2 hours after the first failure, which outlasts an ordinary
    // mail-server restart or maintenance window; the cap keeps a long outage retried every 6 hours.
    mailOutbox: {
      maxAttempts: Math.max(int(env.MAIL_MAX_ATTEMPTS, 8, 'MAIL_MAX_ATTEMPTS'), 1),
      retryBaseSeconds: Math.max(int(env.MAIL_RETRY_BASE_SECONDS, 60, 'MAIL_RETRY_BASE_SECONDS'), 1),
      retryMaxSeconds: Math.max(int(env.MAIL_RETRY_MAX_SECONDS, 6 * 3600, 'MAIL_RETRY_MAX_SECONDS'), 1),
      intervalMs: Math.max(int(env.MAIL_OUTBOX_INTERVAL_MS, 10_000, 'MAIL_OUTBOX_INTERVAL_MS'), 100),
    },
    auditChainIntervalMs: Math.max(int(env.AUDIT_CHAIN_INTERVAL_MS, 1000, 'AUDIT_CHAIN_INTERVAL_MS'), 50),
    complaintIntakeCacheMs:
      int(env.COMPLAINT_INTAKE_CACHE_SECONDS, 5, 'COMPLAINT_INTAKE_CACHE_SECONDS') * 1000,
    publicUrl,
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, 'apps/web/dist')),
    logLevel: env.LOG_LEVEL || 'info',
    session: {
      idleMinutes: int(env.SESSION_IDLE_MINUTES, 120, 'SESSION_IDLE_MINUTES'),
      absoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
      cookieSecure: bool(env.COOKIE_SECURE, publicUrl?.startsWith('https://') ?? false),
    },
    login: {
      lockAfterFailures: int(env.LOGIN_LOCK_AFTER, 10, 'LOGIN_LOCK_AFTER'),
      lockMinutes: int(env.LOGIN_LOCK_MINUTES, 15, 'LOGIN_LOCK_MINUTES'),
      ipMaxFailuresPer15Min: int(env.LOGIN_IP_MAX_FAILURES, 50, 'LOGIN_IP_MAX_FAILURES'),
      baseDelayMs: int(env.LOGIN_BASE_DELAY_MS, 1000, 'LOGIN_BASE_DELAY_MS'),
      maxDelayMs: int(env.LOGIN_MAX_DELAY_MS, 60_000, 'LOGIN_MAX_DELAY_MS'),
      knownAddressDays: int(env.LOGIN_KNOWN_ADDRESS_DAYS, 90, 'LOGIN_KNOWN_ADDRESS_DAYS'),
    },
    upload: { maxBytes: int(env.UPLOAD_MAX_BYTES, 20 * 1024 * 1024, 'UPLOAD_MAX_BYTES') },
    transparencyCacheSeconds: int(env.TRANSPARENCY_CACHE_SECONDS, 60, 'TRANSPARENCY_CACHE_SECONDS'),
    // 5 s: countdowns and "overdue" are at most that late (ADR 0012); the WIB date is part of the key.
    dashboardCache: {
      ttlMs: Math.min(int(env.DASHBOARD_CACHE_TTL_MS, 5000, 'DASHBOARD_CACHE_TTL_MS'), 60_000),
      maxEntries: int(env.DASHBOARD_CACHE_MAX_ENTRIES, 500, 'DASHBOARD_CACHE_MAX_ENTRIES'),
      singleInstance: bool(env.DASHBOARD_CACHE_SINGLE_INSTANCE, false),
    },
    passwordMinScore: Math.min(int(env.PASSWORD_MIN_SCORE, 3, 'PASSWORD_MIN_SCORE'), 4),
    // Defaults leave room for carrier-grade NAT and a service counter's Wi-Fi (a whole kelurahan behind one
    // address); spam is kept out by the honeypot and the proof-of-work as well.
    rateLimits: {
      login: rate(env.RATE_LIMIT_LOGIN, '30/minute', 'RATE_LIMIT_LOGIN'),
      complaintFiling: rate(env.RATE_LIMIT_COMPLAINT_FILING, '120/hour', 'RATE_LIMIT_COMPLAINT_FILING'),
      complaintTracking: rate(
        env.RATE_LIMIT_COMPLAINT_TRACKING,
        '120/minute',
        'RATE_LIMIT_COMPLAINT_TRACKING',
      ),
      // Ticket + phone/e-mail lookups of a lost link: a few per address (NAT leaves room for several citizens),
      // and failures per ticket from every address together, so a known ticket's number cannot be guessed.
      complaintLookup: rate(env.RATE_LIMIT_COMPLAINT_LOOKUP, '20/hour', 'RATE_LIMIT_COMPLAINT_LOOKUP'),
      complaintLookupPerTicket: rate(
        env.RATE_LIMIT_COMPLAINT_LOOKUP_TICKET,
        '5/hour',
        'RATE_LIMIT_COMPLAINT_LOOKUP_TICKET',
      ),
      open311Read: rate(env.RATE_LIMIT_OPEN311_READ, '120/minute', 'RATE_LIMIT_OPEN311_READ'),
      open311Write: rate(env.RATE_LIMIT_OPEN311_WRITE, '30/minute', 'RATE_LIMIT_OPEN311_WRITE'),
      surveyRead: rate(env.RATE_LIMIT_SURVEY_READ, '120/minute', 'RATE_LIMIT_SURVEY_READ'),
      surveySubmit: rate(env.RATE_LIMIT_SURVEY_SUBMIT, '60/10 minutes', 'RATE_LIMIT_SURVEY_SUBMIT'),
      documentVerify: rate(env.RATE_LIMIT_DOCUMENT_VERIFY, '60/minute', 'RATE_LIMIT_DOCUMENT_VERIFY'),
      openData: rate(env.RATE_LIMIT_OPEN_DATA, '120/minute', 'RATE_LIMIT_OPEN_DATA'),
      // Opening the public event stream: a browser reconnects every few seconds at worst, so this is generous.
      publicEvents: rate(env.RATE_LIMIT_PUBLIC_EVENTS, '30/minute', 'RATE_LIMIT_PUBLIC_EVENTS'),
    },
    complaintPow: {
      bits: Math.min(int(env.COMPLAINT_POW_BITS, 14, 'COMPLAINT_POW_BITS'), 24),
      ttlMinutes: Math.max(int(env.COMPLAINT_POW_TTL_MINUTES, 30, 'COMPLAINT_POW_TTL_MINUTES'), 1),
      // Several app instances must share the key; one instance may use a random key per start.
      secret: env.COMPLAINT_POW_SECRET || randomBytes(32).toString('hex'),
    },
    live: {
      retentionHours: Math.max(int(env.LIVE_EVENTS_RETENTION_HOURS, 24, 'LIVE_EVENTS_RETENTION_HOURS'), 1),
      // Below the usual 60 s idle timeout of reverse proxies, so an open stream is never cut for silence.
      heartbeatSeconds: Math.max(int(env.LIVE_HEARTBEAT_SECONDS, 15, 'LIVE_HEARTBEAT_SECONDS'), 1),
      // A few tabs per address (a service counter's Wi-Fi, carrier-grade NAT) and a ceiling per instance, so open
      // anonymous connections cannot exhaust the server's sockets.
      publicMaxPerAddress: Math.max(
        int(env.LIVE_PUBLIC_MAX_PER_ADDRESS, 6, 'LIVE_PUBLIC_MAX_PER_ADDRESS'),
        1,
      ),
      publicMaxStreams: Math.max(int(env.LIVE_PUBLIC_MAX_STREAMS, 500, 'LIVE_PUBLIC_MAX_STREAMS'), 1),
    },
    // 02:00 WIB: after the office's working day and the evening's public use, before the morning; two weeks of
    // dailies cover a problem noticed after a holiday week-end.
    backup: {
      dir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
      hourWib: backupHour(env.BACKUP_HOUR_WIB),
      retentionDays: int(env.BACKUP_RETENTION_DAYS, 14, 'BACKUP_RETENTION_DAYS'),
    },
  };
}
