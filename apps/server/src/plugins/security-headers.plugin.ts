import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets for these options, computed once. Our options have no per-request part (no CSP nonces, no
 * directive functions), so every response gets the same set; helmet's own middleware decides what they are.
 */
export function helmetHeaders(options: HelmetOptions): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  } as unknown as ServerResponse;
  helmet(options)({} as IncomingMessage, recorder, (err?: unknown) => {
    if (err) throw err;
  });
  return [...headers];
}

/**
 * Browser features the app may use (helmet sets no Permissions-Policy): the complaint form reads the citizen's
 * position when asked; photos come through the file picker, which needs no camera permission. Everything else, and
 * any embedded third party, gets nothing.
 */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), display-capture=(), geolocation=(self), gyroscope=(), magnetometer=(), ' +
  'microphone=(), midi=(), payment=(), usb=(), browsing-topics=()';

/** Every security header the app sends: helmet's for these options plus the Permissions-Policy. */
export function securityHeaders(options: HelmetOptions): [string, string][] {
  return [...helmetHeaders(options), ['permissions-policy', PERMISSIONS_POLICY]];
}

/**
 * Security headers on every response (helmet's and the Permissions-Policy). @fastify/helmet rebuilt the whole helmet middleware on every
 * request — parsing the CSP directives each time, about a fifth of a health check's CPU (bench/README.md); here
 * they are worked out once and set on the raw response in one hook, so hijacked responses (the SSE stream) keep them.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: HelmetOptions) => {
  const headers = securityHeaders(options);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
});
