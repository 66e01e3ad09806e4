/** The closed list of error codes and the one place they map to HTTP status (ARCHITECTURE.md convention 6). */
export const ERROR_STATUS = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  INSUFFICIENT_STORAGE: 507,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetail = { path: string; message: string; [k: string]: unknown };

/** A failure the client can act on. The message is for people (Bahasa Indonesia); `code` is for programs. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} tidak ditemukan`);
export const forbidden = (message = 'Anda tidak berwenang melakukan tindakan ini') =>
  new AppError('FORBIDDEN', message);
export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION', message, [{ path, message }]);
export const conflict = (path: string, message: string) =>
  new AppError('CONFLICT', message, [{ path, message }]);

type PgError = { code?: string; constraint?: string; detail?: string };

// PostgreSQL errors that mean "bad input", not "server fault" (e.g. a race past a service check).
export function appErrorFromPostgres(error: unknown): AppError | undefined {
  const err = (error ?? {}) as PgError;
  switch (err.code) {
    case '23505':
      return new AppError('CONFLICT', 'Data yang sama sudah ada', [
        { path: err.constraint ?? '', message: 'Nilai sudah dipakai' },
      ]);
    case '23503':
      return new AppError('VALIDATION', 'Data rujukan tidak ditemukan atau masih dipakai', [
        { path: err.constraint ?? '', message: 'Rujukan tidak valid' },
      ]);
    case '53100':
      // disk_full: the database could not grow its files (uploaded files live in the database). The transaction
      // was rolled back, so nothing is half-stored; the client may retry once an administrator has freed space.
      return new AppError(
        'INSUFFICIENT_STORAGE',
        'Ruang penyimpanan server penuh; data atau berkas tidak disimpan. Coba lagi nanti atau hubungi admin.',
      );
    case '54000': // program limit exceeded, e.g. a value too long for an index
      return new AppError('VALIDATION', 'Nilai terlalu panjang', []);
    default:
      // Class 22 = data exception: malformed text, out-of-range numbers or dates, NUL bytes, too-long strings.
      if (err.code?.startsWith('22')) return new AppError('VALIDATION', 'Nilai tidak valid', []);
      return undefined;
  }
}

/** Seconds a client should wait before retrying while the database cannot be reached (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that mean "the database is not there right now", not "the request is wrong".
const OUTAGE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const OUTAGE_ERRNOS = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
// node-postgres reports a broken or refused connection with these texts and no code.
const OUTAGE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /Cannot use a pool after calling end/,
];

/**
 * The database is unreachable (stopped, restarting, refusing connections): 503 with Retry-After, so clients and
 * load balancers wait and retry instead of reporting a server fault.
 */
export function appErrorFromDatabaseOutage(error: unknown): AppError | undefined {
  const err = (error ?? {}) as { code?: unknown; syscall?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : '';
  const outage =
    OUTAGE_SQLSTATES.has(code) ||
    code.startsWith('08') ||
    // Only a failed connect/read/write of a socket, never e.g. a missing file the app reads.
    (OUTAGE_ERRNOS.has(code) && ['connect', 'read', 'write'].includes(String(err.syscall))) ||
    (!code && OUTAGE_MESSAGES.some((re) => re.test(message)));
  if (!outage) return undefined;
  return new AppError(
    'UNAVAILABLE',
    `Basis data sedang tidak dapat dihubungi; coba lagi dalam ${DATABASE_RETRY_AFTER_SECONDS} detik`,
    undefined,
    { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
}
