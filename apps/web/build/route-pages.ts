import fs from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

/**
 * A public page, as router.tsx declares it: the URL pattern (`:name` matches one path segment) and the page module
 * its lazy route imports. `data` is an API URL the page fetches as soon as it renders, when it has no parameter.
 */
export type PublicRoute = { path: string; module: string; data?: string };

/**
 * The pages a citizen opens on a phone, often as the first page of the visit (a link in a WhatsApp message, a QR
 * code). router.tsx loads each one lazily; route-pages.test.ts checks this list against it.
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  {
    path: '/pengaduan',
    module: 'src/features/portal/complaints-form.page.tsx',
    data: '/api/v1/public/complaint-options',
  },
  { path: '/pengaduan/lacak', module: 'src/features/portal/complaints-track.page.tsx' },
  { path: '/survei/:code', module: 'src/features/portal/public-survey.page.tsx' },
  { path: '/survei/:code/terima-kasih', module: 'src/features/portal/survey-thanks.page.tsx' },
  {
    path: '/transparansi/skm',
    module: 'src/features/portal/skm-transparency.page.tsx',
    data: '/api/v1/public/skm-results',
  },
  { path: '/verifikasi', module: 'src/features/portal/verify-code.page.tsx' },
  { path: '/verifikasi/:code', module: 'src/features/performance/verify-document.page.tsx' },
];

/** What the build knows of a chunk (a subset of Rollup's OutputChunk, so tests can describe a bundle by hand). */
export type ChunkInfo = {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
export type BundleInfo = Record<string, ChunkInfo | { type: 'asset'; fileName: string }>;

export type RoutePreload = { path: string; page: string; js: string[]; css: string[]; data: string[] };

/** The chunks a chunk imports statically, itself included, in load order (dependencies first). */
function staticClosure(bundle: BundleInfo, start: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    chunk.imports.forEach(visit);
    order.push(fileName);
  };
  visit(start);
  return order;
}

/**
 * For each public route: the JS chunks and CSS files its page needs beyond what index.html already loads. Sent as
 * preload links with the page's HTML, they download in parallel with the entry instead of after it has run (the
 * router only asks for the page's chunk once the entry has executed, then for that chunk's imports).
 */
export function routePreloads(
  bundle: BundleInfo,
  root: string,
  routes: readonly PublicRoute[] = PUBLIC_ROUTES,
): RoutePreload[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkInfo => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('route-pages: the bundle has no entry chunk');
  const loaded = new Set(staticClosure(bundle, entry.fileName));
  const cssOf = (fileName: string) => {
    const chunk = bundle[fileName];
    return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
  };
  const loadedCss = new Set([...loaded].flatMap(cssOf));
  return routes.map((route) => {
    const id = path.resolve(root, route.module);
    // A page grouped into a chunk of its own name (publicChunkNames) has no facade: look for the module.
    const page = chunks.find((c) => c.facadeModuleId === id || c.moduleIds.includes(id));
    if (!page) throw new Error(`route-pages: no chunk for ${route.module} (${route.path})`);
    const js = staticClosure(bundle, page.fileName).filter((f) => !loaded.has(f));
    const css = [...new Set(js.flatMap(cssOf))].filter((f) => !loadedCss.has(f));
    return { path: route.path, page: page.fileName, js, css, data: route.data ? [route.data] : [] };
  });
}

