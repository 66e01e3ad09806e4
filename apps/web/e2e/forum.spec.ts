import { expect, test, type Page } from '@playwright/test';
import { apiAs, expectNoSeriousA11yIssues, pageAs } from './fixtures';

// Policy forum journey (issue 13 "Done when"): the Camat publishes a policy with a poll; an employee opens a
// discussion anonymously and votes; another employee reports the post; the moderator (the Pranata Komputer demo
// user) reviews it in the queue and hides it with a reason; the reporter sees the outcome in the forum
// notifications; the Camat publishes the official response and closes the consultation with its summary. A third
// employee reads the policy, the discussion and the search results and never meets the anonymous author's name.
// Axe on every page; the moderator works at phone size (390 px) with no sideways scrolling. People are found
// through the API by position, never by id.

const AUTHOR_POSITION = 'Arsiparis Terampil';
const REPORTER_POSITION = 'Bendahara Pengeluaran';
// Not 'Pengadministrasi Umum': the admin journey (admin.spec.ts) transfers that employee to another position first.
const READER_POSITION = 'Penyusun Program Anggaran dan Pelaporan';
const MODERATOR_POSITION = 'Pranata Komputer Ahli Pertama';
const PHONE = { width: 390, height: 844 };

// Unique per run, so the journey never trips over demo data or an earlier run.
const RUN = Date.now().toString(36).toUpperCase();
const POLICY = `Apel pagi bergilir per seksi ${RUN}`;
const THREAD = `Jadwal apel bertabrakan dengan layanan ${RUN}`;
const POST = `Apel bergilir membuat loket PATEN kosong pukul 07.30; mohon jadwal digeser ${RUN}.`;
const QUESTION = 'Jam apel pagi yang paling cocok?';
const REPORT_NOTE = 'Menyebut loket tertentu secara berlebihan.';
const HIDE_REASON = 'Menunggu klarifikasi penulis tentang data loket.';

type Person = { nip: string; fullName: string; name: string };

async function people(
  baseURL: string,
): Promise<Record<'author' | 'reporter' | 'reader' | 'moderator', Person>> {
  const api = await apiAs(baseURL, 'admin');
  const items = (
    (await (await api.get('/api/v1/employees', { params: { pageSize: 200 } })).json()) as {
      items: { nip: string; fullName: string; name: string; position: { name: string } | null }[];
    }
  ).items;
  await api.dispose();
  const of = (position: string): Person => {
    const found = items.find((e) => e.position?.name === position);
    if (!found) throw new Error(`Tidak ada pegawai pada jabatan ${position} di data demo`);
    return { nip: found.nip, fullName: found.fullName, name: found.name };
  };
  return {
    author: of(AUTHOR_POSITION),
    reporter: of(REPORTER_POSITION),
    reader: of(READER_POSITION),
    moderator: of(MODERATOR_POSITION),
  };
}

