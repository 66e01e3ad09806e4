import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { apiAs, pageAs } from './fixtures';

// Calibration journey (issue 8 §2.10): a rater gives an annual rating (through the API, as in any other journey that
// needs data), then the Pimpinan opens the calibration page on the annual evaluation, adjusts that employee's
// predikat with a reason, and the rating history records the adjustment. Then the calibration guard (issue 10 §3):
// with only some employees rated the page says how many of how many, and finalising needs a written justification.

type Period = { id: number; kind: string; label: string };
type CalibrationRow = { skpId: number; employee: { fullName: string }; predikat: string | null };

test('Kalibrasi: the Pimpinan adjusts an annual predikat with a reason recorded in the history', async ({
  browser,
  baseURL,
}) => {
  const admin = await apiAs(baseURL!, 'admin');
  const years = (await (await admin.get('/api/v1/performance/years')).json()) as {
    items: { id: number; periods: Period[] }[];
  };
  const year = years.items[0]!;
  const annual = year.periods.find((p) => p.kind === 'TAHUNAN')!;
  const calibration = (await (
    await admin.get(`/api/v1/performance/years/${year.id}/calibration?periodId=${annual.id}`)
  ).json()) as { employees: CalibrationRow[] };

  // The first employee with a rater other than the Camat: that rater rates the year Sesuai + Sesuai (Baik).
  let target: { row: CalibrationRow; raterNip: string } | null = null;
  for (const row of calibration.employees) {
    const context = (await (
      await admin.get(`/api/v1/performance/skps/${row.skpId}/evaluation-context/${annual.id}`)
    ).json()) as { rater: { nip: string; positionName: string | null } | null; evaluation: unknown };
    if (context.rater && context.evaluation === null && !/Camat/.test(context.rater.positionName ?? '')) {
      target = { row, raterNip: context.rater.nip };
      break;
    }
  }
  expect(target).not.toBeNull();
  const rater = await apiAs(baseURL!, target!.raterNip);
  const rated = await rater.post(`/api/v1/performance/skps/${target!.row.skpId}/evaluations`, {
    data: {
      periodId: annual.id,
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
      reason: 'Evaluasi tahunan sesuai target',
    },
  });
  expect(rated.status()).toBe(200);
  const name = target!.row.employee.fullName;

  const page = await pageAs(browser, baseURL!, 'camat');

  await page.goto('/kinerja/kalibrasi');
  await page.getByLabel('Periode').selectOption({ label: annual.label });
  await page.getByRole('button', { name: `Sesuaikan predikat — ${name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Predikat').selectOption('BUTUH_PERBAIKAN');
  await dialog
    .getByLabel('Alasan penyesuaian (wajib, dicatat dalam riwayat rating)')
    .fill('Kalibrasi: pola organisasi Baik mensyaratkan pegawai Butuh Perbaikan');
  await dialog.getByRole('button', { name: 'Sesuaikan predikat' }).click();
  await expect(page.getByText('Predikat disesuaikan.')).toBeVisible();

  const evaluations = (await (
    await admin.get(`/api/v1/performance/skps/${target!.row.skpId}/evaluations`)
  ).json()) as {
    items: { periodId: number; predikat: string; history: { source: string; reason: string }[] }[];
  };
  const ev = evaluations.items.find((e) => e.periodId === annual.id)!;
  expect(ev.predikat).toBe('BUTUH_PERBAIKAN');
  expect(ev.history.at(-1)).toMatchObject({
    source: 'CALIBRATION',
    reason: 'Kalibrasi: pola organisasi Baik mensyaratkan pegawai Butuh Perbaikan',
  });

  // The guard: few of the office are rated, so the page says so and finalising waits for a justification.
  await page.getByLabel('Predikat kinerja organisasi').selectOption('BAIK');
  const ratedOf = page.getByTestId('calibration-rated');
  await expect(ratedOf).toHaveText(/^\d+ dinilai dari \d+ pegawai yang harus dinilai$/);
  const [ratedCount, expectedCount] = ((await ratedOf.textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(ratedCount).toBeGreaterThan(0);
  expect(ratedCount).toBeLessThan(expectedCount!);
  await expect(page.getByText(/Penilaian periode ini belum lengkap/)).toBeVisible();
  await expect(page.getByText('Distribusi sesuai pola yang diizinkan.')).toBeHidden();
  const finalize = page.getByRole('button', { name: 'Tetapkan hasil kalibrasi' });
  await expect(finalize).toBeDisabled();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`),
  ).toEqual([]);
  await page
    .getByLabel(/^Justifikasi/)
    .fill('Penilaian tahunan sebagian pegawai menunggu; kalibrasi awal atas yang sudah dinilai');
  await expect(finalize).toBeEnabled();
  await finalize.click();
  await expect(page.getByText('Hasil kalibrasi ditetapkan.')).toBeVisible();

  await admin.dispose();
  await rater.dispose();
  await page.context().close();
});
