import zlib from 'node:zlib';
import { ROLES } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDisposition } from '../../src/lib/http';
import { checkZipArchive } from '../../src/lib/zip-guard';
import { acceptUpload, storedFileName } from '../../src/modules/complaints/complaint-files.sanitizer';
import {
  makePngWithMetadata,
  makePublicComplaint,
  pngChunk,
  seedComplaintCategory,
} from '../../src/modules/complaints/complaints.test-builders';
import { seedPolicy } from '../../src/modules/forum/forum.test-builders';
import { multipart, seedUnit, seedUser } from '../builders';
import { createTestApp, type TestApp } from '../test-app';

// Issue 16 §2 "Uploads": files that lie about what they are, files that are two things at once, archives and
// images that explode when opened, files too big, and names that try to climb folders or disguise themselves.
// Every upload route reads its file through one check (complaint-files.sanitizer.ts acceptUpload: type from the
// content, images re-encoded; lib/zip-guard.ts for office archives; lib/http.ts cleanUploadName for names), so the
// check is driven here through the routes a citizen, the Pimpinan and the HR admin use, and directly.

const ORIGIN = { origin: 'http://localhost:80', host: 'localhost:80' };

let t: TestApp;
let categoryCode: string;
let staff: string;
let staffId: number;

beforeAll(async () => {
  t = await createTestApp();
  const unitId = await seedUnit(t.db);
  categoryCode = (await seedComplaintCategory(t.db, { unitId })).code;
  const user = await seedUser(t.db, { username: 'uji-unggah', roles: [...ROLES] });
  staffId = user.id;
  staff = await t.login(user.username);
}, 120_000);
afterAll(async () => t?.close());

// ------------------------------------------------------------------ hostile files

/** A PNG that declares width × height pixels in a few hundred bytes (a decompression bomb for a decoder). */
function hugePng(width: number, height: number) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(64 * 1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A ZIP archive with deflated entries; `declare` overrides the sizes written in the headers (a lying archive). */
function zipOf(entries: { name: string; content: Buffer; declare?: number }[]) {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = zlib.deflateRawSync(e.content);
    const name = Buffer.from(e.name);
    const size = e.declare ?? e.content.length;
    const crc = zlib.crc32(e.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(dir, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(200, 0x41), Buffer.from('This program')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const HTML_TAIL = Buffer.from('<html><script>alert(document.cookie)</script></html>');
/** A valid PNG with a ZIP and an HTML page appended (a polyglot: an image viewer and an unzipper both open it). */
const PNG_POLYGLOT = Buffer.concat([
  makePngWithMetadata(),
  zipOf([{ name: 'a.html', content: HTML_TAIL }]),
  HTML_TAIL,
]);
const GIF_JS = Buffer.from('GIF89a=1;/*\x01\x00\x01\x00\x00\xff\xff\xff*/alert(document.domain)//');
/** 20 MB of zeros deflated to about 20 KB: a ratio near deflate's maximum. */
const ZIP_BOMB = zipOf([
  { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(20 * 1024 * 1024) },
]);
/** An archive that declares a small entry which inflates to 20 MB. */
const LYING_ZIP = zipOf([
  { name: 'xl/sharedStrings.xml', content: Buffer.alloc(20 * 1024 * 1024), declare: 4000 },
]);

/** File names that try to climb out of a folder, hide their type or break a header. */
const HOSTILE_NAMES = [
  '../../etc/passwd',
  '..\\..\\win.ini',
  'foto\u0000.exe.png',
  `${'a'.repeat(400)}.png`,
  '\u202egnp.exe',
  '....',
  'a";b=c.png',
  'zero\u200bwidth\ufeff.png',
];

// ------------------------------------------------------------------ helpers

async function newComplaintSecret() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    headers: ORIGIN,
    payload: makePublicComplaint(categoryCode),
  });
  expect(res.statusCode).toBe(201);
  return (res.json() as { trackingSecret: string }).trackingSecret;
}

async function attach(
  secret: string,
  filename: string,
  content: Buffer,
  contentType = 'application/octet-stream',
) {
  const body = multipart({}, { filename, content, contentType });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints/tracking/attachments',
    headers: { ...ORIGIN, 'x-tracking-secret': secret, ...body.headers },
    payload: body.payload,
  });
}

async function attachmentsOf(secret: string) {
  const res = await t.app.inject({
    url: '/api/v1/public/complaints/tracking',
    headers: { ...ORIGIN, 'x-tracking-secret': secret },
  });
  const body = res.json() as { timeline: { attachments: { id: number; fileName: string }[] }[] };
  return body.timeline.flatMap((e) => e.attachments);
}

