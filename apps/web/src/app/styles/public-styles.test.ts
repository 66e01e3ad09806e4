import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The public pages load only the Mantine component styles listed in public-styles.ts (ADR 0005). These tests walk
// the code those pages load and the Mantine components it uses (with the components those build on) and fail when
// a style file is missing from the list, or when the list leaves Mantine's own order.
const src = path.resolve(import.meta.dirname, '../..');
// The package's root: its "exports" hide package.json, so go up from the stylesheet it does export.
const mantineCore = path.dirname(createRequire(import.meta.url).resolve('@mantine/core/styles.layer.css'));
const esm = path.join(mantineCore, 'esm');

/** main.tsx and the pages of the public routes (router.tsx), with everything they import statically. */
const PUBLIC_ENTRIES = [
  'main.tsx',
  'app/route-error.tsx',
  'app/auth/require-session.tsx',
  'features/portal/complaints-form.page.tsx',
  'features/portal/complaints-track.page.tsx',
  'features/portal/public-survey.page.tsx',
  'features/portal/survey-thanks.page.tsx',
  'features/portal/skm-transparency.page.tsx',
  'features/performance/verify-document.page.tsx',
];

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
  );
}

/** Names imported (as values) from @mantine/core by the public pages' static module graph. */
function mantineImportsOfPublicPages(): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^import\s+(type\s+)?([^'"]*?)\s*from\s*'([^']+)';/gms)) {
      const [, isType, what = '', spec = ''] = m;
      if (isType) continue;
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) visit(next);
      } else if (spec === '@mantine/core') {
        for (const name of what.replace(/[{}]/g, '').split(',')) {
          const trimmed = name.trim();
          if (trimmed && !trimmed.startsWith('type ')) names.add(trimmed.split(/\s+as\s+/)[0] ?? trimmed);
        }
      }
    }
    for (const m of code.matchAll(/^import\s+'(\.[^']+)';/gm)) {
      const next = resolveLocal(file, m[1] ?? '');
      if (next && /\.tsx?$/.test(next)) visit(next);
    }
  };
  for (const entry of PUBLIC_ENTRIES) visit(path.join(src, entry));
  return names;
}

/** The style files (by Mantine's file name) that the given exports of @mantine/core need, their building blocks included. */
function stylesNeededBy(names: Set<string>): Set<string> {
  const index = fs.readFileSync(path.join(esm, 'index.mjs'), 'utf8');
  const files: string[] = [];
  for (const m of index.matchAll(/^import \{([^}]*)\} from "([^"]+)";/gm)) {
    const [, list = '', from = ''] = m;
    const exported = list.split(',').map((n) => n.trim().split(/\s+as\s+/)[0] ?? '');
    if (exported.some((n) => names.has(n))) files.push(path.join(esm, from));
  }
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const base = path.basename(file);
    if (base.endsWith('.module.mjs')) styles.add(base.replace('.module.mjs', ''));
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/from "(\.[^"]+\.mjs)"/g))
      visit(path.resolve(path.dirname(file), m[1] ?? ''));
  };
  files.forEach(visit);
  return new Set(
    [...styles].filter((s) => fs.existsSync(path.join(mantineCore, 'styles', `${s}.layer.css`))),
  );
}

function listedStyles(): string[] {
  const code = fs.readFileSync(path.join(import.meta.dirname, 'public-styles.ts'), 'utf8');
  return [...code.matchAll(/^import '@mantine\/core\/styles\/([\w-]+)\.layer\.css';/gm)].map(
    (m) => m[1] ?? '',
  );
}

describe('public-styles.ts', () => {
  it('lists the style file of every Mantine component the public pages use, and of what it builds on', () => {
    const used = mantineImportsOfPublicPages();
    expect(used.has('Button')).toBe(true); // the walk found the pages' imports
    const missing = [...stylesNeededBy(used)].filter((s) => !listedStyles().includes(s));
    expect(missing).toEqual([]);
  });

  it("keeps the order of Mantine's full stylesheet, base files first", () => {
    const full = fs.readFileSync(path.join(mantineCore, 'styles.layer.css'), 'utf8');
    const positionOf = (name: string) => {
      const css = fs.readFileSync(path.join(mantineCore, 'styles', `${name}.layer.css`), 'utf8');
      // A component's first class, else (base files) its first rule as written.
      const firstClass = /\.m_[0-9a-f]+/.exec(css)?.[0];
      const at = full.indexOf(
        firstClass ??
          css
            .replace(/^@layer mantine\s*\{/, '')
            .trim()
            .slice(0, 60),
      );
      expect(at, `${name} is not in the full stylesheet`).toBeGreaterThanOrEqual(0);
      return at;
    };
    const listed = listedStyles();
    expect(listed.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
    const positions = listed.map(positionOf);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
