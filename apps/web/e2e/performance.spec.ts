import { expect, test } from '@playwright/test';
import { apiAs, expectNoSeriousA11yIssues, findNip, pageAs } from './fixtures';

// SKP journey (issue 3): an employee drafts an SKP that cascades from the superior's approved SKP and submits it;
// the superior returns it with a comment and approves the revision; the employee records a realisation and uploads a
// file; the superior gives feedback, evaluates the quarter, downloads the evaluation PDF and its verification page
// confirms it. People are found through the API by position (demo data with seedPerformanceDemo), never by id.

const EMPLOYEE_POSITION = 'Pengelola Kepegawaian';
const SUPERIOR_POSITION = 'Kepala Subbagian Umum dan Kepegawaian';
const QUARTER = 'Triwulan III';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('SKP: draft with cascade, return and approve, realisation with a file, feedback, evaluation, verified PDF', async ({
  browser,
  baseURL,
}) => {
  const employeeNip = await findNip(baseURL!, EMPLOYEE_POSITION);
  const superiorNip = await findNip(baseURL!, SUPERIOR_POSITION);
  const employee = await pageAs(browser, baseURL!, employeeNip);
  const superior = await pageAs(browser, baseURL!, superiorNip);
  let skpPath = '';

  await test.step('the employee drafts an SKP linked to the superior’s RHK and submits it', async () => {
    await employee.goto('/kinerja');
    await employee.getByRole('button', { name: 'Mulai SKP' }).click();
    // Irreversible steps ask first (issue 10): the dialog's own button confirms.
    await employee.getByRole('dialog').getByRole('button', { name: 'Mulai SKP' }).click();
    await employee.waitForURL(/\/kinerja\/skp\/\d+$/);
    skpPath = new URL(employee.url()).pathname;
    await employee.getByRole('button', { name: 'Ubah rencana' }).click();
    await employee.getByRole('button', { name: 'Tambah RHK' }).click();
    await employee.getByLabel('RHK pimpinan yang diintervensi').selectOption({ index: 1 });
    await employee.getByLabel('Uraian RHK').fill('Terkelolanya data kepegawaian kecamatan');
    await employee.getByLabel('Indikator', { exact: true }).fill('Jumlah usulan kepegawaian yang diproses');
    await employee.getByLabel('Nilai target').fill('12');
    await employee.getByLabel('Satuan').fill('usulan');
    await employee.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(
      employee.getByRole('cell', { name: 'Terkelolanya data kepegawaian kecamatan' }),
    ).toBeVisible();
    await employee.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await employee.getByRole('dialog').getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await expect(employee.getByText('Diajukan', { exact: true })).toBeVisible();
    await expectNoSeriousA11yIssues(employee);
  });

  await test.step('the superior returns it with a comment', async () => {
    await superior.goto(skpPath);
    await expect(superior.getByRole('button', { name: 'Kembalikan' })).toBeVisible();
    await expectNoSeriousA11yIssues(superior);
    await superior.getByRole('button', { name: 'Kembalikan' }).click();
    const dialog = superior.getByRole('dialog');
    await dialog.getByLabel('Catatan untuk pegawai').fill('Tambahkan satuan waktu penyelesaian');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await expect(superior.getByText('Dikembalikan', { exact: true })).toBeVisible();
  });

  await test.step('the employee revises and resubmits; the superior approves', async () => {
    await employee.reload();
    await expect(employee.getByText('Tambahkan satuan waktu penyelesaian')).toBeVisible();
    await employee.getByRole('button', { name: 'Ubah rencana' }).click();
    await employee.getByLabel('Uraian RHK').fill('Terkelolanya data kepegawaian kecamatan tepat waktu');
    await employee.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(
      employee.getByRole('cell', { name: 'Terkelolanya data kepegawaian kecamatan tepat waktu' }),
    ).toBeVisible();
    await employee.getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await employee.getByRole('dialog').getByRole('button', { name: 'Ajukan ke atasan' }).click();
    await expect(employee.getByText('Diajukan', { exact: true })).toBeVisible();

    await superior.reload();
    await superior.getByRole('button', { name: 'Setujui' }).click();
    await superior.getByRole('dialog').getByRole('button', { name: 'Setujui' }).click();
    await expect(superior.getByText('Disetujui', { exact: true })).toBeVisible();
  });

  await test.step('the employee records a realisation and uploads a file as evidence', async () => {
    await employee.goto(`${skpPath}?tab=work`);
    // The form opens on the period that contains today (WIB; the demo year is the current one).
    const month = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(5, 7));
    const period = employee.getByLabel('Periode', { exact: true });
    const current = `Triwulan ${['I', 'II', 'III', 'IV'][Math.floor((month - 1) / 3)]}`;
    await expect(period.locator('option:checked')).toHaveText(current);
    await period.selectOption({ label: QUARTER });
    await employee.getByLabel('Target periode (rencana aksi)').fill('3');
    await employee.getByLabel('Nilai realisasi').fill('3');
    await employee.getByLabel('Rencana aksi', { exact: true }).fill('Memproses satu usulan per bulan');
    await employee.getByRole('button', { name: 'Simpan realisasi' }).click();
    await expect(employee.getByText('Realisasi disimpan.')).toBeVisible();
    // Measured against the quarter's own target, not the annual one.
    await expect(employee.getByText('dari target periode 3').first()).toBeVisible();
    // Choosing the period again shows what is recorded there.
    await period.selectOption({ index: 0 });
    await period.selectOption({ label: QUARTER });
    await expect(employee.getByLabel('Nilai realisasi')).toHaveValue('3');
    await expect(employee.getByLabel('Target periode (rencana aksi)')).toHaveValue('3');
    await employee.locator('input[type="file"]').setInputFiles({
      name: 'laporan-tw3.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await employee.getByRole('button', { name: 'Unggah berkas' }).click();
    await expect(employee.getByRole('link', { name: 'laporan-tw3.pdf' })).toBeVisible();
    await expectNoSeriousA11yIssues(employee);
    // On a phone the grid becomes one card per indicator and period.
    await employee.setViewportSize({ width: 390, height: 844 });
    const cards = employee.getByTestId('realisation-cards');
    await expect(cards).toBeVisible();
    await expect(cards.getByRole('link', { name: 'laporan-tw3.pdf' })).toBeVisible();
    await expectNoSeriousA11yIssues(employee);
    await employee.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('the superior gives feedback', async () => {
    await superior.goto(`${skpPath}?tab=feedback`);
    await superior.getByLabel('Isi').fill('Laporan triwulan sudah rapi, pertahankan.');
    await superior.getByRole('button', { name: 'Kirim' }).click();
    await expect(superior.getByText('Laporan triwulan sudah rapi, pertahankan.')).toBeVisible();
  });

  await test.step('the superior evaluates the quarter', async () => {
    await superior.goto(`${skpPath}?tab=evaluation`);
    const card = superior.locator('.mantine-Card-root', {
      has: superior.getByRole('heading', { name: QUARTER }),
    });
    await card.getByRole('link', { name: 'Buka evaluasi' }).click();
    await expect(superior.getByRole('link', { name: 'laporan-tw3.pdf' })).toBeVisible();
    // No rating is preselected: saving without a choice names the field, and the error clears on a choice.
    const hasil = superior.getByLabel('Rating hasil kerja');
    const perilaku = superior.getByLabel('Rating perilaku kerja');
    await expect(hasil).toHaveValue('');
    await expect(perilaku).toHaveValue('');
    await superior.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect(superior.getByText('Rating hasil kerja wajib dipilih')).toBeVisible();
    await expect(superior.getByText('Rating perilaku kerja wajib dipilih')).toBeVisible();
    await hasil.selectOption('DIATAS_EKSPEKTASI');
    await expect(superior.getByText('Rating hasil kerja wajib dipilih')).toBeHidden();
    await perilaku.selectOption('DIATAS_EKSPEKTASI');
    await expect(superior.getByText('Predikat yang dihasilkan: Sangat Baik')).toBeVisible();
    await superior.getByLabel('Alasan (wajib)').fill('Realisasi melampaui target dengan bukti lengkap');
    await superior.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect(superior.getByText('Penilaian disimpan.')).toBeVisible();
    await expectNoSeriousA11yIssues(superior);
    // Reopening shows the saved ratings and reason.
    await superior.reload();
    await expect(superior.getByLabel('Rating hasil kerja')).toHaveValue('DIATAS_EKSPEKTASI');
    await expect(superior.getByLabel('Rating perilaku kerja')).toHaveValue('DIATAS_EKSPEKTASI');
    await expect(superior.getByLabel('Alasan (wajib)')).toHaveValue(
      'Realisasi melampaui target dengan bukti lengkap',
    );
  });

  await test.step('the evaluation PDF downloads and its verification page confirms it', async () => {
    await superior.goto(`${skpPath}?tab=evaluation`);
    const card = superior.locator('.mantine-Card-root', {
      has: superior.getByRole('heading', { name: QUARTER }),
    });
    const link = card.getByRole('link', { name: 'Unduh Dokumen Evaluasi' });
    const [download] = await Promise.all([superior.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const href = await link.getAttribute('href');
    const res = await superior.request.get(href!);
    expect(res.status()).toBe(200);
    const code = res.headers()['x-verification-code'];
    expect(code).toMatch(/^EKP-/);
    const visitor = await (await browser.newContext({ baseURL, locale: 'id-ID' })).newPage();
    await visitor.goto(`/verifikasi/${code}`);
    await expect(visitor.getByText(/Dokumen asli/).first()).toBeVisible();
    await expect(visitor.getByText(code!)).toBeVisible();
    await expectNoSeriousA11yIssues(visitor);
  });
});

/** The demo employee (not the Camat) with the most complaints assigned: their service RHK is linked to them. */
async function findComplaintHandlerNip(baseURL: string): Promise<string> {
  const api = await apiAs(baseURL, 'camat');
  const me = (await (await api.get('/api/v1/auth/me')).json()) as { employeeId: number | null };
  const list = await api.get('/api/v1/complaints', {
    params: { scope: 'all', open: 'false', pageSize: 200 },
  });
  const counts = new Map<number, number>();
  for (const c of ((await list.json()) as { items: { assigneeId: number | null }[] }).items) {
    if (c.assigneeId !== null && c.assigneeId !== me.employeeId)
      counts.set(c.assigneeId, (counts.get(c.assigneeId) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!top) throw new Error('Tidak ada pengaduan yang ditugaskan di data demo');
  await api.dispose();
  const admin = await apiAs(baseURL, 'admin');
  const employees = await admin.get('/api/v1/employees', { params: { pageSize: 200 } });
  const found = ((await employees.json()) as { items: { id: number; nip: string }[] }).items.find(
    (e) => e.id === top[0],
  );
  await admin.dispose();
  if (!found) throw new Error(`Pegawai ${top[0]} tidak ditemukan`);
  return found.nip;
}

test('SKP: a complaint handler sees bukti sistem that follows the complaints, with the records behind it', async ({
  browser,
  baseURL,
}) => {
  const page = await pageAs(browser, baseURL!, await findComplaintHandlerNip(baseURL!));
  await page.goto('/kinerja');
  await page.getByRole('link', { name: 'Buka SKP' }).first().click();
  await page.waitForURL(/\/kinerja\/skp\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}?tab=work`);
  await expect(page.getByTestId('system-evidence').first()).toBeVisible();
  await expect(
    page.getByText('Diperbarui otomatis dari data pengaduan/SKM/pelatihan.').first(),
  ).toBeVisible();
  await expect(page.getByText('(nilai sistem dipakai sebagai realisasi)').first()).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('link', { name: 'Lihat pengaduan di balik angka ini' }).first().click();
  await page.waitForURL(/\/complaints\?/);
  expect(new URL(page.url()).searchParams.get('assigneeId')).not.toBeNull();
  await expect(page.getByText(/KTP-\d{4}-\d{6}/).first()).toBeVisible();
});
