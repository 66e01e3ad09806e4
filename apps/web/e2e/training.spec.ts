import { expect, test, type Page } from '@playwright/test';
import {
  apiAs,
  demoEmployees,
  demoProgrammeId,
  pageAs,
  seriousA11yIssues,
  todayWib,
  type DemoPerson,
} from './fixtures';

// Training journey (issue 11): on the demo data a complaint handler with late complaints (the Arsiparis of the
// Subbagian Umum dan Kepegawaian) sees the complaint-management programme recommended on their own needs
// ("Rekomendasi untuk saya", from Pelatihan saya) and requests a seat straight from the recommendation; the same need
// is on the direct superior's team list; the superior approves the request, the internal trainer (the PELATIH demo
// user, Pranata Komputer) records attendance and completes the session, the employee downloads the certificate (a
// PDF) and the JP bar on the home page moves; the trainer's SKP shows the training bukti sistem. Axe on every page
// visited.
//
// The demo's upcoming session of the programme lies in the future (attendance of a day not yet come cannot be
// recorded), so the setup adds, through the API as the admin, one session of the same programme starting in ten
// minutes: it can still be requested (not started) and its only day is today (attendance and completion allowed).

const PROGRAMME = 'Manajemen Pengaduan Masyarakat';
const SUFFIX = 'Angkatan Uji E2E';
/** The demo's complaint handler with late complaints: the need for the programme is theirs. */
const EMPLOYEE_POSITION = 'Arsiparis Terampil';
const SUPERIOR_POSITION = 'Kepala Subbagian Umum dan Kepegawaian';
const TRAINER_POSITION = 'Pranata Komputer Ahli Pertama';

