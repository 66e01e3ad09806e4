import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../lib/app-instance';

/** Hashed build output: the file name changes with the content, so a browser may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `pages/routes.json` as the build writes it (apps/web/build/route-pages.ts). */
type PageRoute = { path: string; file: string };

/** `/survei/:code` matches `/survei/AB12` (one non-empty segment per parameter) and `/survei/AB12/`. */
export function matchesRoute(pattern: string, pathname: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  if (want.length !== got.length || pathname.includes('//')) return false;
  return want.every((segment, i) => segment.startsWith(':') || segment === got[i]);
}

/**
 * The page of a public route: index.html plus preload links for that route's chunks and data, so a phone fetches
 * them in parallel with the entry instead of one after the other (ADR 0005). Read per request, like the assets, so
 * a rebuilt app is served without a restart; a missing or unreadable table means index.html.
 */
async function pageFor(dist: string, url: string): Promise<string> {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/';
  let table: unknown;
  try {
    table = JSON.parse(await fs.promises.readFile(path.join(dist, 'pages', 'routes.json'), 'utf8'));
  } catch {
    return 'index.html';
  }
  if (!Array.isArray(table)) return 'index.html';
  const hit = (table as PageRoute[]).find(
    (r) =>
      typeof r?.path === 'string' &&
      typeof r.file === 'string' &&
      /^pages\/[\w-]+\.html$/.test(r.file) &&
      matchesRoute(r.path, pathname),
  );
  return hit && fs.existsSync(path.join(dist, hit.file)) ? hit.file : 'index.html';
}

/**
 * Serves the built SPA; unknown non-API GETs get index.html (or their public route's page) so client-side routes
 * work on reload. The build writes .br and .gz siblings of each text file (apps/web/build/precompress.ts), so the
 * server picks one by Accept-Encoding (with Vary) and never compresses per request (ADR 0005).
 */
export async function registerWebApp(app: AppInstance, dist: string) {
  const index = path.join(dist, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    const assets = path.join(dist, 'assets') + path.sep;
    // wildcard: look files up per request, so a rebuilt app is served without a restart.
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: true,
      index: false,
      preCompressed: true,
      cacheControl: false,
      // The path is the file actually sent (x.js.br for x.js): only the folder decides.
      setHeaders: (reply, file) => {
        reply.header('cache-control', file.startsWith(assets) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  const sendPage = async (req: FastifyRequest, reply: FastifyReply) =>
    reply.sendFile(await pageFor(dist, req.url));
  // The root is a directory to the static handler (403); it is the app's entry page.
  if (hasWeb) app.get('/', { schema: { hide: true } }, (req, reply) => sendPage(req, reply));
  app.setNotFoundHandler((req, reply) => {
    const isApi = /^\/(api|open311)(\/|$)/.test(req.url);
    // A missing asset (an old chunk after a redeploy) must fail as a 404, not as HTML parsed as a script.
    const isAsset = req.url.startsWith('/assets/');
    if (!isApi && !isAsset && hasWeb && (req.method === 'GET' || req.method === 'HEAD'))
      return sendPage(req, reply);
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `Alamat ${req.url} tidak ditemukan` } });
  });
}
