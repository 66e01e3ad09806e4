import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../lib/app-instance';
import { AppError, appErrorFromPostgres } from '../../lib/errors';
import {
  OPEN311_CONTENT_TYPES,
  Open311Error,
  serializeOpen311,
  type Open311Format,
} from './open311.serializer';
import * as open311 from './open311.service';

// Open311 GeoReport v2 at /open311/v2 and discovery at /open311/discovery.{json,xml}. The routes sit outside
// /api/v1 (GET is public by the standard; POST needs an api_key) and answer errors in the Open311 list format,
// so they use their own small handler instead of the zod schemas and the app's error shape.

function splitFormat(file: string): { name: string; format: Open311Format } {
  const match = /^(.+)\.(json|xml)$/i.exec(file);
  if (!match) throw new Open311Error(400, 'Format harus .json atau .xml');
  return { name: match[1]!, format: match[2]!.toLowerCase() as Open311Format };
}

function queryOf(req: FastifyRequest): URLSearchParams {
  const index = req.url.indexOf('?');
  return new URLSearchParams(index >= 0 ? req.url.slice(index + 1) : '');
}

async function answer(
  reply: FastifyReply,
  file: string,
  root: string,
  produce: (format: Open311Format) => Promise<unknown> | unknown,
) {
  let format: Open311Format = /\.xml$/i.test(file) ? 'xml' : 'json';
  try {
    format = splitFormat(file).format;
    const body = await produce(format);
    return reply.type(OPEN311_CONTENT_TYPES[format]).send(serializeOpen311(format, root, body));
  } catch (err) {
    let status: number;
    let description: string;
    const fromDb = appErrorFromPostgres(err);
    if (fromDb) {
      status = 400;
      description = fromDb.message;
    } else if (err instanceof Open311Error) {
      status = err.status;
      description = err.message;
    } else if (err instanceof AppError && err.status < 500) {
      status = err.status === 404 || err.status === 403 ? err.status : 400;
      description = err.message;
    } else {
      reply.request.log.error({ err }, 'open311 failure');
      status = 500;
      description = `Terjadi kesalahan pada server (ref ${reply.request.id})`;
    }
    return reply
      .status(status)
      .type(OPEN311_CONTENT_TYPES[format])
      .send(serializeOpen311(format, 'errors', [{ code: status, description }]));
  }
}

const baseUrlOf = (req: FastifyRequest, publicUrl: string | undefined) =>
  publicUrl?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;

/** Open311 GeoReport v2 endpoints (JSON and XML). */
export async function open311Routes(app: AppInstance) {
  const { ctx } = app;
  const READ_RATE_LIMIT = ctx.config.rateLimits.open311Read;
  const WRITE_RATE_LIMIT = ctx.config.rateLimits.open311Write;
  // POST bodies are application/x-www-form-urlencoded; kept as text and read with URLSearchParams, so repeated
  // keys (attribute[CODE][]) survive. The parser is scoped to this plugin.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => done(null, body),
  );
  const hidden = { schema: { hide: true } };

  app.get<{ Params: { file: string } }>(
    '/open311/:file',
    { ...hidden, config: { rateLimit: READ_RATE_LIMIT } },
    async (req, reply) =>
      answer(reply, req.params.file, 'discovery', () => {
        if (splitFormat(req.params.file).name !== 'discovery') throw new Open311Error(404, 'Tidak ditemukan');
        return open311.getDiscovery(baseUrlOf(req, ctx.config.publicUrl));
      }),
  );

  app.get<{ Params: { file: string } }>(
    '/open311/v2/:file',
    { ...hidden, config: { rateLimit: READ_RATE_LIMIT } },
    async (req, reply) => {
      const { name } = /\.(json|xml)$/i.test(req.params.file) ? splitFormat(req.params.file) : { name: '' };
      if (name === 'services')
        return answer(reply, req.params.file, 'services', () => open311.listServices(ctx));
      if (name === 'requests') {
        return answer(reply, req.params.file, 'service_requests', () =>
          open311.listServiceRequests(ctx, queryOf(req)),
        );
      }
      return answer(reply, req.params.file, 'errors', () => {
        throw new Open311Error(404, 'Tidak ditemukan');
      });
    },
  );

  app.get<{ Params: { file: string } }>(
    '/open311/v2/services/:file',
    { ...hidden, config: { rateLimit: READ_RATE_LIMIT } },
    async (req, reply) =>
      answer(reply, req.params.file, 'service_definition', () =>
        open311.getServiceDefinition(ctx, splitFormat(req.params.file).name),
      ),
  );

  for (const prefix of ['requests', 'request']) {
    app.get<{ Params: { file: string } }>(
      `/open311/v2/${prefix}/:file`,
      { ...hidden, config: { rateLimit: READ_RATE_LIMIT } },
      async (req, reply) =>
        answer(reply, req.params.file, 'service_requests', () =>
          open311.getServiceRequest(ctx, splitFormat(req.params.file).name),
        ),
    );
  }

  app.post<{ Params: { file: string }; Body: unknown }>(
    '/open311/v2/:file',
    { ...hidden, config: { crossOrigin: true, rateLimit: WRITE_RATE_LIMIT } },
    async (req, reply) =>
      answer(reply, req.params.file, 'service_requests', () => {
        if (splitFormat(req.params.file).name !== 'requests') throw new Open311Error(404, 'Tidak ditemukan');
        const params = new URLSearchParams(typeof req.body === 'string' ? req.body : '');
        // Some clients send the key in the query string.
        const key = queryOf(req).get('api_key');
        if (key && !params.has('api_key')) params.set('api_key', key);
        return open311.createServiceRequest(ctx, params, req.ip);
      }),
  );
}
