import { expect, test, type Page } from '@playwright/test';
import { apiAs, pageAs, todayWib } from './fixtures';

// Issue 14 "Done when", live updates in the browser: a citizen files a complaint on the public portal and the
// pages the staff already have open change without a reload — the complaint desk's verification queue shows it; once
// it is assigned, the employee's home figures and the superior's team queue show it; when the employee finishes
// it, the superior's team queue shows it finished. Each page carries a marker set before the change that a reload
// would wipe; the test never reloads. People come from the demo data through the API.

/** Marks the page's document: `expectNotReloaded` fails if the page has been reloaded or navigated away since. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { liveMarker: boolean }).liveMarker = true;
  });
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { liveMarker?: boolean }).liveMarker)).toBe(true);
}
/** The header's live indicator says the stream is open, so nothing can be missed between here and the change. */
async function expectLive(page: Page) {
  await expect(page.locator('[data-live-status]')).toHaveAttribute('data-live-status', 'connected');
}

test('a filed complaint reaches the desk, the assignee and the superior without reload', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const admin = await apiAs(baseURL!, 'admin');
  const users = await (
    await admin.get('/api/v1/users', { params: { role: 'PETUGAS_PENGADUAN', pageSize: 50 } })
  ).json();
  const desk = (users.items as { username: string; employeeId: number | null }[]).find((u) => u.employeeId)!;
  const deskApi = await apiAs(baseURL!, desk.username);
  // Complaint routing (demo data): SURAT goes to the PATEN counter; its first assignee has a superior there.
  const categories = (await (await deskApi.get('/api/v1/complaint-categories')).json()).items as {
    code: string;
    name: string;
    unitId: number;
  }[];
  const category = categories.find((c) => c.code === 'SURAT')!;
  const assignees = (
    await (await deskApi.get('/api/v1/complaints/assignees', { params: { unitId: category.unitId } })).json()
  ).items as { employeeId: number }[];
  let assignee: { id: number; nip: string; superior: { employeeId: number } | null } | undefined;
  for (const a of assignees) {
    const e = await (await admin.get(`/api/v1/employees/${a.employeeId}`)).json();
    if (e.superior) {
      assignee = e;
      break;
    }
  }
  expect(assignee, 'a demo assignee of SURAT with a superior').toBeDefined();
  const superior = await (await admin.get(`/api/v1/employees/${assignee!.superior!.employeeId}`)).json();
  const year = todayWib().slice(0, 4);

  // The staff have their pages open before the citizen writes.
  const deskPage = await pageAs(browser, baseURL!, desk.username);
  await deskPage.goto('/complaints?scope=verification');
  const employeePage = await pageAs(browser, baseURL!, assignee!.nip);
  await employeePage.goto('/');
  const assigned = employeePage.getByRole('region', { name: /pengaduan saya/i }).getByTestId('stat-assigned');
  await expect(assigned).toBeVisible();
  const assignedBefore = Number((await assigned.textContent())!.replace(/\D/g, ''));
  const superiorPage = await pageAs(browser, baseURL!, superior.nip);
  await superiorPage.goto(`/complaints?scope=team&metric=assigned&from=${year}-01-01&to=${year}-12-31`);
  await expect(superiorPage.getByRole('heading', { level: 1 })).toBeVisible();
  for (const p of [deskPage, employeePage, superiorPage]) {
    await expectLive(p);
    await markDocument(p);
  }

  // 1. A citizen files a complaint on the public portal (a browser of their own, no login).
  const citizen = await (await browser.newContext({ baseURL, locale: 'id-ID' })).newPage();
  await citizen.goto('/pengaduan');
  await citizen.getByRole('combobox', { name: /kategori layanan/i }).click();
  await citizen.getByRole('option', { name: category.name }).click();
  await citizen
    .getByRole('textbox', { name: /uraian pengaduan/i })
    .fill('Surat pengantar nikah belum jadi, padahal dijanjikan selesai tiga hari kerja.');
  await citizen.getByRole('combobox', { name: /kelurahan/i }).click();
  await citizen.getByRole('option', { name: 'Kertapati', exact: true }).click();
  await citizen.getByRole('textbox', { name: /alamat atau patokan/i }).fill('Jl. Ki Marogan No. 12');
  await citizen.getByRole('button', { name: /kirim pengaduan/i }).click();
  const ticket = (await citizen.getByTestId('ticket-number').textContent())!.trim();

  // 2. The desk's open verification queue lists it.
  await expect(deskPage.getByRole('link', { name: ticket })).toBeVisible();

  // 3. The desk verifies and assigns it: the assignee's home figures and the superior's team queue show it.
  const id = (
    await (await deskApi.get('/api/v1/complaints', { params: { scope: 'verification', q: ticket } })).json()
  ).items[0].id;
  expect((await deskApi.post(`/api/v1/complaints/${id}/verification`, { data: {} })).status()).toBe(200);
  const disposition = await deskApi.post(`/api/v1/complaints/${id}/disposition`, {
    data: { unitId: category.unitId, assigneeEmployeeId: assignee!.id },
  });
  expect(disposition.status(), await disposition.text()).toBe(200);
  await expect(assigned).toContainText(String(assignedBefore + 1));
  const teamCard = superiorPage.getByTestId('complaint-card').filter({ hasText: ticket });
  await expect(teamCard).toBeVisible();
  await expect(teamCard).not.toContainText('Selesai');

  // 4. The employee finishes it: the superior's open team queue shows it finished.
  const employeeApi = await apiAs(baseURL!, assignee!.nip);
  const resolved = await employeeApi.post(`/api/v1/complaints/${id}/resolution`, {
    data: { message: 'Surat pengantar sudah selesai dan dapat diambil di loket PATEN.' },
  });
  expect(resolved.status(), await resolved.text()).toBe(200);
  await expect(teamCard).toContainText('Selesai');

  for (const p of [deskPage, employeePage, superiorPage]) await expectNotReloaded(p);
  for (const api of [admin, deskApi, employeeApi]) await api.dispose();
});
