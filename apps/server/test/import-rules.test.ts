import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES } from '@sim/contracts';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules of docs/ARCHITECTURE.md run in `npm test` through eslint.config.js. These tests show that each
// rule really fails on a violation (a rule with a mistyped pattern would pass everything silently).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The repository's config, without the type-aware parts: lintText on a file that is not on disk. */
const syntactic = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function ruleIdsFor(code: string, file: string): Promise<string[]> {
  const [result] = await syntactic.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

/** Writes real files (removed afterwards) and lints them with the full config, type-aware rules included. */
async function lintTempFiles(files: Record<string, string>): Promise<ESLint.LintResult[]> {
  const written = Object.keys(files).map((f) => path.join(root, f));
  try {
    for (const [f, code] of Object.entries(files)) fs.writeFileSync(path.join(root, f), code);
    return await new ESLint({ cwd: root }).lintFiles(written);
  } finally {
    for (const f of written) fs.rmSync(f, { force: true });
  }
}

const tag = `zz-import-rules-${process.pid}`;

describe('import rules (eslint.config.js)', () => {
  it('packages/domain imports nothing from the workspace', async () => {
    expect(
      await ruleIdsFor(
        "import { x } from '@sim/contracts';\nexport const y = x;\n",
        'packages/domain/src/a.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        "import { x } from '../../contracts/src/index';\nexport const y = x;\n",
        'packages/domain/src/a.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor("import { x } from './nip';\nexport const y = x;\n", 'packages/domain/src/a.ts'),
    ).toEqual([]);
  });

  it('db/ never imports modules/', async () => {
    const code = "import { x } from '../modules/org/org.service';\nexport const y = x;\n";
    expect(await ruleIdsFor(code, 'apps/server/src/db/a.ts')).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(code.replace('../modules/', '../../modules/'), 'apps/server/src/db/migrations/a.ts'),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor("import { x } from './database';\nexport const y = x;\n", 'apps/server/src/db/a.ts'),
    ).toEqual([]);
  });

  it("a module never imports another module's repository", async () => {
    const file = 'apps/server/src/modules/complaints/a.ts';
    expect(
      await ruleIdsFor("import { x } from '../org/org.repository';\nexport const y = x;\n", file),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIdsFor(
        "import { x } from '../../modules/org/employee.repository';\nexport const y = x;\n",
        file,
      ),
    ).toContain('no-restricted-imports');
    // Its own repository and another module's service stay allowed.
    expect(
      await ruleIdsFor("import { x } from './complaints.repository';\nexport const y = x;\n", file),
    ).toEqual([]);
    expect(await ruleIdsFor("import { x } from '../org/org.service';\nexport const y = x;\n", file)).toEqual(
      [],
    );
  });

  it('a module never imports app.ts', async () => {
    const code = "import type { AppInstance } from '../../app';\nexport type Y = AppInstance;\n";
    expect(await ruleIdsFor(code, 'apps/server/src/modules/org/a.routes.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('apps/web never imports apps/server', async () => {
    const file = 'apps/web/src/features/a.ts';
    for (const source of [
      '@sim/server',
      '@sim/server/src/app',
      '../../../server/src/app',
      '../../../../apps/server/src/app',
    ]) {
      expect(
        await ruleIdsFor(`import { x } from '${source}';\nexport const y = x;\n`, file),
        source,
      ).toContain('no-restricted-imports');
    }
    expect(await ruleIdsFor("import { x } from '@sim/contracts';\nexport const y = x;\n", file)).toEqual([]);
  });

  it('role checks live only in *.policy.ts: a role name or hasRole() elsewhere fails the lint', async () => {
    const config = (await import(path.join(root, 'eslint.config.js'))) as { ROLE_NAMES: string[] };
    expect(config.ROLE_NAMES).toEqual([...ROLES]);
    const inline =
      "import { hasRole, type Actor } from '../../lib/actor';\n" +
      "export const f = (actor: Actor) => hasRole(actor, 'PIMPINAN');\n";
    expect(await ruleIdsFor(inline, 'apps/server/src/modules/complaints/a.service.ts')).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    expect(
      await ruleIdsFor(
        "export const isAdmin = (roles: string[]) => roles.includes('ADMIN_KEPEGAWAIAN');\n",
        'apps/web/src/features/a.tsx',
      ),
    ).toEqual(['no-restricted-syntax']);
    // The policy file is where they belong; the rule keeps refusing .only there too.
    expect(await ruleIdsFor(inline, 'apps/server/src/modules/complaints/a.policy.ts')).toEqual([]);
    expect(
      await ruleIdsFor(
        "import { it } from 'vitest';\nit.only('x', () => {});\n",
        'apps/server/src/modules/complaints/a.service.ts',
      ),
    ).toEqual(['no-restricted-syntax']);
  });

  it('an import cycle fails the lint, in either app', { timeout: 120_000 }, async () => {
    for (const dir of ['apps/server/src/lib', 'apps/web/src/app']) {
      const results = await lintTempFiles({
        [`${dir}/${tag}-a.ts`]: `import { b } from './${tag}-b';\nexport const a = (): number => b() + 1;\n`,
        [`${dir}/${tag}-b.ts`]: `import { a } from './${tag}-a';\nexport const b = (): number => a() - 1;\n`,
      });
      const ids = results.flatMap((r) => r.messages.map((m) => m.ruleId));
      expect(ids, dir).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
    }
  });

  it('a floating promise fails the lint', { timeout: 120_000 }, async () => {
    const results = await lintTempFiles({
      [`apps/server/src/lib/${tag}-c.ts`]:
        'async function later(): Promise<void> {}\nexport function now(): void {\n  later();\n  void later();\n}\n',
    });
    const ids = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(ids).toEqual(['@typescript-eslint/no-floating-promises']);
  });
});
