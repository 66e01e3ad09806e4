import type { UnitType } from '@sim/contracts';
import type { SkmAnswer } from '@sim/domain';
import { seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';
import type { Database } from '../../db/database';

// Test data for the SKM tests: a small kecamatan (PATEN counter with a Kasi and two officers, one kelurahan with
// its Lurah), accounts for every role the policy distinguishes, and helpers to create, open and answer surveys.

let nipSeq = 100;

async function unit(db: Database, name: string, type: UnitType, parentId: number | null) {
  const row = await db
    .insertInto('org_units')
    .values({ name, type, parent_id: parentId, kemendagri_code: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function employeeIn(
  db: Database,
  unitId: number,
  name: string,
  positionName: string,
  superiorPositionId: number | null,
) {
  const position = await db
    .insertInto('positions')
    .values({
      name: positionName,
      category: 'PELAKSANA',
      unit_id: unitId,
      superior_position_id: superiorPositionId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const serial = String(nipSeq++).padStart(3, '0');
  const employee = await db
    .insertInto('employees')
    .values({
      nip: `198001012006041${serial}`.slice(0, 18).padEnd(18, '0'),
      name,
      front_title: null,
      back_title: null,
      kind: 'PNS',
      gender: 'L',
      birth_date: '1980-01-01',
      tmt: '2006-04',
      golongan: 'III/a',
      email: null,
      phone: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('employee_positions')
    .values({
      employee_id: employee.id,
      position_id: position.id,
      start_date: '2020-01-01',
      end_date: null,
      reason: null,
    })
    .execute();
  return { employeeId: employee.id, positionId: position.id };
}

export type SkmWorld = Awaited<ReturnType<typeof seedSkmWorld>>;

/** The organisation and accounts the SKM tests use. */
export async function seedSkmWorld(db: Database) {
  const kecamatan = await unit(db, 'Kecamatan Uji', 'KECAMATAN', null);
  const paten = await unit(db, 'Seksi Pelayanan Umum (PATEN)', 'SEKSI', kecamatan);
  const kelurahan = await unit(db, 'Kelurahan Uji', 'KELURAHAN', kecamatan);
  const camat = await employeeIn(db, kecamatan, 'Camat Uji', 'Camat', null);
  const kasi = await employeeIn(db, paten, 'Kasi Paten', 'Kasi Pelayanan', camat.positionId);
  const officerA = await employeeIn(db, paten, 'Petugas Andi', 'Petugas Loket 1', kasi.positionId);
  const officerB = await employeeIn(db, paten, 'Petugas Budi', 'Petugas Loket 2', kasi.positionId);
  const lurah = await employeeIn(db, kelurahan, 'Lurah Uji', 'Lurah', camat.positionId);
  const users = {
    admin: await seedUser(db, { username: 'skm-admin', roles: ['ADMIN_KEPEGAWAIAN'] }),
    camat: await seedUser(db, { username: 'skm-camat', roles: ['PIMPINAN'], employeeId: camat.employeeId }),
    kasi: await seedUser(db, { username: 'skm-kasi', roles: ['PEGAWAI'], employeeId: kasi.employeeId }),
    andi: await seedUser(db, { username: 'skm-andi', roles: ['PEGAWAI'], employeeId: officerA.employeeId }),
    lurah: await seedUser(db, { username: 'skm-lurah', roles: ['PEGAWAI'], employeeId: lurah.employeeId }),
    petugas: await seedUser(db, { username: 'skm-petugas', roles: ['PETUGAS_PENGADUAN'] }),
    outsider: await seedUser(db, { username: 'skm-luar', roles: ['PEGAWAI'] }),
  };
  return {
    units: { kecamatan, paten, kelurahan },
    people: { camat, kasi, officerA, officerB, lurah },
    users,
  };
}

export const SERVICES = ['Surat keterangan domisili', 'Legalisasi dokumen'];

/** Creates (as admin) and opens a survey of the PATEN counter for 2026 semester 2; returns its JSON. */
export async function openSurvey(
  t: TestApp,
  cookie: string,
  unitId: number,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; code: string; [k: string]: unknown }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/surveys',
    headers: { cookie },
    payload: {
      unitId,
      title: 'SKM PATEN Semester II 2026',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      serviceTypes: SERVICES,
      population: 100,
      ...overrides,
    },
  });
  if (created.statusCode !== 201) throw new Error(`create survey: ${created.statusCode} ${created.body}`);
  const id = created.json().id as number;
  const opened = await t.app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${id}/status`,
    headers: { cookie },
    payload: { status: 'OPEN' },
  });
  if (opened.statusCode !== 200) throw new Error(`open survey: ${opened.statusCode} ${opened.body}`);
  return opened.json();
}

let ipSeq = 1;
/** A distinct client address per call, so rate limits and duplicate detection stay out of the way. */
export const nextIp = () => `10.0.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`;

/** Submits one public response from a fresh address; returns the raw reply. */
export async function answer(
  t: TestApp,
  code: string,
  answers: SkmAnswer,
  extra: Record<string, unknown> = {},
  client: { ip?: string; userAgent?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/public/surveys/${code}/responses`,
    remoteAddress: client.ip ?? nextIp(),
    headers: { 'user-agent': client.userAgent ?? 'Mozilla/5.0 (Linux; Android 10) Uji' },
    payload: { answers, serviceType: SERVICES[0], ...extra },
  });
}

/** All nine unsur answered with the same value. */
export const allNine = (v: 1 | 2 | 3 | 4): SkmAnswer => ({
  U1: v,
  U2: v,
  U3: v,
  U4: v,
  U5: v,
  U6: v,
  U7: v,
  U8: v,
  U9: v,
});
