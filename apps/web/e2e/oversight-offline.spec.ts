import AxeBuilder from '@axe-core/playwright';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { makePng } from './fixtures';

// Issue 12 §4: an inspector fills a checklist on a phone over a connection that drops. The form keeps every change
// on the device and shows it as "belum terkirim"; a reload does not lose it; once the server is reachable again the
// form is sent by itself and the server holds exactly one inspection for it.
// Without a service worker a page cannot be reloaded with no network at all, so the reload happens with the network
// back but the inspection API still unreachable (requests aborted) — the same situation for the form.

test.use({ viewport: { width: 390, height: 844 } });

const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';

async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status(), `login ${username}`).toBe(200);
  return api;
}

async function loginInBrowser(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel(/nama pengguna/i).fill(username);
  await page.getByLabel(/kata sandi/i).fill(PASSWORD);
  await page.getByRole('button', { name: /masuk/i }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

const todayWib = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

test('a checklist filled through a dropped connection and a reload reaches the server once', async ({
  page,
  context,
  baseURL,
}) => {
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
  await loginInBrowser(page, candidates[0]!.nip);
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

  // Reload while the server is still out of reach: every input is still there, still "belum terkirim".
  await page.route('**/api/v1/oversight/inspections/**', (route) => route.abort('internetdisconnected'));
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Lokasi' })).toHaveValue(
    'Loket PATEN Kantor Camat Kertapati',
  );
  await expect(item(3).getByRole('radio', { name: 'Tidak' })).toBeChecked();
  await expect(item(1).getByRole('radio', { name: 'Ya' })).toBeChecked();
  await expect(item(3).getByText('1 foto')).toBeVisible();
  await expect(state.getByText('Belum terkirim', { exact: true })).toBeVisible();

  // The server is reachable again: the form is sent by itself.
  await page.unroute('**/api/v1/oversight/inspections/**');
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
});
