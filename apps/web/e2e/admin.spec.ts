import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yIssues, seriousA11yIssues, signIn } from './fixtures';

// The foundation journey from issue 2: admin finds an employee, transfers them, imports a file with one bad row,
// sees the per-row report, reads each step in the audit log and switches the language. axe checks every page.
test('admin: find, transfer, import with a bad row, audit trail, language switch', async ({ page }) => {
  // The root is the app: without a session it leads to the login page.
  await page.goto('/');
  await page.waitForURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // A citizen who lands here finds the public services.
  await expect(page.getByRole('link', { name: 'Sampaikan pengaduan' })).toHaveAttribute('href', '/pengaduan');
  await expectNoSeriousA11yIssues(page);

  // A wrong password is refused with a clear Indonesian message.
  await page.getByLabel('Nama pengguna atau NIP').fill('admin');
  await page.getByLabel('Kata sandi').fill('bukan-kata-sandi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText('salah');

  await signIn(page, 'admin');
  await expectNoSeriousA11yIssues(page);

  // Find an employee by name.
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Pegawai', exact: true })
    .click();
  await page.getByRole('searchbox', { name: 'Cari pegawai' }).fill('Dedi Kurniawan');
  const row = page.getByRole('link', { name: /Dedi Kurniawan/ }).first();
  await expect(row).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await row.click();
  await expect(page.getByRole('heading', { name: /Dedi Kurniawan/ })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  // Transfer them to a vacant position.
  await page.getByRole('button', { name: 'Mutasi jabatan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Jabatan baru' }).click();
  const option = page.getByRole('listbox').getByRole('option').first();
  const newPosition = ((await option.textContent()) ?? '').trim();
  await option.click();
  await dialog.getByLabel('Tanggal efektif').fill('2026-12-01');
  await dialog.getByLabel('Alasan mutasi').fill('Penyegaran organisasi');
  await expectNoSeriousA11yIssues(page);
  await dialog.getByRole('button', { name: 'Simpan mutasi' }).click();
  await expect(page.getByText(/Mutasi .* tersimpan/)).toBeVisible();
  // The toast sits below the header: the menu and the language switch stay reachable while it shows.
  const toast = page.getByRole('alert').filter({ hasText: /Mutasi .* tersimpan/ });
  const toastBox = (await toast.boundingBox())!;
  const headerBox = (await page.getByRole('banner').boundingBox())!;
  expect(toastBox.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height);
  expect(newPosition.length).toBeGreaterThan(0);

  // Import a CSV with one good and one bad row, all-or-nothing → nothing saved, report shows the bad row.
  const positions = await (await page.request.get('/api/v1/org/positions?pageSize=1')).json();
  const positionId = positions.items[0].id as number;
  const csv = [
    'nip,nama,gelar_depan,gelar_belakang,jenis,golongan,email,telepon,jabatan_id,jabatan,tmt_jabatan',
    `199201152019032011,Sari Wulandari,,S.E.,PNS,III/a,,,${positionId},,2026-01-02`,
    `12345,Nama Salah,,,PNS,III/a,,,${positionId},,2026-01-02`,
  ].join('\n');
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Impor pegawai' })
    .click();
  await page.getByLabel('Berkas impor (CSV atau XLSX)').setInputFiles({
    name: 'pegawai.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('radio', { name: 'Semua atau tidak sama sekali' }).check();
  await page.getByRole('button', { name: 'Unggah dan impor' }).click();
  const report = page.getByRole('table', { name: 'Laporan per baris' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('row').filter({ hasText: 'nip' }).first()).toContainText('3');
  await expectNoSeriousA11yIssues(page);

  // The audit log shows the transfer and the import, as words (issue 10: no raw action codes).
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Log audit' })
    .click();
  const log = page.getByRole('main');
  await expect(log.getByText('Mutasi jabatan', { exact: true }).first()).toBeVisible();
  await expect(log.getByText('Impor pegawai selesai', { exact: true }).first()).toBeVisible();
  await expect(log.getByText('Masuk', { exact: true }).first()).toBeVisible();
  await expect(log.getByText('employee.transferred')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verifikasi rantai' }).click();
  await expect(page.getByText('Rantai audit utuh')).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  // Switch to English and back.
  await page.getByLabel('Bahasa / Language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: /main navigation/i })).toBeVisible();
  await page.getByLabel('Bahasa / Language').selectOption('id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test('phone width: the navigation collapses behind a button and still works', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'admin');
  await page.getByRole('button', { name: 'Buka navigasi' }).click();
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Pegawai', exact: true })
    .click();
  await expect(page.getByRole('searchbox', { name: 'Cari pegawai' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
  await expectNoSeriousA11yIssues(page);
});

test('admin at 1366 px: the organisation table shows its last column; a holiday is removed only after confirming', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'admin');
  await page.goto('/org');
  const table = page.getByRole('main').getByRole('table').first();
  await expect(table).toBeVisible();
  // The last column (the row's actions) lies wholly inside the window, not cut off at the right edge.
  const last = table.getByRole('columnheader').last();
  const box = (await last.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  expect(await seriousA11yIssues(page)).toEqual([]);

  // Removing a holiday moves running complaint deadlines: the labelled button asks first, Batal keeps it.
  await page.goto('/complaints/settings');
  await page.getByRole('tab', { name: 'Kalender libur' }).click();
  const remove = page.getByRole('button', { name: /^Hapus hari libur / }).first();
  const name = (await remove.getAttribute('aria-label'))!;
  await remove.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('dihitung ulang');
  // Axe reads the dialog once its fade-in has ended (mid-transition every colour is paler than it is).
  await expect.poll(() => dialog.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  expect(await seriousA11yIssues(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name, exact: true }).click();
  await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
  await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
});
