import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/**
 * The import rules of docs/ARCHITECTURE.md ("Import rules"), made executable. Each block covers a disjoint set of
 * files because a later `no-restricted-imports` replaces an earlier one for the same file instead of adding to it.
 * apps/server/test/import-rules.test.ts shows each rule failing on a deliberate violation.
 */
const restrict = (...patterns) => ['error', { patterns }];

const noOnly = {
  selector: "CallExpression[callee.property.name='only']",
  message: 'Do not leave .only in tests.',
};

/**
 * The role names of packages/contracts (ROLES). A copy, because this file is plain JavaScript; the rule's test checks
 * that it equals ROLES, so a new role cannot slip past it.
 */
export const ROLE_NAMES = [
  'PEGAWAI',
  'PIMPINAN',
  'ADMIN_KEPEGAWAIAN',
  'PETUGAS_PENGADUAN',
  'TIM_PENGAWAS',
  'PELATIH',
  'MODERATOR',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noOnly],
    },
  },
  {
    // Migrations are written against Kysely<any> on purpose: they must not depend on today's schema types.
    files: [
      'apps/server/src/db/migrations/**',
      'apps/server/src/db/migrator.ts',
      'apps/server/test/global-setup.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['packages/domain/**'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(@sim/|(\\.\\./){2,})',
        message:
          'packages/domain is pure rules: it imports nothing from the workspace (no @sim/*, no path out of the package).',
      }),
    },
  },
  {
    files: ['apps/server/src/db/**'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '(^|/)modules(/|$)',
        message: 'db/ sits below the modules: it never imports modules/** (demo data lives in src/demo/).',
      }),
    },
  },
  {
    files: ['apps/server/src/modules/**'],
    rules: {
      'no-restricted-imports': restrict(
        {
          // import-x/no-cycle skips type-only imports, so the circle routes → app.ts → routes is named here.
          regex: '^(\\.\\./)+app(\\.[jt]s)?$',
          message:
            'A module never imports app.ts (which imports every module): AppInstance is in lib/app-instance.ts.',
        },
        {
          // ../org/org.repository, ../../modules/org/org.repository: another module's repository. A module's own
          // repository is imported as ./x.repository and stays allowed.
          regex: '^\\.\\./(\\.\\./modules/)?[^./][^/]*/[^/]*\\.repository(\\.[jt]s)?$',
          message: "A module never imports another module's repository: call that module's service instead.",
        },
      ),
    },
  },
  {
    files: ['apps/web/**'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^@sim/server(/|$)|(^|/)apps/server(/|$)|^(\\.\\./)+server(/|$)',
        message: 'apps/web never imports apps/server: the API types come from @sim/contracts.',
      }),
    },
  },
  {
    // Who may do what is decided in a module's *.policy.ts and nowhere else (docs/ARCHITECTURE.md "Who may do what"):
    // a role name or a hasRole() call outside a policy is a role check in the wrong place. The web app reads the
    // capabilities of /auth/me instead. Demo data, the CLI (first admin) and tests name roles on purpose.
    files: ['apps/server/src/**/*.ts', 'apps/web/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.policy.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
      '**/*.test-builders.ts',
      'apps/server/src/demo/**',
      'apps/server/src/cli.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        noOnly,
        {
          selector: `Literal[value=/^(${ROLE_NAMES.join('|')})$/]`,
          message:
            "A role name outside a *.policy.ts is a role check in the wrong place: add a can… function to the module's policy (the web reads the capabilities of /auth/me).",
        },
        {
          selector: "CallExpression[callee.name='hasRole']",
          message: "hasRole() belongs in a module's *.policy.ts: call that policy's can… function instead.",
        },
      ],
    },
  },
  {
    // No import cycle in either app (type-only imports count: they too make files read in a circle).
    files: ['apps/server/src/**/*.ts', 'apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Type-aware: a promise nobody awaits loses its error. A deliberate fire-and-forget is written `void p`.
    files: ['apps/server/src/**/*.ts', 'apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