async function attachmentCount() {
  const r = await t.db
    .selectFrom('complaint_attachments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A clean 4xx that names the upload field in Indonesian. */
function expectRefusedNamingFile(res: { statusCode: number; json(): unknown }) {
  expect(res.statusCode).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  const error = (res.json() as { error: { message: string; details?: { path: string }[] } }).error;
  expect(error.details?.map((d) => d.path)).toContain('file');
  expect(error.message).not.toMatch(/\b(invalid|expected|file too large|request)\b/i);
}

// ------------------------------------------------------------------ tests

describe('uploads: the content decides the type, never the name', () => {
  it('refuses an executable named .pdf, a GIF/JavaScript polyglot and text named .png on the citizen route', async () => {
    const secret = await newComplaintSecret();
    const before = await attachmentCount();
    for (const [name, content] of [
      ['laporan.pdf', EXE],
      ['foto.gif', GIF_JS],
      ['foto.png', Buffer.from('<script>alert(1)</script>')],
      ['kosong.png', Buffer.alloc(0)],
    ] as const) {
      expectRefusedNamingFile(await attach(secret, name, content, 'application/pdf'));
    }
    expect(await attachmentCount()).toBe(before);
  });

  it('keeps a PNG named .pdf as the PNG it is: stored as .png and served as an image, never as a PDF', async () => {
    const secret = await newComplaintSecret();
    expect((await attach(secret, 'surat.pdf', makePngWithMetadata(), 'application/pdf')).statusCode).toBe(
      201,
    );
    const [stored] = await attachmentsOf(secret);
    expect(stored!.fileName).toBe('surat.png');
    const res = await t.app.inject({
      url: `/api/v1/public/complaints/tracking/attachments/${stored!.id}`,
      headers: { ...ORIGIN, 'x-tracking-secret': secret },
    });
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('re-encodes a PNG carrying an appended ZIP and HTML page: what is stored is only the picture', async () => {
    const secret = await newComplaintSecret();
    expect((await attach(secret, 'foto.png', PNG_POLYGLOT, 'image/png')).statusCode).toBe(201);
    const [stored] = await attachmentsOf(secret);
    const res = await t.app.inject({
      url: `/api/v1/public/complaints/tracking/attachments/${stored!.id}`,
      headers: { ...ORIGIN, 'x-tracking-secret': secret },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.includes(Buffer.from('<script>'))).toBe(false);
    expect(res.rawPayload.includes(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
    expect(res.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('serves a PDF (which can carry script) only as a download with nosniff', async () => {
    const secret = await newComplaintSecret();
    expect((await attach(secret, 'surat.png', PDF, 'image/png')).statusCode).toBe(201);
    const [stored] = await attachmentsOf(secret);
    expect(stored!.fileName).toBe('surat.pdf');
    const res = await t.app.inject({
      url: `/api/v1/public/complaints/tracking/attachments/${stored!.id}`,
      headers: { ...ORIGIN, 'x-tracking-secret': secret },
    });
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('uploads: files that explode when opened', () => {
  it('refuses a 30 000 × 30 000 pixel PNG of a few hundred bytes without decoding it', async () => {
    const secret = await newComplaintSecret();
    const started = Date.now();
    expectRefusedNamingFile(await attach(secret, 'peta.png', hugePng(30_000, 30_000), 'image/png'));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await acceptUpload(hugePng(30_000, 30_000))).toBeNull();
  });

  it('refuses a zip bomb and a lying archive as an employee import (XLSX) before ExcelJS inflates it', async () => {
    for (const bomb of [ZIP_BOMB, LYING_ZIP]) {
      const body = multipart({ mode: 'all_or_nothing' }, { filename: 'pegawai.xlsx', content: bomb });
      const started = Date.now();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/employees/import',
        headers: { cookie: staff, ...ORIGIN, ...body.headers },
        payload: body.payload,
      });
      expectRefusedNamingFile(res);
      expect((res.json() as { error: { message: string } }).error.message).toMatch(/zip bomb|rusak/);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(await t.db.selectFrom('import_jobs').select('id').execute()).toEqual([]);
  });

  it('checkZipArchive: refuses a bomb by ratio, a lie by inflating at most one byte past the declared size', () => {
    expect(checkZipArchive(ZIP_BOMB)).toMatch(/zip bomb/);
    expect(checkZipArchive(LYING_ZIP)).toMatch(/rusak/);
    expect(checkZipArchive(Buffer.from('PK\x03\x04 not really a zip'))).toMatch(/rusak/);
    const many = zipOf(
      Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.xml`, content: Buffer.from('<a/>') })),
    );
    expect(checkZipArchive(many, { maxTotalBytes: 1e6, maxEntries: 20, maxRatio: 200 })).toMatch(
      /lebih dari 20/,
    );
    const total = zipOf([{ name: 'a.xml', content: Buffer.from('x'.repeat(5000)) }]);
    expect(checkZipArchive(total, { maxTotalBytes: 1000, maxEntries: 20, maxRatio: 10_000 })).toMatch(
      /terlalu besar/,
    );
    // A real spreadsheet-like archive passes.
    const sheet = Buffer.from(
      Array.from({ length: 5000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 104729}</v></c></row>`).join(
        '',
      ),
    );
    expect(checkZipArchive(zipOf([{ name: 'xl/worksheets/sheet1.xml', content: sheet }]))).toBeNull();
  });
});

describe('uploads: broken multipart bodies', () => {
  it('answers a body cut short, or sent with another boundary than its header names, with 400 naming the file', async () => {
    const secret = await newComplaintSecret();
    const good = multipart({ mode: 'all_or_nothing' }, { filename: 'pegawai.xlsx', content: ZIP_BOMB });
    const other = multipart({}, { filename: 'a.png', content: makePngWithMetadata() });
    const broken = [
      { headers: good.headers, payload: good.payload.subarray(0, 200) },
      { headers: good.headers, payload: other.payload },
    ];
    for (const body of broken) {
      for (const [url, extra] of [
        ['/api/v1/employees/import', { cookie: staff }],
        ['/api/v1/public/complaints/tracking/attachments', { 'x-tracking-secret': secret }],
      ] as const) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          headers: { ...ORIGIN, ...extra, ...body.headers },
          payload: body.payload,
        });
        expectRefusedNamingFile(res);
      }
    }
  });
});

describe('uploads: size', () => {
  it('answers a file over UPLOAD_MAX_BYTES with 413 naming the field, and stores nothing', async () => {
    const secret = await newComplaintSecret();
    const before = await attachmentCount();
    const res = await attach(
      secret,
      'besar.pdf',
      Buffer.alloc(t.config.upload.maxBytes + 1024, 0x25),
      'application/pdf',
    );
    expect(res.statusCode).toBe(413);
    expectRefusedNamingFile(res);
    expect(await attachmentCount()).toBe(before);
  });
});

describe('uploads: file names', () => {
  it('stores every hostile name as a safe one and serves it back with a safe Content-Disposition', async () => {
    const stored: string[] = [];
    let secret = '';
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      // A complaint takes five attachments: a new one every five names.
      if (i % 5 === 0) secret = await newComplaintSecret();
      const res = await attach(secret, name, makePngWithMetadata(), 'image/png');
      expect(res.statusCode).toBe(201);
      const list = await attachmentsOf(secret);
      const file = list.at(-1)!;
      stored.push(file.fileName);
      const download = await t.app.inject({
        url: `/api/v1/public/complaints/tracking/attachments/${file.id}`,
        headers: { ...ORIGIN, 'x-tracking-secret': secret },
      });
      const disposition = String(download.headers['content-disposition']);
      expect(disposition).toMatch(/^inline; filename="[\w.\- ]+"(; filename\*=UTF-8''[\w%.-]+)?$/);
      expect(disposition).not.toMatch(/%E2%80%AE|%00|\.\.|\/|\\/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    }
    for (const name of stored) {
      expect(name).toMatch(/^[\w-]{1,60}\.png$/);
      expect(name).not.toMatch(/\.exe|\.\./);
    }
  });

  it('cleans names the same way where the original name is kept (policy documents)', async () => {
    const policyId = await seedPolicy(t.db, { createdBy: staffId });
    const names: string[] = [];
    for (const name of HOSTILE_NAMES) {
      const body = multipart({}, { filename: name, content: PDF, contentType: 'application/pdf' });
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/forum/policies/${policyId}/documents`,
        headers: { cookie: staff, ...ORIGIN, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode).toBe(201);
      names.push((res.json() as { fileName: string }).fileName);
    }
    for (const name of names) {
      expect(name).toMatch(/\.pdf$/);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not survive
      expect(name).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\ufeff/\\]|^\./);
    }
    const exe = multipart({}, { filename: 'kebijakan.pdf', content: EXE, contentType: 'application/pdf' });
    expectRefusedNamingFile(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/forum/policies/${policyId}/documents`,
        headers: { cookie: staff, ...ORIGIN, ...exe.headers },
        payload: exe.payload,
      }),
    );
  });

  it('storedFileName and contentDisposition never let a name climb, hide or break the header', () => {
    expect(storedFileName('../../etc/passwd', 'png', 'foto')).toBe('passwd.png');
    expect(storedFileName('..\\..\\win.ini', 'png', 'foto')).toBe('win.png');
    expect(storedFileName('....', 'pdf', 'lampiran')).toBe('lampiran.pdf');
    expect(storedFileName('\u202egnp.exe', 'png', 'foto')).toBe('gnp.png');
    expect(contentDisposition('attachment', '\u202egpj.exe')).toBe('attachment; filename="gpj.exe"');
    expect(contentDisposition('inline', 'a\r\nSet-Cookie: x=1.png')).not.toMatch(/\r|\n/);
  });
});