/** The file a route's page is written to: `/survei/:code/terima-kasih` → `pages/survei-code-terima-kasih.html`. */
export function pageFileOf(routePath: string): string {
  return `pages/${routePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.html`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * index.html with the route's preload links at the end of <head>, after the entry's own links so the entry keeps
 * the first place in the queue. `crossorigin` as Vite's loader sets it, or the browser would fetch twice. The
 * page's API data is preloaded in the mode `fetch()` uses (cors, same-origin credentials) so the page reuses it.
 */
export function pageHtml(indexHtml: string, preload: RoutePreload, base = '/'): string {
  const links = [
    ...preload.js.map((f) => `<link rel="modulepreload" crossorigin href="${escapeAttr(base + f)}">`),
    ...preload.css.map((f) => `<link rel="preload" as="style" crossorigin href="${escapeAttr(base + f)}">`),
    ...preload.data.map((u) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttr(u)}">`),
  ];
  const end = /\n([ \t]*)<\/head>/.exec(indexHtml);
  if (!end) throw new Error('route-pages: index.html has no </head>');
  const indent = `${end[1] ?? ''}  `;
  return indexHtml.replace(end[0], `\n${links.map((l) => indent + l).join('\n')}${end[0]}`);
}

/**
 * The chunk each module of the public pages goes to, from a first build with the bundler's own splitting (so only
 * code that survived tree-shaking counts): a module that only one public page loads beyond the entry goes into
 * that page's chunk, one that several load into a single `public` chunk. Left to itself the bundler makes a chunk
 * for every set of pages sharing a module, which gave a public page 30–45 requests of a few hundred bytes each;
 * over HTTP/1.1 (six connections, a round trip per request) that queue cost more than the bytes. Staff pages that
 * use the same modules import them from these chunks.
 */
export function publicChunkNames(
  bundle: BundleInfo,
  root: string,
  routes: readonly PublicRoute[] = PUBLIC_ROUTES,
): Map<string, string> {
  const chunks = Object.values(bundle).filter((c): c is ChunkInfo => c.type === 'chunk');
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('route-pages: the bundle has no entry chunk');
  const initial = new Set(staticClosure(bundle, entry.fileName));
  const usedBy = new Map<string, Set<string>>();
  for (const route of routes) {
    const id = path.resolve(root, route.module);
    const page = chunks.find((c) => c.facadeModuleId === id || c.moduleIds.includes(id));
    if (!page) throw new Error(`route-pages: no chunk for ${route.module} (${route.path})`);
    const name = path.basename(route.module).replace(/\.[jt]sx?$/, '');
    for (const fileName of staticClosure(bundle, page.fileName)) {
      if (initial.has(fileName)) continue;
      const chunk = bundle[fileName] as ChunkInfo;
      for (const m of chunk.moduleIds) usedBy.set(m, (usedBy.get(m) ?? new Set()).add(name));
    }
  }
  return new Map(
    [...usedBy].map(([id, pages]) => [id, pages.size === 1 ? ([...pages][0] as string) : 'public']),
  );
}

/**
 * Vite plugin: writes `pages/<route>.html` (index.html plus the route's preload links) for each public route and
 * `pages/routes.json` mapping URL patterns to those files; the server sends the matching page instead of
 * index.html (ADR 0005). Runs before the pre-compression, which then compresses these pages too.
 */
export function routePages(routes: readonly PublicRoute[] = PUBLIC_ROUTES): Plugin {
  let root = '';
  let base = '/';
  let preloads: RoutePreload[] = [];
  return {
    name: 'sim-route-pages',
    apply: 'build',
    async config(config) {
      // First pass: the same app built in memory with the bundler's own splitting, to learn which modules each
      // public page really loads. Only the JSX transform is needed for that (no pages, no compression).
      const first = await build({
        configFile: false,
        root: config.root ?? process.cwd(),
        logLevel: 'silent',
        plugins: [react()],
        build: { write: false, assetsInlineLimit: 0 },
      });
      const outputs = (Array.isArray(first) ? first : [first]) as { output: unknown[] }[];
      const bundle = Object.fromEntries(
        outputs.flatMap((o) => o.output as ChunkInfo[]).map((c) => [c.fileName, c]),
      ) as BundleInfo;
      const chunkNames = publicChunkNames(bundle, path.resolve(config.root ?? process.cwd()), routes);
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    debugName: 'public pages',
                    name: (id: string) => chunkNames.get(id) ?? null,
                    // Only the modules the first pass found: pulling in their imports would drag the entry's
                    // modules (React, the router) into a page's chunk.
                    includeDependenciesRecursively: false,
                  },
                  {
                    // What the entry loads on every page (React, the router, Mantine's core) in one chunk, not
                    // seven that the bundler cut out of it because lazy pages share them.
                    name: 'boot',
                    tags: ['$initial'],
                    includeDependenciesRecursively: false,
                  },
                ],
              },
            },
          },
        },
      };
    },
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      preloads = routePreloads(bundle as unknown as BundleInfo, root, routes);
    },
    async writeBundle(options) {
      const outDir = options.dir ?? path.resolve(root, 'dist');
      const index = await fs.readFile(path.join(outDir, 'index.html'), 'utf8');
      await fs.mkdir(path.join(outDir, 'pages'), { recursive: true });
      const table = [];
      for (const preload of preloads) {
        const file = pageFileOf(preload.path);
        await fs.writeFile(path.join(outDir, file), pageHtml(index, preload, base));
        table.push({ path: preload.path, file });
      }
      await fs.writeFile(path.join(outDir, 'pages', 'routes.json'), JSON.stringify(table, null, 2) + '\n');
    },
  };
}
