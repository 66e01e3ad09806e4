import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  LEADERSHIP_TABLES,
  MY_DASHBOARD_TABLES,
  OPEN_DATA_DATASETS,
  TEAM_DASHBOARD_TABLES,
} from '@sim/contracts/values';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app';
import { buildWorld, type World } from './authz-fixture';
import type { Actor } from './authz-matrix';

// Issue 16 §5 (UU 27/2022): complainants' personal data is seen only by the staff who need it (complaints.md
// "Privacy": the verifier and the assignee; Anonim hides the reporter from all staff) and never leaves through a
// public answer or an export. Checked on the Kertapati demo data plus a citizen who writes their own name and phone
// into the complaint text, by scanning every answer for every reporter's name, phone and e-mail.

let t: TestApp;
let world: World;
let secrets: string[];
let plantedTicket: string;

const STAFF: Actor[] = ['pegawai', 'atasan', 'pimpinan', 'admin', 'petugas', 'pengawas', 'pelatih'];
const PLANTED = {
  reporterName: 'Wulandari Prasetyo',
  reporterPhone: '0813-5566-7788',
  reporterEmail: 'wulan.prasetyo@contoh.id',
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  world = await buildWorld(t);
  // An ordinary category (an integrity one is Rahasia and never in Open311).
  const category = await t.db
    .selectFrom('complaint_categories')
    .select('code')
    .where('is_integrity', '=', false)
    .where('is_active', '=', true)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    headers: { origin: 'http://localhost:80', host: 'localhost:80' },
    payload: {
      categoryCode: category.code,
      description:
        'Saya Wulandari Prasetyo, telp 0813 5566 7788 atau wulan.prasetyo@contoh.id: lampu jalan di gang kami padam.',
      kelurahan: 'Kertapati',
      address: 'Jl. Ki Marogan Lorong Sepakat',
      ...PLANTED,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  plantedTicket = (res.json() as { ticket: string }).ticket;

  // Every reporter value held, except names that are also an employee's or a unit's (those may appear lawfully).
  const rows = await t.db
    .selectFrom('complaints')
    .select(['reporter_name', 'reporter_phone', 'reporter_email'])
    .execute();
  const staffNames = (await t.db.selectFrom('employees').select('name').execute()).map((e) =>
    e.name.toLowerCase(),
  );
  const unitNames = (await t.db.selectFrom('org_units').select('name').execute()).map((u) =>
    u.name.toLowerCase(),
  );
  const lawful = [...staffNames, ...unitNames];
  const names = rows
    .map((r) => r.reporter_name)
    .filter((n): n is string => !!n && !lawful.some((l) => l.includes(n.toLowerCase())));
  const phones = rows.flatMap((r) => (r.reporter_phone ? [r.reporter_phone] : []));
  const emails = rows.flatMap((r) => (r.reporter_email ? [r.reporter_email] : []));
  // The phone also as plain digits (0813…), as a text would carry it after any reformatting.
  const digits = phones.map((p) => p.replace(/\D/g, '')).filter((d) => d.length >= 9);
  // 081234567890 is the textbook example number: the authorisation fixture's citizens use it and so does the
  // employee import template's sample row, so it cannot tell a leak from the template.
  secrets = [...new Set([...names, ...phones, ...digits, ...emails])].filter((v) => v !== '081234567890');
  expect(names).toContain('Wulandari Prasetyo');
  expect(secrets.length).toBeGreaterThan(20);
  console.info(`privacy scan: ${secrets.length} reporter values looked for`);
}, 300_000);
afterAll(async () => t?.close());

/** The reporter values found in a text (case-insensitive; digits also with separators removed). */
function leaksIn(text: string): string[] {
  const lower = text.toLowerCase();
  const digitsOnly = text.replace(/[\s.-]/g, '');
  return secrets.filter(
    (s) => lower.includes(s.toLowerCase()) || (/^\d+$/.test(s) && digitsOnly.includes(s)),
  );
}

/** The text drawn by a pdfmake PDF: every (Flate-compressed) content stream's hex and literal strings. */
function pdfText(buf: Buffer): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = buf.indexOf('stream', at);
    if (start < 0) break;
    const bodyStart = buf[start + 6] === 0x0d ? start + 8 : start + 7;
    const end = buf.indexOf('endstream', bodyStart);
    if (end < 0) break;
    let content: Buffer;
    try {
      content = zlib.inflateSync(buf.subarray(bodyStart, end));
    } catch {
      content = buf.subarray(bodyStart, end);
    }
    const text = content.toString('latin1');
    for (const block of text.split(/\bET\b/)) {
      const parts = [...block.matchAll(/<([0-9a-fA-F]+)>|\(((?:\\.|[^\\)])*)\)/g)].map((m) =>
        m[1] ? Buffer.from(m[1], 'hex').toString('latin1') : m[2]!.replace(/\\(.)/g, '$1'),
      );
      out.push(parts.join(''));
    }
    at = end + 9;
  }
  return out.join('\n');
}

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  });
  return cells.join('\n');
}

