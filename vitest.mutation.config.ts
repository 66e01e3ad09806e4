import { defineConfig } from 'vitest/config';

// Used only by `npm run test:mutation` (stryker.config.mjs): the domain package's unit tests, nothing else, so
// Stryker's sandbox does not have to load the web app or the server.
export default defineConfig({
  test: {
    include: ['packages/domain/src/**/*.test.ts'],
  },
});
