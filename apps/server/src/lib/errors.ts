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
