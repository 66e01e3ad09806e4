import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type BundleInfo,
  type ChunkInfo,
  pageFileOf,
  pageHtml,
  PUBLIC_ROUTES,
  publicChunkNames,
  routePreloads,
} from './route-pages';

const root = '/app';
const chunk = (fileName: string, over: Partial<ChunkInfo> = {}): ChunkInfo => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  facadeModuleId: null,
  moduleIds: [],
  imports: [],
  ...over,
});
const bundleOf = (...chunks: ChunkInfo[]): BundleInfo =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c]));

const ROUTES = [
  { path: '/a', module: 'src/a.page.tsx', data: '/api/v1/public/a' },
  { path: '/b/:code', module: 'src/b.page.tsx' },
];

// The bundler's own splitting: the entry shares React with the pages; the pages share `input` with each other and
// with a staff page; `badge` is only the second page's (and a staff page's).
const firstPass = bundleOf(
  chunk('assets/index.js', {
    isEntry: true,
    moduleIds: ['/app/src/main.tsx'],
    imports: ['assets/react.js'],
    viteMetadata: { importedCss: new Set(['assets/index.css']) },
  }),
  chunk('assets/react.js', { moduleIds: ['/nm/react.js'] }),
  chunk('assets/a.page.js', {
    facadeModuleId: '/app/src/a.page.tsx',
    moduleIds: ['/app/src/a.page.tsx'],
    imports: ['assets/input.js', 'assets/react.js'],
  }),
  chunk('assets/b.page.js', {
    facadeModuleId: '/app/src/b.page.tsx',
    moduleIds: ['/app/src/b.page.tsx', '/app/src/b.css'],
    imports: ['assets/input.js', 'assets/badge.js'],
    viteMetadata: { importedCss: new Set(['assets/b.css']) },
  }),
  chunk('assets/input.js', { moduleIds: ['/nm/Input.mjs', '/nm/InputBase.mjs'] }),
  chunk('assets/badge.js', { moduleIds: ['/nm/Badge.mjs'] }),
  chunk('assets/staff.page.js', {
    facadeModuleId: '/app/src/staff.page.tsx',
    moduleIds: ['/app/src/staff.page.tsx'],
    imports: ['assets/input.js', 'assets/badge.js'],
  }),
);

describe('publicChunkNames (fewer requests per public page)', () => {
  it("puts a module only one public page loads into that page's chunk, shared ones into `public`, and leaves the entry's and the staff pages' alone", () => {
    const names = publicChunkNames(firstPass, root, ROUTES);
    expect(Object.fromEntries(names)).toEqual({
      '/app/src/a.page.tsx': 'a.page',
      '/app/src/b.page.tsx': 'b.page',
      '/app/src/b.css': 'b.page',
      '/nm/Badge.mjs': 'b.page',
      '/nm/Input.mjs': 'public',
      '/nm/InputBase.mjs': 'public',
    });
  });

  it('fails the build when a public route has no chunk (a renamed page must not silently lose its preloads)', () => {
    expect(() => publicChunkNames(firstPass, root, [{ path: '/x', module: 'src/hilang.page.tsx' }])).toThrow(
      /no chunk for src\/hilang\.page\.tsx/,
    );
  });
});

describe('routePreloads', () => {
  it("lists the page's chunks and styles beyond the entry's, dependencies first, and its data", () => {
    expect(routePreloads(firstPass, root, ROUTES)).toEqual([
      {
        path: '/a',
        page: 'assets/a.page.js',
        js: ['assets/input.js', 'assets/a.page.js'],
        css: [],
        data: ['/api/v1/public/a'],
      },
      {
        path: '/b/:code',
        page: 'assets/b.page.js',
        js: ['assets/input.js', 'assets/badge.js', 'assets/b.page.js'],
        css: ['assets/b.css'],
        data: [],
      },
    ]);
  });

  it('finds a page grouped into a chunk without a facade by its modules', () => {
    const grouped = bundleOf(
      chunk('assets/index.js', { isEntry: true }),
      chunk('assets/a.page-1.js', { moduleIds: ['/nm/Card.mjs', '/app/src/a.page.tsx'] }),
    );
    expect(routePreloads(grouped, root, [ROUTES[0]!])[0]?.js).toEqual(['assets/a.page-1.js']);
  });
});

describe('pageHtml', () => {
  const INDEX = [
    '<!doctype html>',
    '<html lang="id">',
    '  <head>',
    '    <script type="module" crossorigin src="/assets/index.js"></script>',
    '  </head>',
    '  <body><div id="root"></div></body>',
    '</html>',
  ].join('\n');

  it("adds the route's preload links at the end of <head>, after the entry's, with Vite's crossorigin", () => {
    const html = pageHtml(INDEX, {
      path: '/b/:code',
      page: 'assets/b.page.js',
      js: ['assets/input.js', 'assets/b.page.js'],
      css: ['assets/b.css'],
      data: ['/api/v1/public/a'],
    });
    expect(html).toBe(
      [
        '<!doctype html>',
        '<html lang="id">',
        '  <head>',
        '    <script type="module" crossorigin src="/assets/index.js"></script>',
        '    <link rel="modulepreload" crossorigin href="/assets/input.js">',
        '    <link rel="modulepreload" crossorigin href="/assets/b.page.js">',
        '    <link rel="preload" as="style" crossorigin href="/assets/b.css">',
        '    <link rel="preload" as="fetch" crossorigin href="/api/v1/public/a">',
        '  </head>',
        '  <body><div id="root"></div></body>',
        '</html>',
      ].join('\n'),
    );
  });

  it('names page files after the route pattern', () => {
    expect(pageFileOf('/survei/:code/terima-kasih')).toBe('pages/survei-code-terima-kasih.html');
    expect(pageFileOf('/pengaduan')).toBe('pages/pengaduan.html');
  });
});

describe('PUBLIC_ROUTES', () => {
  const router = fs.readFileSync(path.resolve(import.meta.dirname, '../src/app/router.tsx'), 'utf8');
  // The routes before the session guard are the ones a visitor without a login can open.
  const publicPart = router.slice(0, router.indexOf("import('./auth/require-session')"));
  const declared = [
    ...publicPart.matchAll(/path: '([^']+)',\s*\.\.\.page\(\(\) =>\s*import\('([^']+)'\)/g),
  ].map(([, p = '', spec = '']) => ({
    path: `/${p}`,
    module: path.posix.join('src/app', spec) + '.tsx',
  }));

  it('matches the public routes of router.tsx, each with the page module its lazy route imports', () => {
    expect(declared.length).toBeGreaterThan(3); // the pattern still finds the routes
    const withoutLogin = declared.filter((r) => r.path !== '/login');
    expect(PUBLIC_ROUTES.map(({ path: p, module }) => ({ path: p, module }))).toEqual(withoutLogin);
  });

  it('preloads only public API data without parameters', () => {
    for (const route of PUBLIC_ROUTES.filter((r) => r.data))
      expect(route.data).toMatch(/^\/api\/v1\/public\/[a-z-]+$/);
  });
});
