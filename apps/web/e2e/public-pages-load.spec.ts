import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './fixtures';

// What a citizen's phone downloads on a public page (ADR 0005): everything the page needs is announced by its HTML
// (the entry and the route's own preload links), so nothing waits for a script to run before it is requested; the
// page's API data is fetched once (the preload is reused, not fetched twice); and no staff code (the staff layout,
// the full stylesheet, charts, the toast container) comes along.

test.use({ viewport: { width: 390, height: 844 } });

async function openSurveyCode(baseURL: string): Promise<string> {
  const api = await apiAs(baseURL, 'admin');
  const res = await api.get('/api/v1/surveys', { params: { status: 'OPEN', pageSize: 50 } });
  const items = ((await res.json()) as { items: { code: string }[] }).items;
  await api.dispose();
  if (!items[0]) throw new Error('Tidak ada survei SKM yang dibuka di data demo');
  return items[0].code;
}

/** Opens a page and returns the assets its HTML announces and the requests the page made. */
async function load(page: Page, url: string, ready: () => Promise<void>) {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const response = await page.goto(url);
  const html = (await response?.text()) ?? '';
  await ready();
  await page.waitForLoadState('networkidle');
  const announced = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? ''),
  );
  return { requested, announced };
}

const STAFF_CODE = /\/assets\/(app-layout|staff-styles|BarChart|esm|Notification)[-.]/;

test('each public page requests only what its HTML announces, its data once, and no staff code', async ({
  page,
  baseURL,
}) => {
  const survey = await openSurveyCode(baseURL!);
  const pages: { url: string; data?: string; ready: () => Promise<void> }[] = [
    {
      url: '/pengaduan',
      data: '/api/v1/public/complaint-options',
      ready: () => expect(page.getByRole('button', { name: /kirim/i })).toBeVisible(),
    },
    {
      url: '/transparansi/skm',
      data: '/api/v1/public/skm-results',
      ready: () => expect(page.getByRole('article').first()).toBeVisible(),
    },
    {
      url: `/survei/${survey}`,
      ready: () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    },
  ];
  for (const { url, data, ready } of pages) {
    await test.step(url, async () => {
      const { requested, announced } = await load(page, url, ready);
      const assets = requested.filter((p) => p.startsWith('/assets/'));
      expect(assets.filter((p) => !announced.has(p))).toEqual([]);
      expect(assets.filter((p) => STAFF_CODE.test(p))).toEqual([]);
      // Over HTTP/1.1 each request costs a round trip on one of six connections: keep the page to a handful.
      expect(assets.length).toBeLessThanOrEqual(12);
      if (data) expect(requested.filter((p) => p === data)).toHaveLength(1);
    });
  }
});
