// `npm test`: every check, the same locally and in CI. `npm run check` (--fast): format, lint, typecheck, unit and
// integration tests on PGlite. The full run adds the integration tests on a real PostgreSQL server (started here
// in a temporary directory and stopped afterwards) and the browser tests in Debian's Chromium.
import fs from 'node:fs';
import path from 'node:path';
import {
  checkNode,
  ensureDebianPackages,
  ensureInstalled,
  ensureWebBuilt,
  findChromium,
  findPgBin,
  log,
  run,
  startThrowawayPostgres,
} from './lib.mjs';

const fast = process.argv.includes('--fast');
const reportDir = fs.mkdtempSync('/tmp/sim-test-report-');
const totals = { passed: 0, failed: 0 };
const started = Date.now();

function count(file) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof r.numPassedTests === 'number') {
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
  } else if (r.stats) {
    totals.passed += r.stats.expected ?? 0;
    totals.failed += (r.stats.unexpected ?? 0) + (r.stats.flaky ?? 0);
  }
}

function vitest(project, name, env = {}) {
  const out = path.join(reportDir, `${name}.json`);
  log(`Tes ${name}…`);
  const code = run(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    { env, allowFail: true },
  );
  count(out);
  return code;
}

function finish(code) {
  const secs = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`\nSelesai dalam ${secs} detik.\n`);
  process.stdout.write(`total: ${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(code || (totals.failed > 0 ? 1 : 0));
}

checkNode();
ensureInstalled();

log('Format (prettier)…');
run('npx', ['prettier', '--check', '.', '--log-level=warn']);
log('Lint (eslint)…');
run('npx', ['eslint', '.', '--max-warnings=0']);
log('Typecheck (tsc)…');
run('npm', ['run', 'typecheck', '--silent']);

let failed = 0;
failed ||= vitest('unit', 'unit');
failed ||= vitest('integration', 'integration-pglite', { TEST_DATABASE: 'pglite' });
if (fast) finish(failed);

ensureDebianPackages('PostgreSQL', ['postgresql'], () => !!findPgBin());
const pgServer = await startThrowawayPostgres();
try {
  failed =
    vitest('integration', 'integration-postgres', {
      TEST_DATABASE: 'postgres',
      TEST_DATABASE_URL: pgServer.url,
    }) || failed;
} finally {
  pgServer.stop();
}

ensureDebianPackages('Chromium', ['chromium'], () => !!findChromium());
ensureWebBuilt();
log('Tes browser (Playwright + Chromium)…');
const e2eOut = path.join(reportDir, 'e2e.json');
const e2eCode = run('npx', ['playwright', 'test', '-c', 'apps/web/playwright.config.ts'], {
  allowFail: true,
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eOut, CHROMIUM_PATH: findChromium() },
});
count(e2eOut);
finish(failed || e2eCode);
