import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Config } from './config';
import type { Database } from './db/database';
import type { AppInstance } from './lib/app-instance';
import type { ServiceContext } from './lib/context';
import { DATABASE_RETRY_AFTER_SECONDS } from './lib/errors';
import { appValidatorCompiler } from './lib/query-validator';
import { redactUrl } from './lib/redact';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { complaintRoutes } from './modules/complaints/complaints.routes';
import { forumRoutes } from './modules/forum/forum.routes';
import { orgRoutes } from './modules/org/org.routes';
import { oversightRoutes } from './modules/oversight/oversight.routes';
import { surveyRoutes } from './modules/surveys/surveys.routes';
import { performanceRoutes } from './modules/performance/performance.routes';
import { trainingRoutes } from './modules/training/training.routes';
import { trainingReportsRoutes } from './modules/training/training-reports.routes';
import { documentVerificationRoutes } from './modules/documents/document-verification.routes';
import { competencyRoutes } from './modules/training/competency.routes';
import { oversightFollowUpRoutes } from './modules/oversight/oversight-followups.routes';
import { oversightReportRoutes } from './modules/oversight/oversight-reports.routes';
import { forumModerationRoutes } from './modules/forum/forum-moderation.routes';
import { forumResponseRoutes } from './modules/forum/forum-response.routes';
import { forumPollRoutes } from './modules/forum/forum-polls.routes';
import { forumDigestRoutes } from './modules/forum/forum-digest.routes';
import { portalRoutes } from './modules/portal/portal.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { authPlugin, SESSION_COOKIE } from './modules/auth/auth.plugin';
import { csrfPlugin } from './plugins/csrf.plugin';
import { errorsPlugin } from './plugins/errors.plugin';
import { metricsPlugin } from './plugins/metrics.plugin';
import { registerWebApp } from './plugins/web-app';
import { securityHeaders, securityHeadersPlugin } from './plugins/security-headers.plugin';
import { LiveHub, notifySource, tailSource } from './plugins/realtime';
import { lastLiveEventId, readLiveEventsAfter } from './modules/live/live.service';
import { liveRoutes } from './modules/live/live.routes';
import { dashboardsRoutes } from './modules/dashboards/dashboards.routes';
import { dashboardLeadershipRoutes } from './modules/dashboards/dashboard-leadership.routes';
import { publicLiveRoutes } from './modules/live/live-public.routes';

export type { AppInstance };

export type AppDeps = {
  db: Database;
  config: Config;
  /**
   * Live updates: with a PostgreSQL server, its URL for the LISTEN connection (events from every instance); without
   * it the embedded reader (one instance; ADR 0008).
   */
  liveDatabaseUrl?: string;
  now?: () => Date;
  logger?: boolean | object;
};

/** Content-Security-Policy that the built web app satisfies: no inline or third-party scripts. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/**
 * Logger options with the request serializer replaced by one that redacts secrets from the logged URL (Fastify's
 * default logs `req.url` as sent, Open311 `api_key` included). Fields are those of Fastify's default serializer.
 */
function withRedaction(logger: boolean | object): boolean | object {
  if (logger === false) return false;
  const base = logger === true ? {} : logger;
  const serializers = (base as { serializers?: Record<string, unknown> }).serializers ?? {};
  return {
    ...base,
    serializers: {
      ...serializers,
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
}

/**
 * One request-log line per request instead of Fastify's two ("incoming request" + "request completed"): half the
 * log volume on every request, measured as a large part of a health check's cost (bench/README.md). The line keeps
 * what both had: method, redacted URL, client address, status and time. Every other log line is Fastify's own.
 */
class OneLineRequestLog extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply) {
    if (error)
      reply.log.error({ req, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/** Builds the whole application (plugins + modules) without listening, for main.ts and for tests. */
export async function buildApp(deps: AppDeps): Promise<AppInstance> {
  const ctx: ServiceContext = { db: deps.db, config: deps.config, now: deps.now ?? (() => new Date()) };
  const helmetOptions = {
    contentSecurityPolicy: { directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    hsts: deps.config.publicUrl?.startsWith('https://') ? undefined : false,
  } as const;
  const frameworkErrorHeaders = securityHeaders(helmetOptions);
  const app = Fastify({
    // A URL the router cannot even read (a broken %-escape, a path parameter over 100 characters) is answered before
    // any hook runs: in the app's error shape, in Indonesian, with the security headers every other answer has.
    frameworkErrors: (error, _req, reply: FastifyReply) => {
      for (const [name, value] of frameworkErrorHeaders) reply.header(name, value);
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const message = tooLong ? 'Alamat (URL) terlalu panjang' : 'Alamat (URL) tidak valid';
      return reply.status(tooLong ? 414 : 400).send({
        error: { code: 'BAD_REQUEST', message, details: [{ path: 'params', message }] },
      });
    },
    logger: withRedaction(deps.logger ?? false),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    logController: new OneLineRequestLog(),
    trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true',
  }).withTypeProvider<ZodTypeProvider>() as unknown as AppInstance;

  app.decorate('db', deps.db);
  app.decorate('ctx', ctx);
  const readAfter = (afterId: number) => readLiveEventsAfter(deps.db, afterId);
  const live: LiveHub = new LiveHub(
    deps.liveDatabaseUrl
      ? notifySource({ connectionString: deps.liveDatabaseUrl, readAfter, logger: app.log })
      : tailSource({
          readAfter,
          lastId: () => lastLiveEventId(deps.db),
          hasClients: () => live.size > 0,
          pollMs: 2000,
          logger: app.log,
        }),
  );
  app.decorate('live', live);
  await live.start();
  // Open streams would keep the server from closing: end them first, then stop listening.
  app.addHook('preClose', async () => {
    for (const client of live.all()) client.close();
  });
  app.addHook('onClose', async () => live.stop());
  app.setValidatorCompiler(appValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Callback-style hooks on every request: an async hook costs a promise per request even when it does nothing.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    done(null, payload);
  });

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, helmetOptions);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: deps.config.upload.maxBytes, files: 1, fields: 10, fieldSize: 1000 },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SIM Kinerja API',
        description: 'Sistem Informasi Manajemen Kinerja ASN — Kecamatan Kertapati, Kota Palembang',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(metricsPlugin);
  await app.register(csrfPlugin, { publicUrl: deps.config.publicUrl });
  await app.register(authPlugin, { ctx });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok' };
    } catch {
      return reply
        .status(503)
        .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
        .send({ status: 'unavailable' });
    }
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(authRoutes);
  await app.register(auditRoutes);
  await app.register(orgRoutes);
  await app.register(surveyRoutes);
  await app.register(complaintRoutes);
  await app.register(performanceRoutes);
  await app.register(trainingRoutes);
  await app.register(trainingReportsRoutes);
  await app.register(documentVerificationRoutes);
  await app.register(competencyRoutes);
  await app.register(oversightRoutes);
  await app.register(oversightFollowUpRoutes);
  await app.register(oversightReportRoutes);
  await app.register(forumRoutes);
  await app.register(forumModerationRoutes);
  await app.register(forumResponseRoutes);
  await app.register(forumPollRoutes);
  await app.register(forumDigestRoutes);
  await app.register(portalRoutes);
  await app.register(notificationRoutes);
  await app.register(liveRoutes);
  await app.register(dashboardsRoutes);
  await app.register(dashboardLeadershipRoutes);
  await app.register(publicLiveRoutes);

  await registerWebApp(app, deps.config.webDist);
  return app;
}
