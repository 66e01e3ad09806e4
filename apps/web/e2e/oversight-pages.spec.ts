import { expect, test, type Page } from '@playwright/test';
import { apiAs, seriousA11yIssues, signIn } from './fixtures';

// Every oversight screen at phone size (390 × 844): nothing wider than the screen (no sideways scrolling of the
// page; wide tables scroll inside their own box) and no serious or critical axe issue. The Pimpinan sees every
// oversight screen, so one login covers them; the record pages use the demo year's first inspection and finding.

test.use({ viewport: { width: 390, height: 844 } });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('every oversight page fits a 390 px phone and has no serious axe issue', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const camat = await apiAs(baseURL!, 'camat');
  const inspection = (
    (await (await camat.get('/api/v1/oversight/inspections', { params: { status: 'SUBMITTED' } })).json())
      .items as { id: number }[]
  )[0]!;
  const finding = (
    (await (await camat.get('/api/v1/oversight/findings')).json()).items as { id: number }[]
  )[0]!;
  const work = await (await camat.get('/api/v1/oversight/work')).json();
  const recommendation = [...work.escalated, ...work.toDecide, ...work.mine][0] as { id: number } | undefined;
  const routes = [
    '/pengawasan/tim',
    '/pengawasan/rencana',
    '/pengawasan/template',
    '/pengawasan/inspeksi',
    `/pengawasan/inspeksi/${inspection.id}`,
    '/pengawasan/temuan',
    `/pengawasan/temuan/${finding.id}`,
    '/pengawasan/tindak-lanjut',
    '/pengawasan/laporan',
    '/pengawasan/pengaturan',
    ...(recommendation ? [`/pengawasan/rekomendasi/${recommendation.id}`] : []),
  ];
  await signIn(page, 'camat');
  for (const route of routes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await overflow(page), `${route} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(await seriousA11yIssues(page), route).toEqual([]);
  }
});
