import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { apiAs, makePng, seriousA11yIssues, signIn, todayWib } from './fixtures';

// Issue 12 §4: an inspector fills a checklist on a phone over a connection that drops. The form keeps every change
// on the device and shows it as "belum terkirim"; a reload does not lose it; once the server is reachable again the
// form is sent by itself and the server holds exactly one inspection for it.
// The reload happens with no network at all: the service worker serves the app shell (ADR 0010).
// The journey then goes on to the end of issue 12 §8 on the same phone: the inspector submits the checklist,
// records a finding with the photo taken offline as evidence and a recommendation for the head of the PATEN counter;
// that owner posts a follow-up with a photo; the inspector verifies it as sesuai and the recommendation is closed.
// Axe on each page visited.

test.use({ viewport: { width: 390, height: 844 } });

const OWNER_POSITION = 'Kepala Seksi Pelayanan Umum';
const RECOMMENDATION = 'Pasang maklumat pelayanan di depan loket PATEN (uji).';

test('a checklist filled through a dropped connection and a reload reaches the server once; the finding from it is followed up and closed', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // Set-up through the API: the Camat forms a team of two Tim Pengawas holders; the leader plans a visit today.
  const camat = await apiAs(baseURL!, 'camat');
  const candidates = (await (await camat.get('/api/v1/oversight/teams/candidates')).json()).items as {
    employeeId: number;
    nip: string;
  }[];
  expect(candidates.length, 'demo Tim Pengawas holders').toBeGreaterThan(0);
  const today = todayWib();
  const team = await camat.post('/api/v1/oversight/teams', {
    data: {
      name: 'Tim Pengawas Pelayanan (uji)',
      decreeNumber: `800/${Date.now()}/ST/2026`,
      decreeDate: today,
      mandate: 'Pengawasan pelayanan PATEN.',
      periodStart: today,
      periodEnd: `${Number(today.slice(0, 4)) + 1}-12-31`,
      members: candidates.slice(0, 2).map((c, i) => ({ employeeId: c.employeeId, isLeader: i === 0 })),
    },
  });
  expect(team.status()).toBe(201);
  const inspector = await apiAs(baseURL!, candidates[0]!.nip);
  const templates = (await (await inspector.get('/api/v1/oversight/templates')).json()).items as {
    code: string;
    current: { id: number };
  }[];
  const starter = templates.find((x) => x.code === 'PELAYANAN-KECAMATAN')!;
  const people = (await (await inspector.get('/api/v1/oversight/people')).json()).items as {
    unitId: number | null;
  }[];
  const plan = await inspector.post('/api/v1/oversight/plans', {
    data: {
      teamId: (await team.json()).id,
      title: 'Pengawasan loket PATEN',
      targetKind: 'UNIT',
      targetUnitId: people.find((p) => p.unitId !== null)!.unitId,
      plannedDate: today,
      checklistVersionId: starter.current.id,
      kind: 'UNANNOUNCED',
    },
  });
  expect(plan.status()).toBe(201);
  const planId = (await plan.json()).id as number;

  // The inspector starts the inspection from the plan list on the phone.
  await signIn(page, candidates[0]!.nip);
  await page.goto('/pengawasan/rencana');
  await page.getByRole('button', { name: 'Mulai inspeksi' }).first().click();
  await expect(page).toHaveURL(/\/pengawasan\/inspeksi\/isi\//);
  const uuid = page.url().split('/').pop()!;
  const state = page.getByTestId('sync-state');
  const item = (n: number) => page.getByRole('region', { name: new RegExp(`^${n}\\. `) });

  // Part of the checklist online: it reaches the server.
  await item(1).getByRole('radio', { name: 'Ya' }).check();
  await item(2).getByRole('textbox', { name: /nilai/i }).fill('4');
  await expect(state.getByText('Tersimpan di server')).toBeVisible({ timeout: 20_000 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The app shell is on the phone (the service worker has installed and controls the page) before the signal goes.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 })
    .toBe(true);

  // The connection drops; the inspector goes on: an answer, a photo, the location.
  await context.setOffline(true);
  await item(3).getByRole('radio', { name: 'Tidak' }).check();
  await item(3)
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'maklumat.png',
      mimeType: 'image/png',
      buffer: makePng({ comment: 'GPS -2.99,104.73' }),
    });
  await expect(item(3).getByText('1 foto')).toBeVisible();
  await page.getByRole('textbox', { name: 'Lokasi' }).fill('Loket PATEN Kantor Camat Kertapati');
  await expect(state.getByText('Belum terkirim', { exact: true })).toBeVisible();
  await expect(state.getByText(/perubahan belum terkirim/)).toBeVisible();

  // The page is reloaded with no network at all: the service worker (public/sw.js, ADR 0010) serves the app shell,
  // the tab remembers who is signed in, and the form reads its draft from the phone — every input is still there,
  // still "belum terkirim".
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Lokasi' })).toHaveValue(
    'Loket PATEN Kantor Camat Kertapati',
  );
  await expect(item(3).getByRole('radio', { name: 'Tidak' })).toBeChecked();
  await expect(item(1).getByRole('radio', { name: 'Ya' })).toBeChecked();
  await expect(item(3).getByText('1 foto')).toBeVisible();
  await expect(state.getByText('Belum terkirim', { exact: true })).toBeVisible();
  // The worker never answers an API request from a cache: offline, the API is simply unreachable.
  const api = await page.evaluate(() =>
    fetch('/api/v1/auth/me').then(
      (r) => r.status,
      () => 'unreachable',
    ),
  );
  expect(api).toBe('unreachable');
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(cached.filter((u) => !u.startsWith('/assets/') && u !== '/index.html')).toEqual([]);

  // The network is back: the form is sent by itself.
  await context.setOffline(false);
  await expect(state.getByText('Tersimpan di server')).toBeVisible({ timeout: 30_000 });

  // Exactly one inspection for the form, with the answers and the photo given offline.
  const list = (
    await (await inspector.get('/api/v1/oversight/inspections', { params: { pageSize: 200 } })).json()
  ).items as { id: number; clientUuid: string; planId: number | null }[];
  const mine = list.filter((i) => i.clientUuid === uuid);
  expect(mine).toHaveLength(1);
  expect(list.filter((i) => i.planId === planId)).toHaveLength(1);
  const detail = await (await inspector.get(`/api/v1/oversight/inspections/${mine[0]!.id}`)).json();
  expect(detail.location).toBe('Loket PATEN Kantor Camat Kertapati');
  expect(detail.answers).toHaveLength(3);
  expect(detail.photos).toHaveLength(1);

  // The rest of the checklist, online, with the photos its items require; then the inspection is submitted.
  await item(4).getByRole('radio', { name: 'Ya' }).check();
  await item(4)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'pengaduan.png', mimeType: 'image/png', buffer: makePng() });
  await expect(item(4).getByText('1 foto')).toBeVisible();
  await item(6).getByRole('textbox', { name: /nilai/i }).fill('3');
  await item(7).getByRole('radio', { name: 'Ya' }).check();
  await item(7)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ruang-tunggu.png', mimeType: 'image/png', buffer: makePng() });
  await expect(item(7).getByText('1 foto')).toBeVisible();
  await page.getByRole('button', { name: 'Kirim inspeksi' }).click();
  await page.getByRole('link', { name: 'Lihat inspeksi' }).click({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/pengawasan\/inspeksi\/\d+$/);
  await expect(page.getByText('Terkirim', { exact: true })).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);

  // Catat temuan on the inspection, with the photo taken offline as evidence.
  await page.getByRole('button', { name: 'Catat temuan' }).click();
  const findingForm = page.getByRole('dialog', { name: 'Catat temuan' });
  await findingForm.getByLabel('Judul temuan').fill('Maklumat pelayanan tidak dipajang');
  await findingForm.getByLabel('Kondisi').fill('Maklumat pelayanan tidak terlihat di loket PATEN.');
  await findingForm.getByLabel('Kriteria').fill('Maklumat pelayanan wajib dipublikasikan di tempat layanan.');
  await findingForm
    .getByLabel('Sebab')
    .fill('Papan maklumat dilepas saat renovasi dan belum dipasang kembali.');
  await findingForm.getByLabel('Akibat').fill('Pengguna layanan tidak mengetahui standar pelayanan.');
  await findingForm.getByRole('checkbox', { name: /^maklumat\./ }).check();
  expect(await seriousA11yIssues(page)).toEqual([]);
  await findingForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(page).toHaveURL(/\/pengawasan\/temuan\/\d+$/);
  await expect(page.getByRole('heading', { name: 'Maklumat pelayanan tidak dipajang' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^maklumat\./ })).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);

  // A recommendation for the head of the PATEN counter (found by position, never by id).
  const admin = await apiAs(baseURL!, 'admin');
  const employees = (await (await admin.get('/api/v1/employees', { params: { pageSize: 200 } })).json())
    .items as { nip: string; position: { name: string } | null }[];
  const ownerNip = employees.find((e) => e.position?.name === OWNER_POSITION)!.nip;
  const ownerName = (
    (await (await inspector.get('/api/v1/oversight/people')).json()).items as { nip: string; name: string }[]
  ).find((p) => p.nip === ownerNip)!.name;
  await page.getByRole('button', { name: 'Tambah rekomendasi' }).click();
  const recForm = page.getByRole('dialog', { name: 'Tambah rekomendasi' });
  await recForm.getByRole('textbox', { name: 'Rekomendasi' }).fill(RECOMMENDATION);
  await recForm.getByRole('combobox', { name: 'Penanggung jawab', exact: true }).fill(ownerName);
  await page.getByRole('option', { name: ownerName }).first().click();
  expect(await seriousA11yIssues(page)).toEqual([]);
  await recForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(recForm).toHaveCount(0);
  const recLink = page.getByRole('link', { name: RECOMMENDATION });
  await expect(recLink).toBeVisible();
  await recLink.click();
  await expect(page).toHaveURL(/\/pengawasan\/rekomendasi\/\d+$/);
  const recPath = new URL(page.url()).pathname;
  await expect(page.getByText('Terbuka', { exact: true })).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);

  // The owner, on their own phone, finds it on the home page and posts a follow-up with a photo.
  const ownerContext = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 390, height: 844 },
  });
  const owner = await ownerContext.newPage();
  await signIn(owner, ownerNip);
  await owner.goto('/');
  const card = owner.getByRole('region', { name: 'Rekomendasi pengawasan untuk saya' }).first();
  await expect(card.getByRole('link', { name: RECOMMENDATION })).toBeVisible();
  // Axe on the oversight card only: the rest of the home page (other modules' cards) is not this journey's.
  await card.evaluate((el) => el.setAttribute('data-axe-scope', 'oversight-card'));
  const cardAxe = await new AxeBuilder({ page: owner })
    .include('[data-axe-scope="oversight-card"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    cardAxe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await card.getByRole('link', { name: RECOMMENDATION }).click();
  await expect(owner).toHaveURL(new RegExp(`${recPath}$`));
  await owner
    .getByLabel('Uraian tindak lanjut')
    .fill('Maklumat pelayanan sudah dipasang kembali di depan loket.');
  await owner.locator('input[type="file"]').setInputFiles({
    name: 'maklumat-terpasang.png',
    mimeType: 'image/png',
    buffer: makePng({ comment: 'GPS' }),
  });
  expect(await seriousA11yIssues(owner)).toEqual([]);
  await owner.getByRole('button', { name: 'Kirim tindak lanjut' }).click();
  await expect(owner.getByText('Menunggu verifikasi', { exact: true })).toBeVisible();
  await expect(owner.getByRole('link', { name: 'maklumat-terpasang.png' })).toBeVisible();

  // The inspector finds it waiting for verification, verifies it as sesuai, and the recommendation is closed.
  await page.goto('/pengawasan/tindak-lanjut');
  const waiting = page.getByRole('region', { name: /Menunggu verifikasi saya/ }).first();
  await expect(waiting.getByRole('link', { name: RECOMMENDATION })).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);
  await waiting.getByRole('link', { name: RECOMMENDATION }).click();
  await expect(page).toHaveURL(new RegExp(`${recPath}$`));
  await page.getByRole('radio', { name: 'Sesuai', exact: true }).check();
  await page.getByRole('button', { name: 'Simpan verifikasi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan verifikasi' }).click();
  await expect(page.getByText('Selesai', { exact: true })).toBeVisible();
  await expect(page.getByText(/Sesuai — diverifikasi oleh/)).toBeVisible();
  expect(await seriousA11yIssues(page)).toEqual([]);
  await owner.reload();
  await expect(owner.getByText('Selesai', { exact: true })).toBeVisible();
  await ownerContext.close();
});