async function textOf(res: { rawPayload: Buffer; headers: Record<string, unknown> }): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  if (type.includes('pdf')) return pdfText(res.rawPayload);
  if (type.includes('spreadsheetml')) return xlsxText(res.rawPayload);
  return res.rawPayload.toString('utf8');
}

const call = (url: string, actor: Actor = 'anonymous') =>
  t.app.inject({ method: 'GET', url, headers: world.sessions[actor].headers });

describe('the scanner itself', () => {
  it('finds a reporter in the answer that does hold one (the desk reading a complaint awaiting verification)', async () => {
    const row = await t.db
      .selectFrom('complaints')
      .select('id')
      .where('ticket', '=', plantedTicket)
      .executeTakeFirstOrThrow();
    const res = await call(`/api/v1/complaints/${row.id}`, 'petugas');
    expect(leaksIn(res.body)).toEqual(
      expect.arrayContaining(['Wulandari Prasetyo', '0813-5566-7788', 'wulan.prasetyo@contoh.id']),
    );
  });

  it('reads the text of the PDF and XLSX exports (so a name in them would be found)', async () => {
    const pdf = await call(
      '/api/v1/dashboards/leadership/unit.pdf?from=2026-01-01&to=2026-06-30',
      'pimpinan',
    );
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(await textOf(pdf)).toMatch(/Kertapati/);
    const xlsx = await call(
      '/api/v1/dashboards/leadership/unit.xlsx?from=2026-01-01&to=2026-06-30',
      'pimpinan',
    );
    expect(await textOf(xlsx)).toMatch(/Kertapati/);
  });
});

describe('excluded from public answers, open data, Open311 and exports', () => {
  it('Open311: every request listed in JSON and XML, and each one alone, carries no reporter data', async () => {
    let listed = 0;
    // The list covers 90 days per call: walk the demo year in windows.
    for (
      let from = Date.parse('2025-07-01T00:00:00Z');
      from < Date.parse('2026-07-01T00:00:00Z');
      from += 90 * 86_400_000
    ) {
      const start = new Date(from).toISOString().slice(0, 10);
      const end = new Date(from + 89 * 86_400_000).toISOString().slice(0, 10);
      for (const format of ['json', 'xml']) {
        const res = await call(
          `/open311/v2/requests.${format}?start_date=${start}&end_date=${end}&page_size=1000`,
        );
        expect(res.statusCode, res.body).toBe(200);
        expect(leaksIn(res.body), `${format} ${start}`).toEqual([]);
        if (format === 'json') listed += (res.json() as unknown[]).length;
      }
    }
    expect(listed).toBeGreaterThan(50);
    console.info(`privacy scan: Open311 ${listed} requests listed (JSON + XML)`);
    for (const format of ['json', 'xml']) {
      const one = await call(`/open311/v2/requests/${plantedTicket}.${format}`);
      expect(one.statusCode).toBe(200);
      expect(leaksIn(one.body)).toEqual([]);
      // The problem stays readable; only the personal parts are masked.
      expect(one.body).toContain('lampu jalan di gang kami padam');
      expect(one.body).toContain('[disamarkan]');
    }
    for (const file of ['discovery.json', 'discovery.xml'])
      expect(leaksIn((await call(`/open311/${file}`)).body)).toEqual([]);
    for (const file of ['services.json', 'services.xml'])
      expect(leaksIn((await call(`/open311/v2/${file}`)).body)).toEqual([]);
  });

  it('the transparency page and every open-data file (JSON, CSV, schema) carry no reporter data', async () => {
    const urls = [
      '/transparansi',
      '/transparansi?lang=en',
      '/api/v1/public/open-data',
      ...OPEN_DATA_DATASETS.flatMap((d) => [
        `/api/v1/public/open-data/${d}.json`,
        `/api/v1/public/open-data/${d}.csv`,
        `/api/v1/public/open-data/schema/${d}.json`,
      ]),
    ];
    for (const url of urls) {
      const res = await call(url);
      expect(res.statusCode, url).toBe(200);
      expect(leaksIn(res.body), url).toEqual([]);
    }
  });

  it('dashboard XLSX and PDF exports (Kinerja Saya, Tim Saya, Pimpinan, monthly summary) carry no reporter data', async () => {
    const files: [Actor, string][] = [
      ['pimpinan', '/api/v1/dashboards/leadership/monthly.pdf?month=2026-05'],
      ...LEADERSHIP_TABLES.flatMap((tb) =>
        ['xlsx', 'pdf'].map((ext): [Actor, string] => [
          'pimpinan',
          `/api/v1/dashboards/leadership/${tb}.${ext}?from=2026-01-01&to=2026-06-30`,
        ]),
      ),
      ...(['pegawai', 'atasan', 'petugas'] as Actor[]).flatMap((actor) =>
        MY_DASHBOARD_TABLES.flatMap((tb) =>
          ['xlsx', 'pdf'].map((ext): [Actor, string] => [
            actor,
            `/api/v1/dashboards/me/${tb}.${ext}?year=2026`,
          ]),
        ),
      ),
      ...(['atasan', 'pimpinan'] as Actor[]).flatMap((actor) =>
        TEAM_DASHBOARD_TABLES.flatMap((tb) =>
          ['xlsx', 'pdf'].map((ext): [Actor, string] => [
            actor,
            `/api/v1/dashboards/team/${tb}.${ext}?year=2026`,
          ]),
        ),
      ),
    ];
    let read = 0;
    for (const [actor, url] of files) {
      const res = await call(url, actor);
      if (res.statusCode !== 200) continue; // a table the actor has no right to (checked by the matrix)
      read += 1;
      expect(leaksIn(await textOf(res)), `${actor} ${url}`).toEqual([]);
    }
    expect(read).toBeGreaterThanOrEqual(25);
    console.info(`privacy scan: ${read} dashboard XLSX/PDF exports read`);
  });
});

