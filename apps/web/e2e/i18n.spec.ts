import { expect, test, type Page } from '@playwright/test';
import { LANGUAGE_KEY, signIn } from './fixtures';

// Every screen's strings load with its own route chunk (docs/ARCHITECTURE.md, "Strings, one rule"). A missing
// dictionary does not break the build: i18next shows the key instead ("org.title"). So open every page of the menu
// directly (a fresh load, nothing left over from the page before) in both languages and look for keys on screen.
// A key is a dictionary namespace, a dot and a name; not part of an address or an e-mail (`…@x.org.id`).
const RAW_KEY =
  /(?<![\w.@/-])(?:app|nav|common|validation|errors|notFound|pager|roles|auth\.(?:login|password)|home|org|employees|import|users|audit|profile|skm|complaints|performance)\.[A-Za-z]/;

async function menuPaths(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation').first();
  await expect(nav.getByRole('link').first()).toBeVisible();
  const hrefs = await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((h) => h.startsWith('/'));
}

/** Audit action codes look like keys ("skm.invitation.create"); the log shows a code it has no label for as is. */
async function auditCodes(page: Page): Promise<Set<string>> {
  const res = await page.request.get('/api/v1/audit', { params: { pageSize: 100 } });
  if (!res.ok()) return new Set();
  const body = (await res.json()) as { items: { action: string }[] };
  return new Set(body.items.map((i) => i.action));
}

async function expectNoRawKeys(page: Page, path: string, language: 'id' | 'en', ignore = new Set<string>()) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('main')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const text = await page.locator('body').innerText();
  const raw = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => RAW_KEY.test(line) && !ignore.has(line));
  expect(raw, `${path} (${language})`).toEqual([]);
}

for (const username of ['admin', 'camat']) {
  test(`${username}: every menu page shows its strings, not keys, in Indonesian and English`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, username);
    const paths = await menuPaths(page);
    expect(paths.length).toBeGreaterThan(3);
    const codes = await auditCodes(page);
    for (const language of ['id', 'en'] as const) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE_KEY, language]);
      for (const path of [...paths, '/change-password']) await expectNoRawKeys(page, path, language, codes);
    }
  });
}

test('the public pages show their strings, not keys, in Indonesian and English', async ({ page }) => {
  for (const language of ['id', 'en'] as const) {
    await page.goto('/pengaduan');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE_KEY, language]);
    for (const path of ['/pengaduan', '/pengaduan/lacak', '/transparansi/skm', '/login']) {
      await expectNoRawKeys(page, path, language);
    }
  }
});
