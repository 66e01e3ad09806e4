import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, seriousA11yIssues, signIn } from './fixtures';

// SKM journey at phone size: a citizen opens the survey link from the QR poster, answers all nine unsur and sees
// the thank-you page; then the admin signs in, sees the respondent count move and downloads the PDF report.
// The survey is found through the API (the open PATEN survey of the demo data), never by a hard-coded id.

test.use({ viewport: { width: 390, height: 844 } });

type SurveyItem = {
  id: number;
  code: string;
  title: string;
  serviceTypes: string[];
  unsur: { code: string; name: string; answerLabels: string[] }[];
  stats: { respondents: number };
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const adminApi = (baseURL: string) => apiAs(baseURL, 'admin');

async function findOpenSurvey(api: APIRequestContext): Promise<SurveyItem> {
  for (const q of ['PATEN', '']) {
    const res = await api.get('/api/v1/surveys', { params: { status: 'OPEN', q, pageSize: 50 } });
    expect(res.status()).toBe(200);
    const items = ((await res.json()) as { items: SurveyItem[] }).items;
    if (items[0]) return items[0];
  }
  throw new Error('Tidak ada survei SKM yang dibuka di data demo (seedSkmDemo belum dijalankan?)');
}

test('a citizen answers the survey on a phone and the admin sees the result move and downloads the report', async ({
  page,
  baseURL,
}) => {
  const api = await adminApi(baseURL!);
  const survey = await findOpenSurvey(api);
  const before = survey.stats.respondents;

  await test.step('the public form opens without login from the QR link', async () => {
    await page.goto(`/survei/${survey.code}?sumber=qr&loket=Loket%201`);
    await expect(page.getByRole('heading', { level: 1, name: 'Survei Kepuasan Masyarakat' })).toBeVisible();
    await expect(page.getByText('0 dari 9 unsur terjawab')).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  await test.step('submitting with nothing answered points at the missing answers', async () => {
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'belum dijawab' })).toBeVisible();
  });

  await test.step('answer the service and all nine unsur, then send', async () => {
    await page
      .getByRole('radiogroup', { name: /Layanan yang Anda terima/ })
      .getByRole('radio', { name: survey.serviceTypes[0]! })
      .click();
    for (const [i, u] of survey.unsur.entries()) {
      const group = page.getByRole('radiogroup', { name: new RegExp(`^${i + 1}\\. ${escape(u.name)}`) });
      await group.getByRole('radio', { name: u.answerLabels[3]!, exact: true }).click();
      await expect(group.getByRole('radio', { name: u.answerLabels[3]!, exact: true })).toBeChecked();
    }
    await expect(page.getByText('9 dari 9 unsur terjawab')).toBeVisible();
    await page.getByLabel('Saran dan masukan (opsional)').fill('Pelayanan cepat, pertahankan.');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect(page).toHaveURL(new RegExp(`/survei/${survey.code}/terima-kasih$`));
    await expect(page.getByRole('heading', { name: 'Terima kasih!' })).toBeVisible();
    expect(await seriousA11yIssues(page)).toEqual([]);
  });

  await test.step('the admin signs in and sees one more respondent', async () => {
    await signIn(page, 'admin');
    await page.goto(`/skm/${survey.id}`);
    await expect(page.getByRole('heading', { level: 1, name: survey.title })).toBeVisible();
    await expect(page.getByTestId('skm-respondents')).toHaveText(
      new Intl.NumberFormat('id-ID').format(before + 1),
    );
    await expect(page.getByTestId('skm-konversi')).toBeVisible();
    expect(await seriousA11yIssues(page)).toEqual([]);
  });

  await test.step('the admin downloads the Laporan Hasil SKM (PDF)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Laporan PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^laporan-skm-.*\.pdf$/);
    const file = await download.path();
    const head = (await fs.readFile(file)).subarray(0, 5).toString();
    expect(head).toBe('%PDF-');
  });

  await api.dispose();
});
