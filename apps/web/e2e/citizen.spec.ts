import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiAs, makePng, signIn } from './fixtures';

// Issue 10 §2, the citizen on a cheap phone (390 × 844): the form checks itself in the browser and clears each
// error as its field is corrected; the receipt's link fits the screen; a lost link is found again with the ticket
// number and the phone number; photos show as thumbnails to the citizen and to staff; the public pages have a
// header and footer with the services. axe on every page visited.

test.use({ viewport: { width: 390, height: 844 } });

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`);
}

/** The first thumbnail really shows an image (decoded, not a broken icon). */
async function expectThumbnailLoaded(page: Page) {
  const img = page.getByTestId('attachment-thumbnails').locator('img').first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(2);
}

test('corrected form, receipt on a phone, lost link found by ticket + phone, thumbnails for citizen and staff', async ({
  page,
  baseURL,
}) => {
  // 1. The public header leads to the services.
  await page.goto('/pengaduan');
  const nav = page.getByRole('navigation', { name: 'Layanan untuk warga' });
  for (const name of ['Sampaikan pengaduan', 'Lacak pengaduan', 'Hasil survei', 'Verifikasi dokumen']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('contentinfo')).toBeVisible();

  // 2. Submit with errors: the browser checks with the API's schema; nothing is sent.
  await page.getByRole('button', { name: /kirim pengaduan/i }).click();
  await expect(page.getByTestId('form-errors')).toBeVisible();
  const description = page.getByRole('textbox', { name: /uraian pengaduan/i });
  const address = page.getByRole('textbox', { name: /alamat atau patokan/i });
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Kategori wajib dipilih')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/citizen-form-errors.png', fullPage: true });

  // 3. Fixing a field clears its error at once; the others stay until they are fixed, then the banner goes.
  await description.fill(
    'Lampu jalan di gang depan masjid mati sejak dua minggu, gelap sekali di malam hari.',
  );
  await expect(description).not.toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await address.fill('Gang Masjid, Jl. Ki Marogan');
  await expect(address).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('combobox', { name: /kategori layanan/i }).click();
  await page.getByRole('listbox').getByRole('option').first().click();
  await page.getByRole('combobox', { name: /kelurahan/i }).click();
  await page.getByRole('option', { name: 'Kertapati', exact: true }).click();
  await expect(page.getByTestId('form-errors')).toHaveCount(0);
  const phone = page.getByRole('textbox', { name: /nomor telepon/i });
  await phone.fill('nomor saya');
  await page.getByRole('button', { name: /kirim pengaduan/i }).click();
  await expect(page.getByText('Nomor telepon tidak valid')).toBeVisible();
  await phone.fill('0812-7777-1234');
  await expect(page.getByText('Nomor telepon tidak valid')).toHaveCount(0);
  await expect(page.getByTestId('form-errors')).toHaveCount(0);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lampu-mati.png', mimeType: 'image/png', buffer: makePng() });
  await page.context().grantPermissions(['geolocation']);
  await page.context().setGeolocation({ latitude: -3.012345, longitude: 104.754321 });
  await page.getByRole('button', { name: 'Gunakan lokasi saya' }).click();
  await expect(page.getByText(/lokasi terpasang/i)).toBeVisible();
  await page.getByRole('button', { name: /kirim pengaduan/i }).click();

  // 4. The receipt fits a 390 px screen: the link wraps, the warning and the copy button are in view.
  const ticket = (await page.getByTestId('ticket-number').textContent())!.trim();
  const link = page.getByTestId('tracking-link');
  const box = (await link.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole('button', { name: 'Salin tautan' })).toBeVisible();
  await expect(page.getByText(/simpan tautan ini/i)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/citizen-receipt.png', fullPage: true });

  // 5. The link is lost: the citizen finds the complaint with the ticket and the phone number (another form).
  await page.goto('/pengaduan/lacak');
  await expect(page.getByRole('heading', { name: 'Cari pengaduan Anda' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('textbox', { name: 'Nomor tiket' }).fill(ticket);
  await page.getByRole('textbox', { name: /nomor telepon atau e-mail/i }).fill('081277771235');
  await page.getByRole('button', { name: 'Cari pengaduan' }).click();
  await expect(page.getByTestId('lookup-not-found')).toBeVisible();
  await page.getByRole('textbox', { name: /nomor telepon atau e-mail/i }).fill('+62 812 7777 1234');
  await expect(page.getByTestId('lookup-not-found')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/citizen-lookup.png', fullPage: true });
  await page.getByRole('button', { name: 'Cari pengaduan' }).click();
  await expect(page.getByRole('heading', { name: `Lacak pengaduan ${ticket}` })).toBeVisible();
  await expect(page.getByTestId('lookup-found')).toBeVisible();
  expect(page.url()).toMatch(/\/pengaduan\/lacak#[A-Za-z0-9_-]{40,}$/);

  // 6. The citizen's photo shows as a thumbnail, not as "Lampiran ditambahkan: …".
  await expectThumbnailLoaded(page);
  await expect(page.getByText(/lampiran ditambahkan/i)).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/citizen-tracking.png', fullPage: true });

  // 7. Staff see the same photo as a thumbnail on the complaint.
  const admin = await apiAs(baseURL!, 'admin');
  const users = await (
    await admin.get('/api/v1/users', { params: { role: 'PETUGAS_PENGADUAN', pageSize: 50 } })
  ).json();
  const petugas = (users.items as { username: string }[])[0]!;
  await signIn(page, petugas.username);
  await page.goto('/complaints?scope=verification');
  await page.getByRole('link', { name: ticket }).click();
  await expectThumbnailLoaded(page);
  // The shared position opens in the map application (geo: URI) or OpenStreetMap, not as a number pair.
  await expect(page.getByRole('link', { name: 'Buka di aplikasi peta' })).toHaveAttribute(
    'href',
    'geo:-3.012345,104.754321',
  );
  await expect(page.getByRole('link', { name: 'Lihat di OpenStreetMap' })).toHaveAttribute(
    'href',
    /openstreetmap\.org\/\?mlat=-3\.012345&mlon=104\.754321/,
  );
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/staff-thumbnail.png', fullPage: true });
});

test('public pages: transparency with the office-wide figure, document verification by typed code', async ({
  page,
}) => {
  await page.goto('/transparansi/skm');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Tautan layanan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /seluruh kantor/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Isi survei / }).first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/transparency.png', fullPage: true });

  await page
    .getByRole('navigation', { name: 'Layanan untuk warga' })
    .getByRole('link', { name: 'Verifikasi dokumen' })
    .click();
  await expect(page).toHaveURL(/\/verifikasi$/);
  expect(await axe(page)).toEqual([]);
  const code = page.getByRole('textbox', { name: 'Kode' });
  await code.fill('bukan kode!');
  await page.getByRole('button', { name: 'Periksa dokumen' }).click();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await code.fill('skp-000000000000');
  await page.getByRole('button', { name: 'Periksa dokumen' }).click();
  await expect(page).toHaveURL(/\/verifikasi\/SKP-000000000000$/);
  await expect(page.getByText(/dokumen tidak dikenal|tidak ditemukan/i).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/verify.png', fullPage: true });
});
