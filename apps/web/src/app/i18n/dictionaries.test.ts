import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { shellEn, shellId } from './shell.i18n';

// One rule for strings (ADR 0005, docs/ARCHITECTURE.md "Web app loading"): the shell dictionary loads with the first
// page, the staff shell with the staff layout, and every other dictionary (features/<m>/<m>.i18n.ts) with the route
// chunks that import it. The key types (i18next.d.ts) cover every dictionary at once, so they cannot tell whether a
// page's strings are actually loaded when it renders; these tests can: they walk router.tsx and each route's static
// imports, and fail when a route uses a key that no dictionary loaded along its path holds, or when a public route
// loads a dictionary whose strings it does not use (the public pages must not download the staff app's strings).

const src = path.resolve(import.meta.dirname, '../..');
const SHELL = path.join(src, 'app/i18n/shell.i18n.ts');

// Each dictionary module registers itself with addDictionaries when imported; record what it registers.
const registered = vi.hoisted(() => [] as { id: object; en: object }[]);
vi.mock('./index', () => ({
  addDictionaries: (dictionaries: { id: object; en: object }) => registered.push(dictionaries),
}));

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Every dictionary module with the keys it registers (Indonesian), the shell included. */
async function loadDictionaries(): Promise<Map<string, Set<string>>> {
  const dictionaries = new Map<string, Set<string>>([[SHELL, new Set(flatten(shellId))]]);
  for (const file of sourceFiles(src).filter((f) => f.endsWith('.i18n.ts') && f !== SHELL)) {
    const before = registered.length;
    await import(file);
    const added = registered.slice(before);
    expect(added, `${path.relative(src, file)} registers its strings with addDictionaries once`).toHaveLength(
      1,
    );
    const keys = flatten(added[0]!.id);
    expect(
      new Set(flatten(added[0]!.en)),
      `${path.relative(src, file)}: English has the Indonesian keys`,
    ).toEqual(new Set(keys));
    dictionaries.set(file, new Set(keys));
  }
  return dictionaries;
}

type Parsed = { imports: string[]; literals: string[] };
const parsed = new Map<string, Parsed>();

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
  );
}

/** A module's static local imports (what loads with it; `import type` loads nothing) and its string literals. */
function parse(file: string): Parsed {
  const cached = parsed.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const result: Parsed = { imports: [], literals: [] };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier)
    ) {
      const spec = (node.moduleSpecifier as ts.StringLiteral).text;
      const target = spec.startsWith('.') ? resolveLocal(file, spec) : undefined;
      if (target && /\.tsx?$/.test(target)) result.imports.push(target);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      result.literals.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(file, result);
  return result;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of parse(file).imports) walk(next);
  };
  walk(entry);
  return seen;
}

type Route = { entry: string | undefined; children: Route[] };

/** The route tree of router.tsx: each route's lazy module (`import('…')` outside `children`) and its children. */
function routeTree(): Route[] {
  const file = path.join(src, 'app/router.tsx');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let routes: ts.ArrayLiteralExpression | undefined;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations) {
      if (d.name.getText() === 'routes' && d.initializer && ts.isArrayLiteralExpression(d.initializer)) {
        routes = d.initializer;
      }
    }
  });
  if (!routes) throw new Error('router.tsx has no `const routes = [...]`');
  const lazyImport = (node: ts.Node): string | undefined => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      return resolveLocal(file, node.arguments[0].text);
    }
    return ts.forEachChild(node, lazyImport);
  };
  const toRoute = (node: ts.Expression): Route => {
    if (!ts.isObjectLiteralExpression(node)) throw new Error(`unexpected route: ${node.getText()}`);
    let entry: string | undefined;
    let children: Route[] = [];
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText() === 'children') {
        if (!ts.isArrayLiteralExpression(property.initializer)) throw new Error('children is not an array');
        children = property.initializer.elements.map(toRoute);
      } else {
        entry ??= lazyImport(property);
      }
    }
    return { entry, children };
  };
  return routes.elements.map(toRoute);
}

/** The dictionaries that hold a literal as a key, or as the start of keys (`performance.aspek.${…}`). */
function ownersOf(literal: string, dictionaries: Map<string, Set<string>>): string[] {
  const owners: string[] = [];
  // A key has a namespace and a dot; a bare word ('employees' in a query key) is not one.
  if (!literal.includes('.')) return owners;
  for (const [file, keys] of dictionaries) {
    for (const key of keys) {
      const isKey =
        key === literal || (literal.endsWith('.') ? key.startsWith(literal) : key.startsWith(`${literal}.`));
      if (isKey) {
        owners.push(file);
        break;
      }
    }
  }
  return owners;
}

