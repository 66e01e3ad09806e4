// A Stryker test runner plugin, `vitest-load-errors`: the stock vitest runner (9.6.1) with one correction.
//
// Why: when a mutant makes a test file fail to load (for example it breaks the holiday calendar that a test file,
// or a domain module, builds at import time), Vitest reports the file as failed but collects no test from it. The
// stock runner only counts failed *tests*, sees none, and reports the mutant as "survived" — a false survivor, and
// worse, one that hides the fact that every test in that file stopped running. Here a file that failed without
// running any test counts as a failure: during a mutant run the mutant is killed; during the initial (dry) run,
// where every file must load, Stryker stops with the load error instead of measuring a partial suite.
import { declareFactoryPlugin, PluginKind } from '@stryker-mutator/api/plugin';
import { DryRunStatus, MutantRunStatus } from '@stryker-mutator/api/test-runner';
import { strykerPlugins as vitestPlugins } from '@stryker-mutator/vitest-runner';

const stockFactory = vitestPlugins.find((p) => p.name === 'vitest').factory;

/** Test files whose collection failed (import error, syntax error, top-level throw), with their first error. */
function filesThatFailedToLoad(inner) {
  const state = inner.ctx?.state;
  // The stock runner keeps its Vitest instance in `ctx`; if a new version renames it, fail loudly rather than
  // silently counting load failures as survivors again.
  if (!state || typeof state.getFiles !== 'function') {
    throw new Error('vitest-load-errors: the vitest runner no longer exposes ctx.state; update this plugin');
  }
  return state
    .getFiles()
    .filter((file) => file.result?.state === 'fail' && !hasTests(file))
    .map((file) => ({
      file: file.filepath ?? file.name,
      message: file.result?.errors?.[0]?.message ?? 'file failed to load',
    }));
}

function hasTests(suite) {
  return (suite.tasks ?? []).some((task) => task.type === 'test' || hasTests(task));
}

function describe(failures) {
  return failures.map((f) => `${f.file}: ${f.message}`).join('\n');
}

function createRunner(injector) {
  const inner = injector.injectFunction(stockFactory);
  return {
    capabilities: () => inner.capabilities(),
    init: () => inner.init?.(),
    dispose: () => inner.dispose?.(),
    async dryRun(options) {
      const result = await inner.dryRun(options);
      if (result.status !== DryRunStatus.Complete) return result;
      const failures = filesThatFailedToLoad(inner);
      if (failures.length === 0) return result;
      return {
        status: DryRunStatus.Error,
        errorMessage: `Test files failed to load:\n${describe(failures)}`,
      };
    },
    async mutantRun(options) {
      const result = await inner.mutantRun(options);
      if (result.status !== MutantRunStatus.Survived) return result;
      const failures = filesThatFailedToLoad(inner);
      if (failures.length === 0) return result;
      return {
        status: MutantRunStatus.Killed,
        failureMessage: `Test file failed to load: ${describe(failures)}`,
        killedBy: failures.map((f) => f.file),
        nrOfTests: result.nrOfTests,
      };
    },
  };
}
createRunner.inject = ['$injector'];

export const strykerPlugins = [
  declareFactoryPlugin(PluginKind.TestRunner, 'vitest-load-errors', createRunner),
];
