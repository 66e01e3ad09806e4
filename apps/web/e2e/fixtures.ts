import AxeBuilder from '@axe-core/playwright';
import { expect, request, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import zlib from 'node:zlib';

/** Every demo user's password (`DEMO_PASSWORD` when the demo was seeded with another). */
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';

/** Today in WIB (UTC+7) as YYYY-MM-DD. */
export const todayWib = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** An API client signed in as `username` (its session cookie kept by the context). */
export async function apiAs(baseURL: string, username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(login.status(), `login ${username}`).toBe(200);
  return api;
}

/** Signs `username` in on the login page (after dropping any session the page had) and waits to leave it. */
export async function signIn(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('Nama pengguna atau NIP').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A page of its own browser context (Indonesian, WIB; a phone's viewport when given) with `username` signed in. */
export async function pageAs(
  browser: Browser,
  baseURL: string,
  username: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    ...(viewport ? { viewport } : {}),
  });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** A demo employee as the journeys name them. */
export type DemoPerson = { id: number; nip: string; fullName: string };

/**
 * The demo's employees, read through `api` (signed in as the admin), and who holds a position — failing loudly when
 * the demo data has nobody there.
 */
export async function demoEmployees(api: APIRequestContext) {
  const res = await api.get('/api/v1/employees', { params: { pageSize: 200 } });
  const items = ((await res.json()) as { items: (DemoPerson & { position: { name: string } | null })[] })
    .items;
  const byPosition = (positionName: string): DemoPerson => {
    const found = items.find((e) => e.position?.name === positionName);
    if (!found) throw new Error(`Tidak ada pegawai pada jabatan ${positionName} di data demo`);
    return { id: found.id, nip: found.nip, fullName: found.fullName };
  };
  return { items, byPosition };
}

/** The NIP of the demo employee who holds the position named `positionName` (found as the admin). */
export async function findNip(baseURL: string, positionName: string): Promise<string> {
  const api = await apiAs(baseURL, 'admin');
  const { byPosition } = await demoEmployees(api);
  await api.dispose();
  return byPosition(positionName).nip;
}

/** The id of the demo's training programme titled `title`, read through `api`. */
export async function demoProgrammeId(api: APIRequestContext, title: string): Promise<number> {
  const res = await api.get('/api/v1/training/programmes');
  const programme = ((await res.json()) as { items: { id: number; title: string }[] }).items.find(
    (p) => p.title === title,
  );
  if (!programme) throw new Error(`Program ${title} tidak ada di data demo`);
  return programme.id;
}

/**
 * A valid 2×2 PNG for upload journeys. With `comment`, it carries a text chunk: metadata the server must strip when
 * it re-encodes the image.
 */
export function makePng({ comment }: { comment?: string } = {}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(comment === undefined ? [] : [chunk('tEXt', Buffer.from(`Comment\0${comment}`, 'latin1'))]),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * axe on the page as it stands: the serious and critical violations (WCAG 2.1 AA checks), each with the elements
 * it found, so a journey can assert none on every page it visits.
 */
export async function seriousA11yIssues(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe with every rule (not only the WCAG tags): no serious or critical violation on the page as it stands. */
export async function expectNoSeriousA11yIssues(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The localStorage key of the reader's language choice (app/i18n). */
export const LANGUAGE_KEY = 'sim-kinerja.language';