type Finding = { route: string; problem: string };

/**
 * Walks the route tree from main.tsx: a route has the modules of its ancestors' chunks plus its own chunk's static
 * imports. Its own chunk may use only keys of dictionaries loaded along that path; a public route's chunk loads only
 * dictionaries whose keys it uses.
 */
async function checkRoutes(): Promise<{ findings: Finding[]; publicDictionaries: Map<string, string[]> }> {
  const dictionaries = await loadDictionaries();
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const publicDictionaries = new Map<string, string[]>();
  const rel = (f: string) => path.relative(src, f);
  const check = (name: string, modules: Set<string>, inherited: Set<string>, isPublic: boolean) => {
    const loaded = new Set([SHELL, ...[...modules, ...inherited].filter((m) => dictionaries.has(m))]);
    const used = new Set<string>();
    for (const module of modules) {
      for (const literal of parse(module).literals) {
        const owners = ownersOf(literal, dictionaries);
        if (owners.length === 0) continue;
        const problem = `${rel(module)} uses '${literal}' but no dictionary that holds it (${owners.map(rel).join(' or ')}) loads with this route: import it in the route's page`;
        // One finding per module and missing dictionary is enough to act on.
        const seen = `${name} ${module} ${owners.join()}`;
        if (!owners.some((o) => loaded.has(o)) && !reported.has(seen)) {
          reported.add(seen);
          findings.push({ route: name, problem });
        }
        for (const o of owners) used.add(o);
      }
    }
    // A public page must not download strings it does not show (issue 10: the citizen's pages stay small). A staff
    // page may: a feature's dictionary comes with its data hooks, so a form that picks a unit gets the org strings.
    if (isPublic) {
      for (const module of modules) {
        if (dictionaries.has(module) && !inherited.has(module) && module !== SHELL && !used.has(module)) {
          findings.push({ route: name, problem: `loads ${rel(module)} but uses none of its keys` });
        }
      }
    }
    return loaded;
  };
  const root = closure(path.join(src, 'main.tsx'));
  check('main.tsx', root, new Set(), true);
  const walk = (routes: Route[], inherited: Set<string>, isPublic: boolean) => {
    for (const route of routes) {
      let modules = inherited;
      // A route without a lazy module of its own (a role guard) only groups its children.
      if (route.entry) {
        const own = new Set([...closure(route.entry)].filter((m) => !inherited.has(m)));
        // Everything outside the session guard is public.
        if (route.entry.endsWith('require-session.tsx')) isPublic = false;
        check(rel(route.entry), own, inherited, isPublic);
        modules = new Set([...inherited, ...own]);
        if (isPublic) {
          publicDictionaries.set(rel(route.entry), [...modules].filter((m) => dictionaries.has(m)).map(rel));
        }
      }
      walk(route.children, modules, isPublic);
    }
  };
  walk(routeTree(), root, true);
  return { findings, publicDictionaries };
}

// Dictionary modules register once (the module cache), so the walk runs once for all the tests.
let checked: ReturnType<typeof checkRoutes> | undefined;
const checkRoutesOnce = () => (checked ??= checkRoutes());

// The walk imports every lazy route module (one per screen), which takes seconds on a busy two-core machine: the
// default 5 s per test is too tight for it, not for the rule.
describe('dictionaries load with the routes that use them', { timeout: 60_000 }, () => {
  it('gives every route the dictionaries of the keys it uses, and the public routes no others', async () => {
    const { findings } = await checkRoutesOnce();
    expect(findings).toEqual([]);
  });

  it('keeps the staff shell and the staff-only features’ strings off the public pages', async () => {
    const { publicDictionaries } = await checkRoutesOnce();
    expect(publicDictionaries.size).toBeGreaterThanOrEqual(6);
    const staffOnly = /app\/i18n\/staff-shell|features\/(home|org|employees|users|audit|profile)\//;
    for (const [route, files] of publicDictionaries) {
      expect(
        files.filter((f) => staffOnly.test(f)),
        route,
      ).toEqual([]);
    }
  });

  it('has the same keys in the shell’s two languages', () => {
    expect(new Set(flatten(shellEn))).toEqual(new Set(flatten(shellId)));
  });
});
