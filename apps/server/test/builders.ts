import type { PositionCategory, Role, UnitType } from '@sim/contracts';
import type { Database } from '../src/db/database';
import { systemContext } from '../src/lib/actor';
import { createUser } from '../src/modules/auth/auth.service';
import { updateUser } from '../src/modules/auth/auth.repository';
import { TEST_PASSWORD } from './test-app';

let seq = 0;
const next = () => ++seq;

/** A persisted account with the given roles and the shared test password. */
export async function seedUser(
  db: Database,
  overrides: {
    username?: string;
    roles?: Role[];
    employeeId?: number | null;
    password?: string;
    displayName?: string;
  } = {},
) {
  const n = next();
  const username = overrides.username ?? `pengguna${n}`;
  const id = await createUser(db, systemContext('test'), {
    username,
    displayName: overrides.displayName ?? `Pengguna ${n}`,
    roles: overrides.roles ?? ['PEGAWAI'],
    employeeId: overrides.employeeId ?? null,
    password: overrides.password ?? TEST_PASSWORD,
  });
  await updateUser(db, id, { must_change_password: false });
  return { id, username };
}

// ---------------------------------------------------------------- organisation and employees

export type NipParts = {
  birthDate?: string;
  tmt?: string;
  gender?: 'L' | 'P';
  serial?: number;
  kind?: 'PNS' | 'PPPK';
};

/** A valid NIP (PNS by default: born 1990-01-15, TMT 2015-03, male); a new serial on each call. */
export function makeNip(o: NipParts = {}): string {
  const n = next();
  const birth = (o.birthDate ?? '1990-01-15').replace(/-/g, '');
  const gender = o.gender === 'P' ? '2' : '1';
  const serial = String(o.serial ?? (n % 999) + 1).padStart(3, '0');
  if (o.kind === 'PPPK') return `${birth}${(o.tmt ?? '2022').slice(0, 4)}21${gender}${serial}`;
  return `${birth}${(o.tmt ?? '2015-03').replace('-', '')}${gender}${serial}`;
}

/** A POST /api/v1/employees body. */
export function makeEmployeeInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return { nip: makeNip(), name: `Pegawai Uji ${n}`, kind: 'PNS', golongan: 'III/a', ...overrides };
}

export async function seedUnit(
  db: Database,
  overrides: { parentId?: number | null; name?: string; type?: UnitType; code?: string | null } = {},
) {
  const n = next();
  const row = await db
    .insertInto('org_units')
    .values({
      parent_id: overrides.parentId ?? null,
      name: overrides.name ?? `Unit ${n}`,
      type: overrides.type ?? 'LAINNYA',
      kemendagri_code: overrides.code ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function seedPosition(
  db: Database,
  overrides: {
    unitId: number;
    superiorId?: number | null;
    name?: string;
    category?: PositionCategory;
    isActive?: boolean;
  },
) {
  const n = next();
  const row = await db
    .insertInto('positions')
    .values({
      name: overrides.name ?? `Jabatan ${n}`,
      category: overrides.category ?? 'PELAKSANA',
      unit_id: overrides.unitId,
      superior_position_id: overrides.superiorId ?? null,
      is_active: overrides.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * A persisted employee, optionally holding a position from `since` (and until `until`), optionally with a login
 * account (username = NIP, the test password, PEGAWAI plus the given roles).
 */
export async function seedEmployee(
  db: Database,
  overrides: {
    name?: string;
    nip?: string;
    kind?: 'PNS' | 'PPPK';
    gender?: 'L' | 'P';
    positionId?: number;
    since?: string;
    until?: string | null;
    isActive?: boolean;
    login?: boolean;
    roles?: Role[];
  } = {},
) {
  const n = next();
  const kind = overrides.kind ?? 'PNS';
  const gender = overrides.gender ?? 'L';
  const nip = overrides.nip ?? makeNip({ kind, gender });
  const { id } = await db
    .insertInto('employees')
    .values({
      nip,
      name: overrides.name ?? `Pegawai ${n}`,
      front_title: null,
      back_title: null,
      kind,
      gender,
      birth_date: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt: kind === 'PNS' ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : `${nip.slice(8, 12)}-01`,
      golongan: kind === 'PNS' ? 'III/a' : 'IX',
      email: null,
      phone: null,
      is_active: overrides.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (overrides.positionId) {
    await db
      .insertInto('employee_positions')
      .values({
        employee_id: id,
        position_id: overrides.positionId,
        start_date: overrides.since ?? '2024-01-02',
        end_date: overrides.until ?? null,
        reason: 'Data uji',
      })
      .execute();
  }
  let username: string | null = null;
  if (overrides.login || overrides.roles) {
    username = nip;
    await seedUser(db, { username, employeeId: id, roles: ['PEGAWAI', ...(overrides.roles ?? [])] });
  }
  return { id, nip, username };
}

/**
 * A small office: Kota → Kecamatan → (Seksi, Kelurahan). Positions Camat ← Kasi ← Staf in the seksi, and
 * Camat ← Lurah ← Staf Kelurahan in the kelurahan. Nobody holds them yet.
 */
export async function seedOrgTree(db: Database) {
  const kota = await seedUnit(db, { name: 'Kota Uji', type: 'KOTA' });
  const kecamatan = await seedUnit(db, { parentId: kota, name: 'Kecamatan Uji', type: 'KECAMATAN' });
  const seksi = await seedUnit(db, { parentId: kecamatan, name: 'Seksi Uji', type: 'SEKSI' });
  const kelurahan = await seedUnit(db, { parentId: kecamatan, name: 'Kelurahan Uji', type: 'KELURAHAN' });
  const camat = await seedPosition(db, { unitId: kecamatan, name: 'Camat Uji', category: 'ADMINISTRATOR' });
  const kasi = await seedPosition(db, {
    unitId: seksi,
    superiorId: camat,
    name: 'Kasi Uji',
    category: 'PENGAWAS',
  });
  const staf = await seedPosition(db, { unitId: seksi, superiorId: kasi, name: 'Staf Seksi Uji' });
  const lurah = await seedPosition(db, {
    unitId: kelurahan,
    superiorId: camat,
    name: 'Lurah Uji',
    category: 'PENGAWAS',
  });
  const stafKel = await seedPosition(db, {
    unitId: kelurahan,
    superiorId: lurah,
    name: 'Staf Kelurahan Uji',
  });
  return {
    units: { kota, kecamatan, seksi, kelurahan },
    positions: { camat, kasi, staf, lurah, stafKel },
  };
}

type MultipartFile = { filename: string; content: Buffer | string; contentType?: string; field?: string };

/** A multipart/form-data body for app.inject (fields first, then the file or files). */
export function multipart(fields: Record<string, string>, fileOrFiles?: MultipartFile | MultipartFile[]) {
  const boundary = `----sim-test-${next()}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const file of Array.isArray(fileOrFiles) ? fileOrFiles : fileOrFiles ? [fileOrFiles] : []) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
          `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
    );
    chunks.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
