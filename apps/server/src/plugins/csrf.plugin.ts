import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Cross-origin writes allowed (API-key clients such as Open311); such routes never use the session cookie. */
    crossOrigin?: boolean;
  }
}

function allowedOrigins(req: FastifyRequest, publicUrl: string | undefined): Set<string> {
  const set = new Set<string>();
  if (publicUrl) set.add(new URL(publicUrl).origin);
  const host = req.headers.host;
  if (host) {
    set.add(`http://${host}`);
    set.add(`https://${host}`);
  }
  return set;
}

/**
 * CSRF defence on top of SameSite cookies: a state-changing request that a browser marks as coming from another
 * site (Origin or Sec-Fetch-Site) is refused. Non-browser clients send neither header and cannot be forged by a page.
 */
export const csrfPlugin = fp(async (app: FastifyInstance, opts: { publicUrl: string | undefined }) => {
  // Callback style: every request passes here, and an async hook costs a promise each time.
  app.addHook('onRequest', (req, _reply, done) => {
    if (SAFE.has(req.method) || req.routeOptions.config?.crossOrigin) return done();
    const site = req.headers['sec-fetch-site'];
    if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
      return done(new AppError('CSRF', 'Permintaan lintas situs ditolak'));
    }
    const origin = req.headers.origin;
    if (typeof origin === 'string' && !allowedOrigins(req, opts.publicUrl).has(origin)) {
      return done(new AppError('CSRF', 'Permintaan dari asal yang tidak dikenal ditolak'));
    }
    done();
  });
});
