import { expect, test, type Page } from '@playwright/test';
import {
  apiAs,
  demoEmployees,
  demoProgrammeId,
  expectNoSeriousA11yIssues,
  makePng,
  pageAs,
  type DemoPerson,
} from './fixtures';

// Training and competency screens (issue 11) at phone size and HR's forms. Every training and competency route, as
// the demo users who open it, at 390×844: no horizontal scrolling of the page (wide tables scroll inside their own
// region) and no serious or critical axe issue. Then HR's forms once each through the UI, each result checked after
// a reload: edit a session's place, upload a material, assign two employees to a one-seat session (the second goes
// on the waiting list), cancel the session with a reason (the participant sees it cancelled), link a competency to
// a programme and edit a competency's description.

const PHONE = { width: 390, height: 844 };
const PROGRAMME = 'Manajemen Pengaduan Masyarakat';
const SUFFIX = 'Angkatan Uji Formulir';
const EMPLOYEE_POSITION = 'Pengelola Kepegawaian';
const SUPERIOR_POSITION = 'Kepala Subbagian Umum dan Kepegawaian';
const TRAINER_POSITION = 'Pranata Komputer Ahli Pertama';

/** The demo people of the journey and one session of the complaint programme in a week (one seat). */
async function setup(baseURL: string) {
  const api = await apiAs(baseURL, 'admin');
  const { items: employees, byPosition } = await demoEmployees(api);
  const employee = byPosition(EMPLOYEE_POSITION);
  const other = employees.find((e) => e.id !== employee.id && e.position !== null)!;
  const programmeId = await demoProgrammeId(api, PROGRAMME);
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const session = await api.post('/api/v1/training/sessions', {
    data: {
      programmeId,
      titleSuffix: SUFFIX,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      location: 'Aula Kantor Camat Kertapati',
      capacity: 1,
      status: 'OPEN',
    },
  });
  expect(session.status(), await session.text()).toBe(201);
  const sessionId = ((await session.json()) as { id: number }).id;
  // Each test makes its own programme: the title tells the two apart.
  const programmeTitle = `Etika Pelayanan Uji ${Date.now().toString(36)}`;
  const extra = await api.post('/api/v1/training/programmes', {
    data: { title: programmeTitle, jp: 4, form: 'KLASIKAL', provider: 'INTERNAL' },
  });
  expect(extra.status(), await extra.text()).toBe(201);
  const trainers = (
    (await (await api.get('/api/v1/training/trainers')).json()) as { items: { employeeId: number }[] }
  ).items;
  await api.dispose();
  return {
    employee,
    other: { id: other.id, nip: other.nip, fullName: other.fullName },
    superior: byPosition(SUPERIOR_POSITION),
    trainer: byPosition(TRAINER_POSITION),
    sessionId,
    programmeTitle,
    trainerEmployeeId: trainers[0]!.employeeId,
  };
}

/** The page at `path` has loaded (no loading skeleton), fits 390 px and has no serious axe issue. */
async function expectFitsPhone(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yIssues(page);
}

test('every training and competency page fits a 390 px phone without serious axe issues', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const s = await setup(baseURL!);
  const visits: [string, string[]][] = [
    [
      'admin',
      [
        '/pelatihan',
        `/pelatihan/sesi/${s.sessionId}`,
        '/pelatihan/kelola',
        '/pelatihan/daftar-hadir',
        '/kompetensi',
        '/kompetensi/kesenjangan',
        `/kompetensi/pegawai/${s.employee.id}`,
        '/kebutuhan-pelatihan',
        '/pelatihan/target-jp',
        '/pelatihan/pelatih',
        `/pelatihan/pelatih/${s.trainerEmployeeId}`,
      ],
    ],
    [s.employee.nip, ['/pelatihan', '/pelatihan/saya', `/pelatihan/sesi/${s.sessionId}`]],
    [s.superior.nip, ['/pelatihan/persetujuan', '/kebutuhan-pelatihan', '/kompetensi/kesenjangan']],
    [s.trainer.nip, ['/pelatihan/daftar-hadir']],
    ['camat', ['/pelatihan/target-jp', '/pelatihan/pelatih']],
  ];
  for (const [user, paths] of visits) {
    const page = await pageAs(browser, baseURL!, user, PHONE);
    for (const path of paths) {
      await test.step(`${user} ${path}`, () => expectFitsPhone(page, path));
    }
    await page.context().close();
  }
});

