import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yIssues, findNip, pageAs } from './fixtures';

// Kinerja Saya and Tim Saya (issue 14 §2, §5) at phone size, as the demo's employee and their superior: the page
// fits 390 px (wide tables scroll in their own region), has no serious axe issue, a figure's link leads to the
// records behind it, and a table downloads as XLSX.

const PHONE = { width: 390, height: 844 };
const EMPLOYEE_POSITION = 'Pengelola Kepegawaian';
const SUPERIOR_POSITION = 'Kepala Subbagian Umum dan Kepegawaian';

async function expectFitsPhone(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yIssues(page);
}

test('an employee opens Kinerja Saya on a phone, follows a figure to its records and downloads a table', async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, baseURL!, await findNip(baseURL!, EMPLOYEE_POSITION), PHONE);
  await page.goto('/');
  await page.getByRole('link', { name: 'Lihat dasbor kinerja saya' }).click();
  await expect(page).toHaveURL(/\/dasbor\/saya/);
  await expectFitsPhone(page, '/dasbor/saya', 'Kinerja Saya');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh XLSX: Ringkasan' }).click();
  expect((await download).suggestedFilename()).toMatch(/^kinerja-saya-ringkasan-\d{4}\.xlsx$/);

  // The JP figure is a link to the training records it counts.
  await page.getByRole('link', { name: /JP tahun ini/ }).click();
  await expect(page).toHaveURL(/\/pelatihan\/saya$/);
  await page.context().close();
});

test('a superior opens Tim Saya on a phone and follows a team member to their records', async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, baseURL!, await findNip(baseURL!, SUPERIOR_POSITION), PHONE);
  await expectFitsPhone(page, '/dasbor/tim', 'Tim Saya');
  const members = page.getByRole('region', { name: 'Anggota tim' });
  const first = members.getByRole('rowheader').first().getByRole('link');
  await first.click();
  await expect(page).toHaveURL(/\/(kinerja\/skp|employees)\/\d+$/);
  await page.context().close();
});

test('Admin Kepegawaian pages through the whole office on Tim Saya on a phone, the page kept in the URL', async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, baseURL!, 'admin', PHONE);
  await expectFitsPhone(page, '/dasbor/tim', 'Tim Saya');
  const members = page.getByRole('region', { name: 'Anggota tim' });
  // The demo office (65–80 people) is two pages of 50: "1–50 dari N".
  const range = page.getByText(/^1–50 dari \d+$/);
  await expect(range).toBeVisible();
  const total = Number((await range.textContent())!.split(' dari ')[1]);
  expect(total).toBeGreaterThan(50);
  await expect(members.getByRole('rowheader')).toHaveCount(50);
  const firstOfPageOne = await members.getByRole('rowheader').first().textContent();

  const pager = page.getByRole('navigation', { name: 'Halaman' });
  await pager.getByRole('button', { name: 'Halaman 2' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText(`51–${total} dari ${total}`)).toBeVisible();
  await expect(members.getByRole('rowheader')).toHaveCount(total - 50);
  expect(await members.getByRole('rowheader').first().textContent()).not.toBe(firstOfPageOne);
  await expect(pager.getByRole('button', { name: 'Halaman 2' })).toHaveAttribute('aria-current', 'page');

  // The page survives a reload (it is in the URL) and still fits the phone.
  await expectFitsPhone(page, '/dasbor/tim?page=2', 'Tim Saya');
  await expect(page.getByText(`51–${total} dari ${total}`)).toBeVisible();

  // A page past the last (an old link) goes to the last page.
  await page.goto('/dasbor/tim?page=9');
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText(`51–${total} dari ${total}`)).toBeVisible();
  await page.context().close();
});

test('an employee without subordinates has no Tim Saya menu', async ({ browser, baseURL }) => {
  const page = await pageAs(browser, baseURL!, await findNip(baseURL!, EMPLOYEE_POSITION));
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Lihat dasbor tim saya' })).toHaveCount(0);
  await page.context().close();
});
