import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedPosition, seedUnit, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { findUnitSubtreeIds } from './org.service';

let t: TestApp;
let admin: string;
let pegawai: string;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;

beforeAll(async () => {
  t = await createTestApp();
  tree = await seedOrgTree(t.db);
  await seedUser(t.db, { username: 'admin-org', roles: ['ADMIN_KEPEGAWAIAN'] });
  const staff = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  admin = await t.login('admin-org');
  pegawai = await t.login(staff.username!);
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const send = (method: 'POST' | 'PATCH', url: string, cookie: string | undefined, payload: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });

describe('GET /api/v1/org/units', () => {
  it('returns 401 to anonymous callers', async () => {
    const res = await get('/api/v1/org/units');
    expect(res.statusCode).toBe(401);
  });

  it('lists every unit to any logged-in employee', async () => {
    const res = await get('/api/v1/org/units', pegawai);
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((u: { name: string }) => u.name);
    expect(names).toEqual(
      expect.arrayContaining(['Kota Uji', 'Kecamatan Uji', 'Seksi Uji', 'Kelurahan Uji']),
    );
  });
});

describe('POST /api/v1/org/units', () => {
  it('creates a unit under a parent and audits it', async () => {
    const res = await send('POST', '/api/v1/org/units', admin, {
      parentId: tree.units.kecamatan,
      name: 'Kelurahan Baru',
      type: 'KELURAHAN',
      kemendagriCode: '16.71.13.1099',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      parentId: tree.units.kecamatan,
      kemendagriCode: '16.71.13.1099',
      isActive: true,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'org_unit')
      .where('entity_id', '=', String(res.json().id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['org_unit.created']);
  });

  it('returns 403 when the actor is not Admin Kepegawaian', async () => {
    const res = await send('POST', '/api/v1/org/units', pegawai, {
      parentId: null,
      name: 'X',
      type: 'LAINNYA',
    });
    expect(res.statusCode).toBe(403);
  });

  it('returns 400 naming parentId when the parent does not exist', async () => {
    const res = await send('POST', '/api/v1/org/units', admin, {
      parentId: 999_999,
      name: 'X',
      type: 'SEKSI',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('parentId');
  });

  it('returns 409 naming kemendagriCode when the code is taken', async () => {
    await seedUnit(t.db, { code: '16.71.14', type: 'KECAMATAN', parentId: tree.units.kota });
    const res = await send('POST', '/api/v1/org/units', admin, {
      parentId: tree.units.kota,
      name: 'Kecamatan Lain',
      type: 'KECAMATAN',
      kemendagriCode: '16.71.14',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('kemendagriCode');
  });

  it('returns 400 for a malformed Kemendagri code', async () => {
    const res = await send('POST', '/api/v1/org/units', admin, {
      parentId: null,
      name: 'X',
      type: 'KOTA',
      kemendagriCode: '16-71',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.kemendagriCode');
  });
});

describe('PATCH /api/v1/org/units/:id', () => {
  it('renames a unit', async () => {
    const id = await seedUnit(t.db, { parentId: tree.units.kecamatan, name: 'Seksi Lama', type: 'SEKSI' });
    const res = await send('PATCH', `/api/v1/org/units/${id}`, admin, { name: 'Seksi Baru' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, name: 'Seksi Baru', type: 'SEKSI' });
  });

  it('returns 400 naming parentId when the new parent is one of its sub-units (a cycle)', async () => {
    const res = await send('PATCH', `/api/v1/org/units/${tree.units.kecamatan}`, admin, {
      parentId: tree.units.seksi,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('parentId');
  });

  it('returns 400 naming parentId when the unit would be its own parent', async () => {
    const res = await send('PATCH', `/api/v1/org/units/${tree.units.seksi}`, admin, {
      parentId: tree.units.seksi,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('parentId');
  });

  it('returns 404 for an unknown unit', async () => {
    const res = await send('PATCH', '/api/v1/org/units/999999', admin, { name: 'X' });
    expect(res.statusCode).toBe(404);
  });

  it('returns 403 when the actor is not Admin Kepegawaian', async () => {
    const res = await send('PATCH', `/api/v1/org/units/${tree.units.seksi}`, pegawai, { name: 'X' });
    expect(res.statusCode).toBe(403);
  });
});

describe('findUnitSubtreeIds', () => {
  it('returns the unit and every unit below it', async () => {
    const ids = await findUnitSubtreeIds(t.db, tree.units.kecamatan);
    expect(ids).toEqual(
      expect.arrayContaining([tree.units.kecamatan, tree.units.seksi, tree.units.kelurahan]),
    );
    expect(ids).not.toContain(tree.units.kota);
  });
});

describe('GET /api/v1/org/positions', () => {
  it('lists positions with unit, superior and current holder to any logged-in employee', async () => {
    const res = await get(`/api/v1/org/positions?unitId=${tree.units.seksi}`, pegawai);
    expect(res.statusCode).toBe(200);
    const staf = res.json().items.find((p: { id: number }) => p.id === tree.positions.staf);
    expect(staf).toMatchObject({
      unitName: 'Seksi Uji',
      superiorPositionId: tree.positions.kasi,
      superiorPositionName: 'Kasi Uji',
      holder: { employeeId: expect.any(Number) },
    });
  });

  it('includes positions of sub-units when filtering by a unit', async () => {
    const res = await get(`/api/v1/org/positions?unitId=${tree.units.kecamatan}&pageSize=100`, admin);
    const ids = res.json().items.map((p: { id: number }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(tree.positions)));
  });

  it('filters vacant positions', async () => {
    const res = await get(`/api/v1/org/positions?unitId=${tree.units.seksi}&vacant=true`, admin);
    const ids = res.json().items.map((p: { id: number }) => p.id);
    expect(ids).toContain(tree.positions.kasi);
    expect(ids).not.toContain(tree.positions.staf);
  });

  it('returns 401 to anonymous callers', async () => {
    expect((await get('/api/v1/org/positions')).statusCode).toBe(401);
  });
});

describe('POST /api/v1/org/positions', () => {
  it('creates a position under a superior', async () => {
    const res = await send('POST', '/api/v1/org/positions', admin, {
      name: 'Analis Uji',
      category: 'FUNGSIONAL',
      unitId: tree.units.seksi,
      superiorPositionId: tree.positions.kasi,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Analis Uji',
      unitName: 'Seksi Uji',
      holder: null,
      isActive: true,
    });
  });

  it('returns 400 naming unitId when the unit does not exist', async () => {
    const res = await send('POST', '/api/v1/org/positions', admin, {
      name: 'X',
      category: 'PELAKSANA',
      unitId: 999_999,
      superiorPositionId: null,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('unitId');
  });

  it('returns 400 naming superiorPositionId when the superior does not exist', async () => {
    const res = await send('POST', '/api/v1/org/positions', admin, {
      name: 'X',
      category: 'PELAKSANA',
      unitId: tree.units.seksi,
      superiorPositionId: 999_999,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('superiorPositionId');
  });

  it('returns 403 when the actor is not Admin Kepegawaian', async () => {
    const res = await send('POST', '/api/v1/org/positions', pegawai, {
      name: 'X',
      category: 'PELAKSANA',
      unitId: tree.units.seksi,
      superiorPositionId: null,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('PATCH /api/v1/org/positions/:id', () => {
  it('returns 400 naming superiorPositionId when the new superior lies below the position (a cycle)', async () => {
    const res = await send('PATCH', `/api/v1/org/positions/${tree.positions.camat}`, admin, {
      superiorPositionId: tree.positions.staf,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('superiorPositionId');
  });

  it('returns 400 naming superiorPositionId when the position would be its own superior', async () => {
    const res = await send('PATCH', `/api/v1/org/positions/${tree.positions.kasi}`, admin, {
      superiorPositionId: tree.positions.kasi,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('superiorPositionId');
  });

  it('moves a position under another superior', async () => {
    const unit = await seedUnit(t.db, { parentId: tree.units.kecamatan });
    const a = await seedPosition(t.db, { unitId: unit, superiorId: tree.positions.camat });
    const res = await send('PATCH', `/api/v1/org/positions/${a}`, admin, {
      superiorPositionId: tree.positions.lurah,
      name: 'Jabatan Dipindah',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ superiorPositionId: tree.positions.lurah, name: 'Jabatan Dipindah' });
  });

  it('returns 409 when deactivating a position somebody holds', async () => {
    const res = await send('PATCH', `/api/v1/org/positions/${tree.positions.staf}`, admin, {
      isActive: false,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('isActive');
  });

  it('returns 403 when the actor is not Admin Kepegawaian', async () => {
    const res = await send('PATCH', `/api/v1/org/positions/${tree.positions.staf}`, pegawai, { name: 'X' });
    expect(res.statusCode).toBe(403);
  });
});
