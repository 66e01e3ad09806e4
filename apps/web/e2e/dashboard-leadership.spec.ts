import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yIssues, pageAs } from './fixtures';

// The Pimpinan dashboard (issue 14 §2, §5) on the demo data at phone size: the Camat reaches it from the home page,
// the page fits 390 px (wide tables scroll in their own region) with no serious axe issue, the IKM chart is bars
// with the unit names on the axis (a legend of one line per unit would cover the table), one figure opens the
// complaints behind it, and the monthly summary PDF downloads.

const PHONE = { width: 390, height: 844 };

test('the Camat opens the leadership dashboard on a phone, follows a figure and downloads the monthly PDF', async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, baseURL!, 'camat', PHONE);

  await test.step('the home page links to the dashboard', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Buka dasbor pimpinan' }).click();
    await expect(page).toHaveURL(/\/dasbor\/pimpinan/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dasbor pimpinan' })).toBeVisible();
  });

  await test.step('a year view fits 390 px and has no serious axe issue', async () => {
    await page.goto('/dasbor/pimpinan?periode=year');
    await expect(page.getByRole('heading', { name: 'Pengaduan per unit kerja' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the page is ${width} px wide`).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yIssues(page);
  });

  await test.step('on a phone the IKM chart is one bar per unit, with no legend to cover the table', async () => {
    const ikm = page.locator('section[aria-labelledby="leadership-ikm"]');
    await expect(ikm.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(ikm.locator('.recharts-legend-wrapper')).toHaveCount(0);
    await expect(ikm.locator('.recharts-line')).toHaveCount(0);
  });

  await test.step('on a wide screen the IKM trend is one line per unit with a styled legend in a row', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const legend = page.locator('section[aria-labelledby="leadership-ikm"] .recharts-legend-wrapper');
    await expect(legend).toBeVisible();
    // Unstyled (the chart styles not loaded), the legend stacked one unit per line over the table below it.
    const box = (await legend.boundingBox())!;
    expect(box.height, `the legend is ${box.height} px high`).toBeLessThan(80);
    await page.setViewportSize(PHONE);
  });

  await test.step('a figure opens the records behind it', async () => {
    const tile = page.getByTestId('leadership-tiles').getByRole('link', { name: /Pengaduan diterima/ });
    const href = await tile.getAttribute('href');
    expect(href).toMatch(/^\/complaints\?scope=all&metric=assigned&from=\d{4}-01-01&to=\d{4}-12-31/);
    await tile.click();
    await expect(page).toHaveURL(/\/complaints\?.*metric=assigned/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  await test.step('the monthly summary PDF downloads', async () => {
    await page.goto('/dasbor/pimpinan?ringkasan=2026-11');
    const link = page.getByTestId('monthly-summary-link');
    await expect(link).toContainText('November 2026');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('ringkasan-bulanan-2026-11.pdf');
    const res = await page.request.get((await link.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
