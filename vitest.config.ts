import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure domain rules, no I/O) and `integration` (the API through app.inject on a
// fresh database). TEST_DATABASE=pglite (default) or TEST_DATABASE=postgres with TEST_DATABASE_URL set
// by scripts/test.mjs, which starts a throwaway PostgreSQL server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'apps/web/build/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'integration',
          globalSetup: ['apps/server/test/global-setup.ts'],
          include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
});