/** A week from now as the datetime-local value of the consultation's end (WIB). */
function weekFromNowWib(): string {
  return new Date(Date.now() + 7 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** The anonymous author's name appears nowhere on the page (text, attributes read by assistive technology aside). */
async function expectNameAbsent(page: Page, person: Person) {
  await expect(page.locator('body')).not.toContainText(person.name);
  expect(await page.content()).not.toContain(person.name);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('forum: policy, anonymous post and vote, report, moderation, official response and close', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const who = await people(baseURL!);
  let policyPath = '';
  let threadPath = '';

  await test.step('the Camat drafts and publishes a policy, and adds a poll to it', async () => {
    const camat = await pageAs(browser, baseURL!, 'camat');
    await camat.goto('/forum');
    await expect(camat.getByRole('region', { name: 'Kebijakan' })).toBeVisible();
    await expectNoSeriousA11yIssues(camat);
    await camat.getByRole('link', { name: 'Kebijakan baru' }).click();
    await camat.getByLabel('Judul kebijakan').fill(POLICY);
    await camat
      .getByLabel('Ringkasan manfaat')
      .fill('Setiap seksi bergiliran apel agar loket tetap terlayani sejak pukul 07.30.');
    await camat
      .getByRole('textbox', { name: 'Isi kebijakan' })
      .fill('Apel pagi dilaksanakan bergilir per seksi mulai bulan depan.');
    await camat.getByLabel('Akhir masa konsultasi').fill(weekFromNowWib());
    await expectNoSeriousA11yIssues(camat);
    await camat.getByRole('button', { name: 'Simpan draf' }).click();
    await camat.waitForURL(/\/forum\/kebijakan\/\d+$/);
    policyPath = new URL(camat.url()).pathname;
    await camat.getByRole('button', { name: 'Publikasikan' }).click();
    await camat.getByRole('dialog').getByRole('button', { name: 'Publikasikan' }).click();
    await expect(camat.getByText('Konsultasi dibuka', { exact: true })).toBeVisible();

    await camat.getByRole('button', { name: 'Buat jajak pendapat' }).click();
    await camat.getByLabel('Pertanyaan').fill(QUESTION);
    await camat.getByLabel('Opsi 1').fill('07.00 WIB');
    await camat.getByLabel('Opsi 2').fill('07.45 WIB');
    await camat.getByRole('button', { name: 'Buat jajak pendapat' }).click();
    await expect(camat.getByRole('heading', { name: QUESTION })).toBeVisible();
    await expectNoSeriousA11yIssues(camat);
    await camat.context().close();
  });

  await test.step('an employee opens a discussion anonymously and votes in the poll', async () => {
    const author = await pageAs(browser, baseURL!, who.author.nip);
    await author.goto(policyPath);
    await author.getByRole('button', { name: 'Saya sudah membaca' }).click();
    await expect(author.getByText(/Anda mengonfirmasi membaca pada/)).toBeVisible();
    await author.getByRole('radio', { name: '07.45 WIB' }).check();
    await author.getByRole('button', { name: 'Kirim suara' }).click();
    await expect(author.getByText(/Suara Anda sudah tercatat/)).toBeVisible();
    await expect(author.getByText('Hasil: 1 pemilih')).toBeVisible();
    await expectNoSeriousA11yIssues(author);

    await author.getByRole('button', { name: 'Buka diskusi' }).click();
    await author.getByLabel('Judul diskusi').fill(THREAD);
    await author.getByRole('textbox', { name: 'Isi tanggapan' }).fill(POST);
    await author.getByLabel('Kirim sebagai anonim').check();
    await author.getByRole('button', { name: 'Buka diskusi' }).last().click();
    await author.waitForURL(/\/forum\/diskusi\/\d+$/);
    threadPath = new URL(author.url()).pathname;
    await expect(author.getByText('Anonim (tanggapan Anda)')).toBeVisible();
    await expectNoSeriousA11yIssues(author);
    await author.context().close();
  });

  await test.step('another employee reports the anonymous post', async () => {
    const reporter = await pageAs(browser, baseURL!, who.reporter.nip);
    await reporter.goto(threadPath);
    await expect(reporter.getByText(POST)).toBeVisible();
    await expectNameAbsent(reporter, who.author);
    // Axe before the dialog opens: behind a modal's overlay axe measures the dimmed page's contrast.
    await expectNoSeriousA11yIssues(reporter);
    await reporter.getByRole('button', { name: 'Laporkan' }).click();
    const dialog = reporter.getByRole('dialog');
    await expect(dialog.getByText('Laporkan kiriman')).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Alasan laporan' }).click();
    await reporter.getByRole('option', { name: 'Kasar atau menghina' }).click();
    await dialog.getByLabel('Catatan untuk moderator (tidak wajib)').fill(REPORT_NOTE);
    await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
    await expect(dialog).toBeHidden();
    await expect(reporter.getByText(/Laporan terkirim/)).toBeVisible();
    await reporter.context().close();
  });

  await test.step('a third employee never meets the anonymous author’s name', async () => {
    const reader = await pageAs(browser, baseURL!, who.reader.nip);
    await reader.goto(policyPath);
    await expect(reader.getByRole('link', { name: THREAD })).toBeVisible();
    await expectNameAbsent(reader, who.author);
    await expectNoSeriousA11yIssues(reader);
    await reader.goto(threadPath);
    await expect(reader.getByText(POST)).toBeVisible();
    await expect(reader.getByText('Anonim', { exact: true }).first()).toBeVisible();
    await expectNameAbsent(reader, who.author);
    await expectNoSeriousA11yIssues(reader);
    await reader.goto('/forum');
    await reader.getByRole('tab', { name: 'Cari' }).click();
    await reader.getByLabel('Kata kunci').fill(RUN);
    await expect(reader.getByRole('link', { name: THREAD }).first()).toBeVisible();
    await expectNameAbsent(reader, who.author);
    await expectNoSeriousA11yIssues(reader);
    await reader.context().close();
  });

  await test.step('the moderator reviews the report in the queue at phone size and hides the post', async () => {
    const moderator = await pageAs(browser, baseURL!, who.moderator.nip, PHONE);
    await moderator.goto('/forum/moderasi');
    const card = moderator.getByRole('article', { name: THREAD });
    await expect(card).toBeVisible();
    await expect(card.getByText(POST)).toBeVisible();
    await expect(card.getByText('Kasar atau menghina × 1')).toBeVisible();
    await expect(card.getByText(REPORT_NOTE)).toBeVisible();
    await expect(card.getByText('Anonim', { exact: true })).toBeVisible();
    // The queue names no reporter, and the anonymous author stays anonymous without a recorded reveal.
    await expectNameAbsent(moderator, who.reporter);
    await expectNameAbsent(moderator, who.author);
    await expectNoSidewaysScroll(moderator);
    await expectNoSeriousA11yIssues(moderator);

    await card.getByRole('button', { name: /Riwayat suntingan/ }).click();
    await expect(card.getByText('Kiriman ini belum pernah diubah.')).toBeVisible();
    await card.getByRole('button', { name: 'Sembunyikan', exact: true }).click();
    const dialog = moderator.getByRole('dialog');
    await dialog.getByLabel(/Alasan tindakan/).fill(HIDE_REASON);
    await dialog.getByRole('button', { name: 'Sembunyikan' }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toBeHidden();

    await moderator.getByText('Sudah ditinjau', { exact: true }).click();
    await expect(moderator.getByRole('radio', { name: 'Sudah ditinjau' })).toBeChecked();
    const reviewed = moderator.getByRole('article', { name: THREAD });
    await expect(reviewed.getByText('Disembunyikan moderator')).toBeVisible();
    await expect(reviewed.getByText(new RegExp(HIDE_REASON))).toBeVisible();
    await expectNoSidewaysScroll(moderator);
    await expectNoSeriousA11yIssues(moderator);
    await moderator.context().close();
  });

  await test.step('the reporter finds the outcome in the notification centre and turns on the digest', async () => {
    const reporter = await pageAs(browser, baseURL!, who.reporter.nip);
    await reporter.goto('/forum');
    await reporter
      .locator('#main-content')
      .getByRole('link', { name: /^Notifikasi/ })
      .click();
    // The forum's notifications are in the centre, filtered to the forum (issue 14).
    await reporter.waitForURL(/\/notifikasi\?type=forum$/);
    await expect(reporter.getByText('Hasil laporan').first()).toBeVisible();
    await expect(reporter.getByText(/ditindaklanjuti moderator/).first()).toBeVisible();
    await expectNameAbsent(reporter, who.author);
    await expectNoSeriousA11yIssues(reporter);
    // The old address still lands there.
    await reporter.goto('/forum/notifikasi');
    await reporter.waitForURL(/\/notifikasi\?type=forum$/);

    await reporter.goto('/forum');
    await reporter.locator('#main-content').getByRole('link', { name: 'Laporan saya' }).click();
    await reporter.waitForURL(/\/forum\/laporan-saya$/);
    await expect(reporter.getByText('Ditindaklanjuti', { exact: true })).toBeVisible();
    await expect(reporter.getByText(new RegExp(HIDE_REASON)).first()).toBeVisible();
    const digest = reporter.getByRole('switch', { name: 'Ringkasan e-mail harian' });
    await digest.click();
    await expect(reporter.getByText('Ringkasan e-mail harian diaktifkan.')).toBeVisible();
    await expect(digest).toBeChecked();
    await expectNameAbsent(reporter, who.author);
    await expectNoSeriousA11yIssues(reporter);
    await reporter.context().close();
  });

  await test.step('the Camat publishes the official response and closes the consultation', async () => {
    const camat = await pageAs(browser, baseURL!, 'camat');
    await camat.goto(policyPath);
    await expect(camat.getByText('Belum dapat ditutup:')).toBeVisible();
    await camat
      .getByRole('textbox', { name: 'Tanggapan resmi atas pokok-pokok masukan' })
      .fill('Apel seksi pelayanan digeser ke pukul 07.45 agar loket PATEN tetap buka sejak 07.30.');
    await camat.getByRole('button', { name: 'Terbitkan tanggapan resmi' }).click();
    await expect(camat.getByRole('heading', { name: 'Tanggapan resmi pimpinan' })).toBeVisible();
    await expectNoSeriousA11yIssues(camat);
    await camat
      .getByLabel('Ringkasan perubahan (apa yang berubah setelah konsultasi)')
      .fill('Apel seksi pelayanan pukul 07.45; seksi lain tetap 07.00 bergilir.');
    await camat.getByRole('button', { name: 'Tutup konsultasi' }).click();
    await camat.getByRole('dialog').getByRole('button', { name: 'Tutup konsultasi' }).click();
    await expect(camat.getByText('Ditutup', { exact: true }).first()).toBeVisible();
    await expect(
      camat
        .getByRole('alert')
        .getByText('Apel seksi pelayanan pukul 07.45; seksi lain tetap 07.00 bergilir.'),
    ).toBeVisible();
    await expectNoSeriousA11yIssues(camat);
    await camat.context().close();
  });
});

test('forum settings: the Camat changes the auto-hide threshold; employees have no settings or moderation menu', async ({
  browser,
  baseURL,
}) => {
  const who = await people(baseURL!);
  const camat = await pageAs(browser, baseURL!, 'camat', PHONE);
  await camat.goto('/forum/pengaturan');
  const threshold = camat.getByLabel(/Ambang sembunyi otomatis/);
  await expect(threshold).toHaveValue('3');
  await expectNoSidewaysScroll(camat);
  await expectNoSeriousA11yIssues(camat);
  await threshold.fill('4');
  await camat.getByRole('button', { name: 'Simpan' }).click();
  await expect(camat.getByText('Pengaturan forum tersimpan.')).toBeVisible();
  await camat.reload();
  await expect(camat.getByLabel(/Ambang sembunyi otomatis/)).toHaveValue('4');
  await camat.context().close();

  const employee = await pageAs(browser, baseURL!, who.reader.nip);
  await employee.goto('/forum/pengaturan');
  await expect(employee.getByLabel(/Ambang sembunyi otomatis/)).toHaveCount(0);
  await employee.goto('/forum/moderasi');
  await expect(employee.getByRole('heading', { name: 'Moderasi forum' })).toHaveCount(0);
  await employee.context().close();
});
