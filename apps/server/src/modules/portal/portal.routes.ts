import {
  OPEN_DATA_ROW_SCHEMAS,
  openDataCatalogue,
  openDataDatasetBody,
  openDataDatasetParams,
  openDataSettings,
  transparencyQuery,
} from '@sim/contracts';
import { todayOf } from '@sim/domain';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { toCsv } from '../../lib/csv';
import { binary, binaryResponse } from '../../lib/http';
import { getOpenDataSettings, loadOpenDataSettings, updateOpenDataSettings } from './portal-settings.service';
import { createTransparencyPageRenderer, TRANSPARENCY_SCRIPT_HASH } from './transparency-page';
import {
  createTransparencyCache,
  OPEN_DATA_ROW_JSON_SCHEMAS,
  openDataCatalogueOf,
  openDatasetOf,
} from './transparency.service';

// The public transparency page and open data (issue 14 §4), and the administrator's open-data setting. Public
// answers carry Cache-Control for the cache's lifetime, so a proxy or the browser can reuse them too.

const pageQuery = transparencyQuery.extend({ lang: z.enum(['id', 'en']).optional() });

export async function portalRoutes(app: AppInstance) {
  const { ctx } = app;
  const ttl = ctx.config.transparencyCacheSeconds;
  const cache = createTransparencyCache(ttl);
  const renderPage = createTransparencyPageRenderer();
  // Live (ADR 0011): when the figures change (a public live event from any instance) the cached reports go, so the
  // page's re-read right after the event shows the new figures instead of waiting out the cache's lifetime.
  const stopListening = app.live.onPublic(() => cache.clear());
  app.addHook('onClose', async () => stopListening());
  const rateLimit = ctx.config.rateLimits.openData;
  const cacheControl = ttl > 0 ? `public, max-age=${ttl}` : 'no-cache';
  const tags = ['public'];

  app.get(
    '/transparansi',
    {
      config: { rateLimit },
      schema: { hide: true, querystring: pageQuery, response: { 200: binary } },
    },
    async (req, reply) => {
      const report = await cache.get(ctx, req.query);
      const thisYear = Number(todayOf(ctx.now()).slice(0, 4));
      const html = renderPage(report, {
        language: req.query.lang ?? 'id',
        cacheSeconds: ttl,
        years: [0, 1, 2, 3, 4].map((i) => thisYear - i),
      });
      // The app-wide policy allows no inline script; this page adds exactly its own live script by hash.
      const csp = String(reply.getHeader('content-security-policy') ?? '');
      if (csp) {
        reply.header(
          'content-security-policy',
          csp.replace(/script-src ([^;]*)/, `script-src $1 ${TRANSPARENCY_SCRIPT_HASH}`),
        );
      }
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', cacheControl)
        .send(html);
    },
  );

  app.get(
    '/api/v1/public/open-data',
    {
      config: { public: true, rateLimit },
      schema: {
        tags,
        summary: 'Katalog data terbuka: dataset, berkas CSV/JSON, skema dan lisensi (CC BY 4.0)',
        security: [],
        response: { 200: openDataCatalogue },
      },
    },
    async (_req, reply) => {
      const { minCellCount } = await loadOpenDataSettings(ctx.db);
      return reply.header('cache-control', cacheControl).send(openDataCatalogueOf(minCellCount));
    },
  );

  app.get(
    '/api/v1/public/open-data/:dataset.json',
    {
      config: { public: true, rateLimit },
      schema: {
        tags,
        summary: 'Data terbuka sebagai JSON (tanpa data pribadi; aturan sel kecil diterapkan)',
        security: [],
        params: openDataDatasetParams,
        querystring: transparencyQuery,
        response: { 200: openDataDatasetBody },
      },
    },
    async (req, reply) => {
      const report = await cache.get(ctx, req.query);
      return reply.header('cache-control', cacheControl).send(openDatasetOf(report, req.params.dataset));
    },
  );

  app.get(
    '/api/v1/public/open-data/:dataset.csv',
    {
      config: { public: true, rateLimit },
      schema: {
        tags,
        summary: 'Data terbuka sebagai CSV (RFC 4180, UTF-8, dengan baris judul kolom)',
        security: [],
        params: openDataDatasetParams,
        querystring: transparencyQuery,
        response: { 200: binaryResponse('text/csv', 'CSV UTF-8 dengan baris judul kolom') },
      },
    },
    async (req, reply) => {
      const { dataset } = req.params;
      const report = await cache.get(ctx, req.query);
      const body = openDatasetOf(report, dataset);
      const suffix = `${report.period.year}${report.period.quarter ? `-t${report.period.quarter}` : ''}`;
      return reply
        .header('content-type', 'text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${dataset}-${suffix}.csv"`)
        .header('cache-control', cacheControl)
        .send(toCsv(Object.keys(OPEN_DATA_ROW_SCHEMAS[dataset].shape), body.rows));
    },
  );

  app.get(
    '/api/v1/public/open-data/schema/:dataset.json',
    {
      config: { public: true, rateLimit },
      schema: {
        tags,
        summary: 'JSON Schema satu baris dataset data terbuka (arti setiap kolom)',
        security: [],
        params: openDataDatasetParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (req, reply) =>
      reply
        .header('cache-control', 'public, max-age=3600')
        .send(OPEN_DATA_ROW_JSON_SCHEMAS[req.params.dataset]),
  );

  app.get(
    '/api/v1/portal/open-data-settings',
    {
      schema: {
        tags: ['portal'],
        summary: 'Pengaturan data terbuka (batas sel kecil)',
        response: { 200: openDataSettings },
      },
    },
    async (req) => getOpenDataSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/portal/open-data-settings',
    {
      schema: {
        tags: ['portal'],
        summary: 'Ubah batas sel kecil data terbuka (Admin Kepegawaian)',
        body: openDataSettings,
        response: { 200: openDataSettings },
      },
    },
    async (req) => updateOpenDataSettings(ctx, req.actor!, req.body),
  );
}
