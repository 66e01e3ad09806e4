import path from 'node:path';

/** Runtime settings, all from the environment (public contract in ARCHITECTURE.md). */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  demoPassword: string;
  demoOpen311Key: string;
  smtpUrl: string | undefined;
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
  /** Lowest zxcvbn score (0–4) a new password must reach. */
  passwordMinScore: number;
};

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} harus bilangan bulat ≥ 0, bukan "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on', 'ya'].includes(value.toLowerCase());
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const publicUrl = env.PUBLIC_URL || undefined;
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, 'data')),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: bool(env.DEMO, false),
    demoPassword: env.DEMO_PASSWORD || 'Kertapati#2026',
    demoOpen311Key: env.DEMO_OPEN311_KEY || 'kertapati-demo-key',
    smtpUrl: env.SMTP_URL || undefined,
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
    passwordMinScore: Math.min(int(env.PASSWORD_MIN_SCORE, 3, 'PASSWORD_MIN_SCORE'), 4),
  };
}
