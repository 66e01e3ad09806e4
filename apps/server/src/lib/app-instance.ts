import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import type { ServiceContext } from './context';

/**
 * The Fastify instance every route plugin receives. It lives here, below the routes, so that a `*.routes.ts`
 * never imports `app.ts` (which imports every route): the import graph runs one way.
 */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    ctx: ServiceContext;
  }
}
