// Types of lib.mjs for the TypeScript tests that import it (apps/server/test/postgres-server.ts); only what they
// use. Keep in step with the .mjs.

export type ThrowawayPostgres = {
  url: string;
  dir: string;
  stop(): void;
  pause(): void;
  resume(): void;
};

/** Starts a throwaway PostgreSQL server on 127.0.0.1 in a temporary directory. */
export declare function startThrowawayPostgres(options?: {
  durable?: boolean;
  port?: number;
}): Promise<ThrowawayPostgres>;

/** The directory of the newest installed PostgreSQL's programs, or undefined. */
export declare function findPgBin(): string | undefined;
