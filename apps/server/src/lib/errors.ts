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
    case '54000': // program limit exceeded, e.g. a value too long for an index
      return new AppError('VALIDATION', 'Nilai terlalu panjang', []);
    default:
      // Class 22 = data exception: malformed text, out-of-range numbers or dates, NUL bytes, too-long strings.
      if (err.code?.startsWith('22')) return new AppError('VALIDATION', 'Nilai tidak valid', []);
      return undefined;
  }
}