describe('visible only to the roles that need it', () => {
  it('no staff list, dashboard, notification or other parameterless read carries any reporter data', async () => {
    const doc = (await call('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const reads = Object.entries(doc.paths)
      .filter(([path, ops]) => 'get' in ops && !path.includes('{'))
      .map(([path]) => path)
      // Streams never end (checked by live tests); the export route is the one meant to return personal data.
      .filter(
        (p) => !['/api/v1/events', '/api/v1/public/events', '/api/v1/complaint-privacy/export'].includes(p),
      );
    expect(reads.length).toBeGreaterThan(60);
    console.info(`privacy scan: ${reads.length} parameterless reads × ${STAFF.length} roles`);
    for (const actor of STAFF) {
      for (const path of reads) {
        const res = await call(path, actor);
        expect(leaksIn(await textOf(res)), `${actor} GET ${path}`).toEqual([]);
      }
    }
  }, 300_000);

  it('a complaint shows its reporter only to its assignee, its verifier, or the desk before verification — never when Anonim', async () => {
    const complaints = await t.db
      .selectFrom('complaints')
      .select(['id', 'status', 'paused_status', 'is_anonymous', 'assignee_employee_id', 'verifier_user_id'])
      .orderBy('id')
      .execute();
    // Every Anonim complaint and a spread of the others, the planted one included.
    const sample = complaints.filter((c, i) => c.is_anonymous || i % 4 === 0 || i === complaints.length - 1);
    expect(sample.some((c) => c.is_anonymous)).toBe(true);
    let shown = 0;
    let refusedOrHidden = 0;
    for (const c of sample) {
      for (const actor of STAFF) {
        const s = world.sessions[actor];
        const awaiting =
          c.status === 'DITERIMA' || (c.status === 'MENUNGGU_INFO' && c.paused_status === 'DITERIMA');
        const entitled =
          !c.is_anonymous &&
          (c.assignee_employee_id === s.employeeId ||
            c.verifier_user_id === s.userId ||
            (actor === 'petugas' && awaiting));
        const res = await call(`/api/v1/complaints/${c.id}`, actor);
        const leaks = leaksIn(res.body);
        if (res.statusCode !== 200) {
          expect(leaks, `${actor} ${c.id} refused`).toEqual([]);
          refusedOrHidden += 1;
          continue;
        }
        const body = res.json() as { reporter: unknown };
        if (entitled) {
          expect(body.reporter, `${actor} complaint ${c.id}`).not.toBeNull();
          shown += 1;
        } else {
          expect(body.reporter, `${actor} complaint ${c.id}`).toBeNull();
          expect(leaks, `${actor} complaint ${c.id}`).toEqual([]);
          refusedOrHidden += 1;
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
    expect(refusedOrHidden).toBeGreaterThan(shown);
    console.info(
      `privacy scan: ${sample.length} complaints × ${STAFF.length} roles, reporter shown ${shown}, refused or hidden ${refusedOrHidden}`,
    );
  }, 300_000);
});
