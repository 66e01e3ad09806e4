import { expect, test, type Browser } from '@playwright/test';
import { expectNoSeriousA11yIssues, findNip, makePng, pageAs } from './fixtures';

// Oversight follow-up journey at phone size (issue 12 §8, the part after the finding): the owner of a
// recommendation (the head of the PATEN counter, who answers for the unit's recommendations in the demo data) sees
// it on the home page, posts a follow-up with a photo; a member of the oversight team verifies it as sesuai and
// closes it. Axe on each page. People are found through the API by position, never by id.

const OWNER_POSITION = 'Kepala Seksi Pelayanan Umum';
const INSPECTOR_POSITION = 'Sekretaris Camat';
const PHONE = { width: 390, height: 844 };

const phoneLogin = (browser: Browser, baseURL: string, username: string) =>
  pageAs(browser, baseURL, username, PHONE);

const RECOMMENDATION = 'Ganti papan jam layanan sesuai maklumat yang berlaku.';

test('oversight: the owner posts a follow-up with a photo, the inspector verifies and closes it (phone)', async ({
  browser,
  baseURL,
}) => {
  const owner = await phoneLogin(browser, baseURL!, await findNip(baseURL!, OWNER_POSITION));
  const inspector = await phoneLogin(browser, baseURL!, await findNip(baseURL!, INSPECTOR_POSITION));
  let path = '';

  await test.step('the owner sees the recommendation on the home page and opens it', async () => {
    await owner.goto('/');
    const card = owner.getByRole('region', { name: 'Rekomendasi pengawasan untuk saya' }).first();
    await expect(card).toBeVisible();
    await expectNoSeriousA11yIssues(owner);
    await card.getByRole('link', { name: RECOMMENDATION }).click();
    await owner.waitForURL(/\/pengawasan\/rekomendasi\/\d+$/);
    path = new URL(owner.url()).pathname;
    await expect(owner.getByText('Terbuka', { exact: true })).toBeVisible();
    await expectNoSeriousA11yIssues(owner);
  });

  await test.step('the owner posts a follow-up with a photo', async () => {
    await owner
      .getByLabel('Uraian tindak lanjut')
      .fill('Papan jam layanan baru (08.00–15.00) sudah dipasang.');
    await owner.locator('input[type="file"]').setInputFiles({
      name: 'papan-jam-layanan.png',
      mimeType: 'image/png',
      buffer: makePng({ comment: 'GPS' }),
    });
    await owner.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
    await expect(owner.getByText('Menunggu verifikasi', { exact: true })).toBeVisible();
    await expect(owner.getByRole('link', { name: 'papan-jam-layanan.png' })).toBeVisible();
    await expect(owner.getByRole('button', { name: 'Kirim tindak lanjut' })).toHaveCount(0);
  });

  await test.step('the inspector finds it waiting for verification and closes it as sesuai', async () => {
    await inspector.goto('/pengawasan/tindak-lanjut');
    const waiting = inspector.getByRole('region', { name: /Menunggu verifikasi saya/ }).first();
    await expect(waiting.getByRole('link', { name: RECOMMENDATION })).toBeVisible();
    await expectNoSeriousA11yIssues(inspector);
    await inspector.goto(path);
    await inspector.getByRole('radio', { name: 'Sesuai', exact: true }).check();
    await inspector.getByRole('button', { name: 'Simpan verifikasi' }).click();
    await inspector.getByRole('dialog').getByRole('button', { name: 'Simpan verifikasi' }).click();
    await expect(inspector.getByText('Selesai', { exact: true })).toBeVisible();
    await expect(inspector.getByText(/Sesuai — diverifikasi oleh/)).toBeVisible();
    await expect(inspector.getByText('Diverifikasi sesuai', { exact: true })).toBeVisible();
    await expectNoSeriousA11yIssues(inspector);
  });

  await test.step('the owner sees it closed', async () => {
    await owner.reload();
    await expect(owner.getByText('Selesai', { exact: true })).toBeVisible();
  });
});