async function setup(baseURL: string): Promise<Record<'employee' | 'superior' | 'trainer', DemoPerson>> {
  const api = await apiAs(baseURL, 'admin');
  const { byPosition } = await demoEmployees(api);
  const people = {
    employee: byPosition(EMPLOYEE_POSITION),
    superior: byPosition(SUPERIOR_POSITION),
    trainer: byPosition(TRAINER_POSITION),
  };
  const programmeId = await demoProgrammeId(api, PROGRAMME);
  // Starts shortly (a seat can be requested until the start) and is held today, whatever the hour of the run.
  const startsAt = new Date(Date.now() + 10 * 60_000);
  const created = await api.post('/api/v1/training/sessions', {
    data: {
      programmeId,
      titleSuffix: SUFFIX,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 60 * 60_000).toISOString(),
      days: [todayWib()],
      location: 'Aula Kantor Camat Kertapati',
      capacity: 10,
      status: 'OPEN',
      minAttendancePercent: 100,
      trainers: [{ employeeId: people.trainer.id }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();
  return people;
}

async function expectAccessible(page: Page) {
  expect(await seriousA11yIssues(page)).toEqual([]);
}

/** The JP figure of the home page card ("12 / 20 JP" → 12). */
async function homeJp(page: Page): Promise<number> {
  await page.goto('/');
  const figure = page.getByTestId('jp-figure');
  await expect(figure).toBeVisible();
  const text = (await figure.textContent()) ?? '';
  return Number(/[\d.,]+/.exec(text)![0].replace(/\./g, '').replace(',', '.'));
}

test('training: recommendation for the employee, request from it, approval, attendance and completion, certificate, JP bar, trainer bukti sistem', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const people = await setup(baseURL!);
  const employee = await pageAs(browser, baseURL!, people.employee.nip);
  const superior = await pageAs(browser, baseURL!, people.superior.nip);
  const trainer = await pageAs(browser, baseURL!, people.trainer.nip);
  const sessionName = new RegExp(`${PROGRAMME} — ${SUFFIX}`);
  let jpBefore = 0;

  await test.step('the employee reads the JP bar on the home page', async () => {
    jpBefore = await homeJp(employee);
    await expect(employee.getByRole('progressbar', { name: /JP/ })).toBeVisible();
    await expectAccessible(employee);
  });

  await test.step('the employee sees the programme recommended for them and requests a seat from it', async () => {
    await employee.goto('/pelatihan/saya');
    await employee.getByRole('link', { name: 'Rekomendasi untuk saya' }).click();
    await employee.waitForURL(/\/kebutuhan-pelatihan\?scope=mine$/);
    const need = employee.getByTestId('training-need').filter({ hasText: PROGRAMME }).first();
    await expect(need).toContainText(people.employee.fullName);
    await expect(need).toContainText('Pengaduan terlambat');
    await expectAccessible(employee);
    await need.getByRole('button', { name: new RegExp(`Ajukan ikut: ${PROGRAMME} — ${SUFFIX}`) }).click();
    // The seat is asked for: the button gives way to the enrolment's status.
    await expect(need.getByText('Menunggu persetujuan atasan', { exact: true })).toBeVisible();
    await expectAccessible(employee);
  });

  await test.step('the superior’s team list carries the same need', async () => {
    await superior.goto('/kebutuhan-pelatihan');
    await expect(
      superior
        .getByTestId('training-need')
        .filter({ hasText: people.employee.fullName })
        .filter({ hasText: PROGRAMME }),
    ).toBeVisible();
    await expectAccessible(superior);
  });

  await test.step('the superior approves the request (Persetujuan)', async () => {
    await superior.goto('/pelatihan/persetujuan');
    const row = superior.getByRole('row', { name: sessionName });
    await expect(row).toContainText(people.employee.fullName);
    await expectAccessible(superior);
    await row.getByRole('button', { name: 'Setujui' }).click();
    await expect(row).toHaveCount(0);
  });

  await test.step('the internal trainer records attendance and completes the session', async () => {
    await trainer.goto('/pelatihan/daftar-hadir');
    // Axe looks at the loaded list, not the loading indicator.
    await expect(trainer.getByRole('link', { name: sessionName })).toBeVisible();
    await expectAccessible(trainer);
    await trainer.getByRole('link', { name: sessionName }).click();
    await trainer.waitForURL(/\/pelatihan\/daftar-hadir\/\d+$/);
    await trainer.getByRole('checkbox', { name: `Hadir: ${people.employee.fullName}` }).check();
    const saved = trainer.waitForResponse(
      (r) => r.url().includes('/attendance') && r.request().method() !== 'GET',
    );
    await trainer.getByRole('button', { name: 'Simpan kehadiran hari ini' }).click();
    expect((await saved).ok()).toBe(true);
    await expect(
      trainer.getByRole('row', { name: new RegExp(people.employee.fullName) }).getByText('100%'),
    ).toBeVisible();
    await expectAccessible(trainer);
    await trainer.getByRole('button', { name: 'Nyatakan sesi selesai' }).click();
    await trainer.getByRole('dialog').getByRole('button', { name: 'Nyatakan sesi selesai' }).click();
    await expect(trainer.getByText('1 lulus, 0 tidak lulus.')).toBeVisible();
  });

  await test.step('the employee downloads the certificate and the JP bar moves', async () => {
    await employee.goto('/pelatihan/saya');
    const row = employee.getByRole('row', { name: sessionName });
    const link = row.getByRole('link', { name: 'Unduh' });
    await expect(link).toBeVisible();
    await expectAccessible(employee);
    const href = await link.getAttribute('href');
    const pdf = await employee.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const jpAfter = await homeJp(employee);
    expect(jpAfter).toBe(jpBefore + 8);
    await expectAccessible(employee);
  });

  await test.step('the trainer’s SKP shows the training bukti sistem', async () => {
    await trainer.goto('/kinerja');
    await trainer.getByRole('link', { name: 'Buka SKP' }).click();
    await trainer.waitForURL(/\/kinerja\/skp\/\d+/);
    const extra = trainer.getByRole('table', { name: 'B. Tambahan' });
    await expect(
      extra.getByText('Bukti sistem: JP pelatihan yang diajarkan (pelatih internal)'),
    ).toBeVisible();
    await expectAccessible(trainer);
  });

  await employee.context().close();
  await superior.context().close();
  await trainer.context().close();
});
