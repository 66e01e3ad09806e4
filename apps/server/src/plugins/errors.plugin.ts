import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, appErrorFromDatabaseOutage, appErrorFromPostgres, type ErrorDetail } from '../lib/errors';

/**
 * The multipart parser (busboy) rejects a body cut short, one whose boundary does not match its header or a malformed
 * part header with a plain Error: that is the client's broken upload, not a server fault.
 */
function isBrokenMultipart(error: unknown): boolean {
  if (!(error instanceof Error) || (error as FastifyError).statusCode) return false;
  return (
    /[\\/]busboy[\\/]/.test(error.stack ?? '') &&
    /multipart|part header|boundary|unexpected end/i.test(error.message)
  );
}

/** One error shape for every route: `{ error: { code, message, details } }`; 5xx bodies reveal nothing. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details: ErrorDetail[] = error.validation.map((v) => {
        const where = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
        const context = error.validationContext ?? 'body';
        return { path: where ? `${context}.${where}` : context, message: v.message ?? 'Tidak valid' };
      });
      return reply.status(400).send({
        error: { code: 'VALIDATION', message: 'Data yang dikirim tidak valid', details },
      });
    }
    const pg = appErrorFromPostgres(error);
    if (pg) {
      // A full disk is the operator's problem, not the client's: logged as an error so that it is noticed.
      if (pg.status >= 500) request.log.error({ err: error }, 'database out of disk space');
      else request.log.info({ err: error }, 'database rejected input');
      return reply
        .status(pg.status)
        .send({ error: { code: pg.code, message: pg.message, details: pg.details } });
    }
    const outage = appErrorFromDatabaseOutage(error);
    if (outage) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.headers(outage.headers ?? {});
      return reply.status(outage.status).send({ error: { code: outage.code, message: outage.message } });
    }
    const status = (error as FastifyError).statusCode ?? 500;
    if (isBrokenMultipart(error)) {
      const message = 'Data unggahan rusak atau terpotong; unggah ulang berkasnya';
      return reply
        .status(400)
        .send({ error: { code: 'VALIDATION', message, details: [{ path: 'file', message }] } });
    }
    const code = (error as FastifyError).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') {
      // The multipart reader stops at UPLOAD_MAX_BYTES (or the route's file count): name the upload field.
      const message =
        code === 'FST_FILES_LIMIT' ? 'Terlalu banyak berkas diunggah' : 'Berkas melebihi ukuran maksimal';
      return reply
        .status(413)
        .send({ error: { code: 'PAYLOAD_TOO_LARGE', message, details: [{ path: 'file', message }] } });
    }
    if (status === 413) {
      return reply
        .status(413)
        .send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Berkas atau data terlalu besar' } });
    }
    if (status === 415) {
      return reply
        .status(415)
        .send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Jenis konten tidak didukung' } });
    }
    if (status === 429) {
      return reply.status(429).send({
        error: { code: 'TOO_MANY_REQUESTS', message: 'Terlalu banyak permintaan, coba lagi nanti' },
      });
    }
    if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
      return reply.status(status).send({
        error: {
          code: 'BAD_REQUEST',
          message: 'Permintaan tidak valid',
          details: [{ path: '', message: error.message }],
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: `Terjadi kesalahan pada server (ref ${request.id})` },
    });
  });
});
