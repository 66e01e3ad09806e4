import zlib from 'node:zlib';
import type { Complexity } from '@sim/contracts';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../db/database';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';

let seq = 0;

/** Sessions that outlive the days and months a complaint test moves the clock over. */
export const LONG_SESSIONS = { idleMinutes: 10_000_000, absoluteHours: 1_000_000, cookieSecure: false };

export type ComplaintsOffice = Awaited<ReturnType<typeof seedComplaintsOffice>>;

/**
 * The complaints office every complaint test works in: the org tree of `seedOrgTree`, the complaints desk
 * (Admin Kepegawaian, Petugas Pengaduan, Tim Pengawas accounts named `admin-<tag>`, `petugas-<tag>`,
 * `pengawas-<tag>` so audit actors read as in the test), the Camat (Pimpinan), the Kasi and a Staf of the seksi that
 * owns the categories, and a Staf of the kelurahan (another unit). Everybody is logged in; categories are the
 * test's own (`seedComplaintCategory`).
 */
export async function seedComplaintsOffice(t: TestApp, tag: string) {
  const tree = await seedOrgTree(t.db);
  await seedUser(t.db, { username: `admin-${tag}`, roles: ['ADMIN_KEPEGAWAIAN'] });
  await seedUser(t.db, { username: `petugas-${tag}`, roles: ['PETUGAS_PENGADUAN'] });
  await seedUser(t.db, { username: `pengawas-${tag}`, roles: ['TIM_PENGAWAS'] });
  const camat = await seedEmployee(t.db, {
    positionId: tree.positions.camat,
    roles: ['PIMPINAN'],
    name: 'Camat Uji',
  });
  const kasi = await seedEmployee(t.db, { positionId: tree.positions.kasi, login: true, name: 'Kasi Uji' });
  const staf = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true, name: 'Staf Uji' });
  const stafKel = await seedEmployee(t.db, {
    positionId: tree.positions.stafKel,
    login: true,
    name: 'Staf Kelurahan Uji',
  });
  return {
    tree,
    ids: { camat: camat.id, kasi: kasi.id, staf: staf.id, stafKel: stafKel.id },
    cookies: {
      admin: await t.login(`admin-${tag}`),
      petugas: await t.login(`petugas-${tag}`),
      pengawas: await t.login(`pengawas-${tag}`),
      camat: await t.login(camat.username!),
      kasi: await t.login(kasi.username!),
      staf: await t.login(staf.username!),
      stafKel: await t.login(stafKel.username!),
    },
  };
}

/** A persisted complaint category (Open311 service) of a unit; NORMATIF without attributes unless told. */
export async function seedComplaintCategory(
  db: Database,
  overrides: {
    unitId: number;
    code?: string;
    name?: string;
    complexity?: Complexity;
    resolutionDays?: number | null;
    isIntegrity?: boolean;
    attributes?: {
      code: string;
      datatype: string;
      required: boolean;
      description: string;
      values?: { key: string; name: string }[];
    }[];
  },
) {
  seq += 1;
  const row = await db
    .insertInto('complaint_categories')
    .values({
      code: overrides.code ?? `KAT${seq}`,
      name: overrides.name ?? `Kategori Uji ${seq}`,
      description: 'Kategori untuk pengujian',
      group_name: 'Uji',
      keywords: 'uji',
      unit_id: overrides.unitId,
      complexity: overrides.complexity ?? 'NORMATIF',
      resolution_days: overrides.resolutionDays ?? null,
      is_integrity: overrides.isIntegrity ?? false,
      attributes: JSON.stringify(overrides.attributes ?? []),
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  return row;
}

/** A public complaint body (the form's fields) for a category code. */
export function makePublicComplaint(categoryCode: string, overrides: Record<string, unknown> = {}) {
  return {
    categoryCode,
    description: 'Lampu jalan di depan rumah saya mati sejak seminggu yang lalu.',
    kelurahan: 'Uji',
    address: 'Jl. Abikusno Cokrosuyoso No. 12',
    reporterName: 'Siti Aminah',
    reporterPhone: '081234567890',
    reporterEmail: 'siti@example.id',
    ...overrides,
  };
}

/**
 * Files `payload` through the public form from `remoteAddress` (201 expected) and returns what the citizen holds
 * (ticket, tracking secret) with the complaint's row id for the staff routes.
 */
export async function filePublicComplaint(t: TestApp, payload: object, remoteAddress: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload,
    remoteAddress,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { ticket: string; trackingSecret: string };
  const row = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', body.ticket)
    .executeTakeFirstOrThrow();
  return { ...body, id: row.id };
}

/** One PNG chunk (length, type, data, CRC). */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 2×2 PNG with a tEXt chunk carrying a GPS position, so tests can check that metadata is removed. */
export function makePngWithMetadata(text = 'GPS -2.9912,104.7321'): Buffer {
  const chunk = pngChunk;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * `n` closed complaints of a category written in one statement (no workflow, no audit): bulk rows for list and
 * count tests that need more complaints than filing them one by one allows.
 */
export async function seedClosedComplaints(
  db: Database,
  n: number,
  opts: { categoryId: number; unitId: number; receivedAt: Date },
) {
  await sql`
    insert into complaints (ticket, tracking_hash, category_id, unit_id, kind, channel, description, kelurahan,
                            address, status, received_at, closed_at, close_reason)
    select 'KTP-1999-' || lpad(g::text, 6, '0'), md5('seed-' || g), ${opts.categoryId}, ${opts.unitId}, 'PENGADUAN',
           'WEB', 'Jalan berlubang di depan sekolah (data uji ' || g || ')', 'Uji', 'Jl. Uji No. ' || g, 'DITUTUP',
           ${opts.receivedAt}, ${opts.receivedAt}, 'OTOMATIS'
      from generate_series(1, ${n}) g`.execute(db);
}