test('HR edits, equips, fills and cancels a session, links a competency and edits a competency', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const s = await setup(baseURL!);
  const hr = await pageAs(browser, baseURL!, 'admin');
  const sessionPath = `/pelatihan/sesi/${s.sessionId}`;

  await test.step('edit the session’s place', async () => {
    await hr.goto(sessionPath);
    await hr.getByRole('button', { name: 'Ubah sesi' }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByLabel('Tempat').fill('Ruang Rapat Lantai 2');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toHaveCount(0);
    await hr.reload();
    await expect(hr.getByText('Ruang Rapat Lantai 2')).toBeVisible();
  });

  await test.step('upload a material', async () => {
    await hr.locator('input[type="file"]').setInputFiles({
      name: 'materi-pengaduan.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await hr.getByRole('button', { name: 'Unggah materi' }).click();
    await expect(hr.getByText('Materi tersimpan.')).toBeVisible();
    await hr.reload();
    await expect(hr.getByRole('link', { name: 'materi-pengaduan.png' })).toBeVisible();
  });

  await test.step('assign two employees to the one seat: the second waits', async () => {
    const assign = async (person: DemoPerson) => {
      const picker = hr.getByRole('combobox', { name: 'Pegawai', exact: true });
      await picker.fill(person.nip);
      await hr.getByRole('option', { name: new RegExp(person.nip) }).click();
      await hr.getByRole('button', { name: 'Tugaskan', exact: true }).click();
    };
    await assign(s.employee);
    await expect(hr.getByText(`${s.employee.fullName} terdaftar pada sesi ini.`)).toBeVisible();
    await assign(s.other);
    await expect(
      hr.getByText(`${s.other.fullName} masuk daftar tunggu urutan 1`, { exact: false }),
    ).toBeVisible();
    await hr.reload();
    const participants = hr.getByRole('region', { name: 'Peserta dan daftar tunggu' });
    await expect(participants.getByRole('row', { name: new RegExp(s.employee.nip) })).toContainText(
      'Terdaftar',
    );
    await expect(participants.getByRole('row', { name: new RegExp(s.other.nip) })).toContainText(
      'urutan 1 daftar tunggu',
    );
  });

  await test.step('cancel the session with a reason; the participant sees it cancelled', async () => {
    await hr.getByRole('button', { name: 'Batalkan sesi' }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByLabel('Alasan pembatalan').fill('Narasumber berhalangan');
    await dialog.getByRole('button', { name: 'Batalkan sesi' }).click();
    await expect(dialog).toHaveCount(0);
    await hr.reload();
    await expect(hr.getByText('Sesi ini dibatalkan')).toBeVisible();
    const employee = await pageAs(browser, baseURL!, s.employee.nip);
    await employee.goto(sessionPath);
    await expect(employee.getByText('Sesi ini dibatalkan')).toBeVisible();
    await expect(employee.getByText('Narasumber berhalangan')).toBeVisible();
    await employee.context().close();
  });

  await test.step('link a competency to a programme', async () => {
    await hr.goto('/pelatihan/kelola');
    await hr.getByRole('button', { name: `Ubah: ${s.programmeTitle}` }).click();
    const dialog = hr.getByRole('dialog');
    // Mantine's MultiSelect: type into the combobox, pick the option by its label; the list stays open after a
    // pick and covers the form, so leaving the field closes it before saving.
    const competencies = dialog.getByLabel('Kompetensi yang dikembangkan');
    await competencies.fill('Integritas');
    await hr.getByRole('option', { name: 'Integritas (Manajerial)', exact: true }).click();
    await competencies.blur();
    await expect(hr.getByRole('listbox')).toBeHidden();
    await expect(dialog.getByText('Integritas (Manajerial)')).toBeVisible();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toHaveCount(0);
    await hr.reload();
    await expect(hr.getByRole('row', { name: new RegExp(s.programmeTitle) })).toContainText('Integritas');
  });

  await test.step('edit a competency’s description', async () => {
    await hr.goto('/kompetensi');
    await hr.getByRole('button', { name: 'Ubah: Integritas' }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByLabel('Uraian').fill('Konsisten berperilaku selaras dengan nilai dan kode etik ASN');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toHaveCount(0);
    await hr.reload();
    await expect(hr.getByText('Konsisten berperilaku selaras dengan nilai dan kode etik ASN')).toBeVisible();
  });
});
