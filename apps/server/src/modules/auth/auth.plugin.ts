import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { resolveSession } from './auth.service';

/** Name of the session cookie: set and cleared by auth.routes.ts, read here on every API request. */
export const SESSION_COOKIE = 'sid';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session. Every other /api/v1 route answers 401 to anonymous callers. */
    public?: boolean;
    /** Still reachable while the user must change their password (me, password change, logout). */
    allowDuringPasswordChange?: boolean;
  }
}

/** True for routes that need a logged-in user: everything under /api/v1 unless marked public. */
export function requiresSession(req: FastifyRequest): boolean {
  const url = req.routeOptions.url;
  if (!url) return false; // unknown route: the 404 handler answers
  return url.startsWith('/api/v1/') && req.routeOptions.config.public !== true;
}

/**
 * Reads the session cookie on every request and sets `request.actor`. Deny by default: a route under /api/v1
 * that is not explicitly public answers 401 without a valid session, before its body is even validated.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { ctx: ServiceContext }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const token = req.cookies[SESSION_COOKIE];
    // Only the API reads the actor: static files, health checks and metrics cost no session lookup.
    const isApi = req.url.startsWith('/api/');
    if (isApi && token && token.length < 200) req.actor = await resolveSession(opts.ctx, token, req.ip);
    if (!requiresSession(req)) return;
    if (!req.actor) {
      if (token) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu');
    }
    if (req.actor.mustChangePassword && req.routeOptions.config.allowDuringPasswordChange !== true) {
      throw new AppError('FORBIDDEN', 'Anda harus mengganti kata sandi terlebih dahulu', [
        { path: '', message: 'PASSWORD_CHANGE_REQUIRED' },
      ]);
    }
  });
});
