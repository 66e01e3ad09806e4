// `npm run test:mutation`: mutation testing of packages/domain (the rules from the regulations). Not part of
// `npm test` — it takes several minutes. Reports go to reports/mutation/ (HTML and JSON).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker/vitest-load-errors-runner.mjs'],
  // The stock vitest runner plus one fix: a test file that fails to load counts as a failure (see the plugin).
  testRunner: 'vitest-load-errors',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'packages/domain/src/**/*.ts',
    '!packages/domain/src/**/*.test.ts',
    '!packages/domain/src/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine has two cores; more workers only thrash.
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 95 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
