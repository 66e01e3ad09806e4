import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { apiAs, LANGUAGE_KEY, makePng, seriousA11yIssues, signIn } from './fixtures';

// Complaint journey at phone size: a citizen files a complaint with a photo → the Petugas Pengaduan (a demo user
// with PETUGAS_PENGADUAN) verifies it and assigns it to a named employee → the employee sees it in their queue
// with its countdown and posts the follow-up → the citizen rates it and is invited to the SKM survey → the
// employee's statistics change.
// People are found through the API (demo data), never by hard-coded ids.

test.use({ viewport: { width: 390, height: 844 } });

const PNG = makePng({ comment: 'GPS -2.99,104.73' });

test('citizen → petugas → employee → rating → statistics', async ({ page, baseURL }) => {
  const admin = await apiAs(baseURL!, 'admin');
  const users = await (
    await admin.get('/api/v1/users', { params: { role: 'PETUGAS_PENGADUAN', pageSize: 50 } })
  ).json();
  const petugasUser = (users.items as { username: string; employeeId: number | null }[]).find(
    (u) => u.employeeId,
  );
  expect(petugasUser, 'a demo Petugas Pengaduan').toBeDefined();
  const petugas = await apiAs(baseURL!, petugasUser!.username);
  const categories = (await (await petugas.get('/api/v1/complaint-categories')).json()).items as {
    code: string;
    name: string;
    unitId: number;
    unitName: string;
  }[];
  const category = categories.find((c) => c.code === 'SURAT') ?? categories[0]!;
  const assignees = (
    await (await petugas.get('/api/v1/complaints/assignees', { params: { unitId: category.unitId } })).json()
  ).items as { employeeId: number; name: string }[];
  const assignee = assignees[0]!;
  const employee = await (await admin.get(`/api/v1/employees/${assignee.employeeId}`)).json();
  const employeeApi = await apiAs(baseURL!, employee.nip);
  const statsQuery = { from: '2026-01-01', to: '2026-12-31' };
  const before = await (await employeeApi.get('/api/v1/complaints/stats', { params: statsQuery })).json();

  // 1. The citizen files a complaint with a photo, without logging in.
  await page.goto('/pengaduan');
  await expect(page.getByRole('heading', { name: 'Sampaikan pengaduan' })).toBeVisible();
  const formAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(formAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole('combobox', { name: /kategori layanan/i }).click();
  await page.getByRole('option', { name: category.name }).click();
  await page
    .getByRole('textbox', { name: /uraian pengaduan/i })
    .fill('Surat keterangan domisili belum selesai padahal berkas sudah lengkap sejak minggu lalu.');
  await page.getByRole('combobox', { name: /kelurahan/i }).click();
  await page.getByRole('option', { name: 'Kertapati', exact: true }).click();
  await page.getByRole('textbox', { name: /alamat atau patokan/i }).fill('Jl. Ki Marogan No. 7');
  await page.getByRole('textbox', { name: /^nama$/i }).fill('Warga Uji E2E');
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lokasi.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: /kirim pengaduan/i }).click();
  const ticket = (await page.getByTestId('ticket-number').textContent())!.trim();
  expect(ticket).toMatch(/^KTP-2026-\d{6}$/);
  const trackingLink = (await page.getByTestId('tracking-link').textContent())!.trim();
  expect(trackingLink).toContain('/pengaduan/lacak#');

  // 2. The petugas verifies and assigns it to the employee.
  await signIn(page, petugasUser!.username);
  // The queue opens on the first tab that has work (the server's counts), with a count on every tab (issue 10 §3).
  const petugasApi = await apiAs(baseURL!, petugasUser!.username);
  const counts = (await (await petugasApi.get('/api/v1/complaints/queue-counts')).json()) as {
    items: { scope: string; open: number }[];
  };
  expect(counts.items.find((c) => c.scope === 'verification')!.open).toBeGreaterThan(0);
  const firstWithWork = counts.items.find((c) => c.open > 0)!.scope;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 500 ? 768 : 844 });
    await page.goto('/complaints');
    await expect(page).toHaveURL(new RegExp(`scope=${firstWithWork}`));
    for (const c of counts.items) {
      await expect(page.getByTestId(`queue-count-${c.scope}`)).toContainText(String(c.open));
    }
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute(
      'id',
      new RegExp(`${firstWithWork}$`),
    );
    if (process.env.E2E_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/queue-${width}.png`, fullPage: true });
    }
  }
  const tabsAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(tabsAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  await page.goto('/complaints?scope=verification');
  await page.getByRole('link', { name: ticket }).click();
  await expect(page.getByText('Warga Uji E2E')).toBeVisible(); // the desk sees the reporter before verification
  await expect(page.getByRole('link', { name: /lokasi\.png/ })).toBeVisible(); // the photo, re-encoded
  expect(await seriousA11yIssues(page)).toEqual([]);
  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
  // Verified: the verification window has ended and no clock runs until the disposition (complaint-clock.rules.ts).
  await expect(page.getByText('Tidak ada batas berjalan').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Disposisi' }).check({ force: true });
  await page.getByRole('combobox', { name: /pegawai penanggung jawab/i }).click();
  await page
    .getByRole('option', { name: new RegExp(assignee.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Disposisi', exact: true }).last().click();
  await expect(page.getByText(assignee.name).first()).toBeVisible();
  // English mode: the staff timeline's generated lines read in English (stored as codes, issue 10).
  await page.evaluate(([key]) => localStorage.setItem(key!, 'en'), [LANGUAGE_KEY]);
  await page.reload();
  await expect(page.getByText(`Complaint received via the online form with number ${ticket}.`)).toBeVisible();
  await expect(page.getByText(/The complaint has been passed to .+ for follow-up\./)).toBeVisible();
  await expect(page.getByText(/Pengaduan diterima melalui/)).toHaveCount(0);
  expect(await seriousA11yIssues(page)).toEqual([]);
  await page.evaluate(([key]) => localStorage.setItem(key!, 'id'), [LANGUAGE_KEY]);

  // 3. The employee sees it in their queue with its countdown and posts the follow-up.
  await signIn(page, employee.nip);
  await page.goto('/complaints?scope=mine');
  const card = page.getByTestId('complaint-card').filter({ hasText: ticket });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('sla-countdown')).toContainText(/sisa/);
  const queueAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(queueAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  await card.getByRole('link', { name: ticket }).click();
  await page.getByRole('radio', { name: /kirim tindak lanjut/i }).check({ force: true });
  await page
    .getByRole('textbox', { name: /pesan untuk pelapor/i })
    .fill('Surat sudah selesai dan dapat diambil di loket PATEN.');
  await page
    .getByRole('button', { name: /kirim tindak lanjut/i })
    .last()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Selesai', { exact: true }).first()).toBeVisible();

  // 4. The citizen rates it on the private tracking page.
  await page.context().clearCookies();
  await page.goto(trackingLink);
  await expect(page.getByText(/Surat sudah selesai/)).toBeVisible();
  // The citizen's tracking page in English shows the same lines in English.
  await page.evaluate(([key]) => localStorage.setItem(key!, 'en'), [LANGUAGE_KEY]);
  await page.reload();
  await expect(page.getByText(`Complaint received via the online form with number ${ticket}.`)).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);
  await page.evaluate(([key]) => localStorage.setItem(key!, 'id'), [LANGUAGE_KEY]);
  await page.reload();
  await expect(page.getByText(/Surat sudah selesai/)).toBeVisible();
  const star = await page.getByRole('radio', { name: '5' }).getAttribute('id');
  await page.locator(`label[for="${star}"]`).click();
  await page.getByRole('button', { name: /kirim penilaian/i }).click();
  await expect(page.getByText(/penilaian anda: 5\/5/i)).toBeVisible();
  // The SURAT category belongs to the PATEN counter, which runs an open SKM survey in the demo data: the
  // resolution brought a single-use invitation, shown only on this private page.
  const surveyCard = page.getByTestId('survey-invitation');
  await expect(surveyCard).toContainText('Bagaimana pelayanan kami?');
  const surveyLink = surveyCard.getByRole('link', { name: /isi survei kepuasan/i });
  await expect(surveyLink).toHaveAttribute('href', /^\/survei\/[A-Z0-9]+\?undangan=[A-Z0-9]{10}$/);
  const trackAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(
    trackAxe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
  await surveyLink.click();
  await expect(page.getByText(/mengisi survei melalui undangan/i)).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);

  // 5. The employee's statistics change.
  const after = await (await employeeApi.get('/api/v1/complaints/stats', { params: statsQuery })).json();
  expect(after.finished).toBe(before.finished + 1);
  expect(after.rated).toBe(before.rated + 1);
  await signIn(page, employee.nip);
  await page.goto('/complaints/stats');
  await expect(page.getByTestId('stat-finished')).toContainText(String(after.finished));
  await expect(page.getByTestId('stat-rating')).toContainText(`(${after.rated})`);
  expect(await seriousA11yIssues(page)).toEqual([]);

  // 6. The home page shows them too, each figure linking to the complaints behind it.
  await page.goto('/');
  const myComplaints = page.getByRole('region', { name: /pengaduan saya/i });
  await expect(myComplaints.getByTestId('stat-finished')).toContainText(String(after.finished));
  expect(await seriousA11yIssues(page)).toEqual([]);
  await myComplaints.getByRole('link', { name: /^Selesai: / }).click();
  await expect(page).toHaveURL(/\/complaints\?.*metric=finished/);
  await expect(page.getByText(/menampilkan pengaduan dari statistik/i)).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);
});
