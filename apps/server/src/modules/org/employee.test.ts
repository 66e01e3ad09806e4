import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEmployeeInput, makeNip, seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { findSubordinateEmployeeIds, getSuperiorOf } from './org.service';

// Today is 15 June 2026 (10:00 WIB) for every test in this file.
const NOW = new Date('2026-06-15T03:00:00Z');

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
const people = {} as Record<
  'camat' | 'kasi' | 'staf' | 'stafKel',
  { id: number; nip: string; username: string | null }
>;
const cookies = {} as Record<'admin' | 'pimpinan' | 'camat' | 'kasi' | 'staf' | 'noEmployee', string>;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  tree = await seedOrgTree(t.db);
  // The Lurah post stays vacant: the kelurahan staff's superior is the Camat, acting.
  people.camat = await seedEmployee(t.db, {
    name: 'Camat Satu',
    positionId: tree.positions.camat,
    login: true,
  });
  people.kasi = await seedEmployee(t.db, { name: 'Kasi Dua', positionId: tree.positions.kasi, login: true });
  people.staf = await seedEmployee(t.db, { name: 'Staf Tiga', positionId: tree.positions.staf, login: true });
  people.stafKel = await seedEmployee(t.db, {
    name: 'Staf Kelurahan Empat',
    positionId: tree.positions.stafKel,
  });
  await seedUser(t.db, { username: 'admin-peg', roles: ['ADMIN_KEPEGAWAIAN'] });
  await seedUser(t.db, { username: 'pimpinan-peg', roles: ['PIMPINAN'] });
  await seedUser(t.db, { username: 'petugas-tanpa-pegawai', roles: ['PETUGAS_PENGADUAN'] });
  cookies.admin = await t.login('admin-peg');
  cookies.pimpinan = await t.login('pimpinan-peg');
  cookies.camat = await t.login(people.camat.username!);
  cookies.kasi = await t.login(people.kasi.username!);
  cookies.staf = await t.login(people.staf.username!);
  cookies.noEmployee = await t.login('petugas-tanpa-pegawai');
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) =>
  t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const send = (method: 'POST' | 'PATCH', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} });
const idsOf = (res: { json(): { items: { id: number }[] } }) =>
  res
    .json()
    .items.map((e) => e.id)
    .sort((a, b) => a - b);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('POST /api/v1/employees', () => {
  it('creates the employee with gender and birth date from the NIP, a position and a PEGAWAI account', async () => {
    const nip = makeNip({ birthDate: '1988-07-21', tmt: '2012-04', gender: 'P' });
    const res = await send('POST', '/api/v1/employees', cookies.admin, {
      nip: `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`,
      name: 'Siti Rahmah',
      frontTitle: 'Dr.',
      backTitle: 'S.Sos., M.Si.',
      kind: 'PNS',
      golongan: 'iii/c',
      email: 'siti@example.id',
      phone: '0812-3456-7890',
      positionId: tree.positions.staf,
      startDate: '2026-01-05',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      nip,
      fullName: 'Dr. Siti Rahmah, S.Sos., M.Si.',
      gender: 'P',
      birthDate: '1988-07-21',
      tmt: '2012-04',
      golongan: 'III/c',
      pangkat: 'Penata',
      isActive: true,
      position: { id: tree.positions.staf, unitName: 'Seksi Uji' },
      superior: { employeeId: people.kasi.id, isActing: false },
      history: [{ positionId: tree.positions.staf, startDate: '2026-01-05', endDate: null }],
    });
    const user = await t.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', nip)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      employee_id: body.id,
      must_change_password: true,
      display_name: body.fullName,
    });
    expect(body.userId).toBe(user.id);
    const roles = await t.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
    expect(roles.map((r) => r.role)).toEqual(['PEGAWAI']);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where((eb) =>
        eb.or([
          eb.and([eb('entity_type', '=', 'employee'), eb('entity_id', '=', String(body.id))]),
          eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', String(user.id))]),
        ]),
      )
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['auth.user_created', 'employee.created']);
  });

  it('gives the new account no usable password until an admin resets it', async () => {
    const input = makeEmployeeInput();
    expect((await send('POST', '/api/v1/employees', cookies.admin, input)).statusCode).toBe(201);
    const res = await send('POST', '/api/v1/auth/login', undefined, {
      username: input.nip,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(401);
  });

  it('accepts a PPPK NIP for a PPPK employee with a PPPK golongan', async () => {
    const nip = makeNip({ kind: 'PPPK', birthDate: '1995-02-10', tmt: '2023', gender: 'L' });
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip, kind: 'PPPK', golongan: 'ix' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'PPPK',
      golongan: 'IX',
      pangkat: null,
      gender: 'L',
      birthDate: '1995-02-10',
    });
  });

  it('stores HTML and script in names as plain text, unchanged', async () => {
    const name = '<script>alert("x")</script><b>Budi</b> & Co';
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ name, backTitle: '<i>S.T.</i>' }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('application/json');
    const detail = await get(`/api/v1/employees/${res.json().id}`, cookies.admin);
    expect(detail.json()).toMatchObject({ name, backTitle: '<i>S.T.</i>', fullName: `${name}, <i>S.T.</i>` });
    const row = await t.db
      .selectFrom('employees')
      .select('name')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(name);
  });

  it.each([
    ['too short', '19900115201503100'],
    ['letters', '1990011520150310AB'],
    ['an impossible birth date (31 February)', '199002312015031001'],
    ['TMT month 13', '199001152015131001'],
    ['gender digit 3', '199001152015033001'],
    ['serial 000', '199001152015031000'],
    ['appointment before age 18', '199001152005031001'],
    ['a birth date in the future', '203001152015031001'],
  ])('returns 400 naming nip for %s', async (_label, nip) => {
    const res = await send('POST', '/api/v1/employees', cookies.admin, makeEmployeeInput({ nip }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('nip');
    expect(res.json().error.message).toMatch(/NIP|TMT|Tanggal/);
  });

  it('returns 400 naming nip when a PNS NIP is given for a PPPK employee', async () => {
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ kind: 'PPPK', golongan: 'V' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'nip', code: 'NIP_KIND_MISMATCH' });
  });

  it('returns 400 naming gender when the gender sent does not match the NIP', async () => {
    const nip = makeNip({ gender: 'L' });
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip, gender: 'P' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('gender');
  });

  it('returns 400 naming birthDate when the birth date sent does not match the NIP', async () => {
    const nip = makeNip({ birthDate: '1990-01-15' });
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip, birthDate: '1990-01-16' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('birthDate');
  });

  it('accepts a gender and birth date that match the NIP', async () => {
    const nip = makeNip({ birthDate: '1991-03-04', gender: 'P' });
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip, gender: 'P', birthDate: '1991-03-04' }),
    );
    expect(res.statusCode).toBe(201);
  });

  it('returns 409 when the NIP already exists', async () => {
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip: people.staf.nip }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('nip');
  });

  it('returns 400 naming golongan for a golongan of the other scale', async () => {
    const res = await send('POST', '/api/v1/employees', cookies.admin, makeEmployeeInput({ golongan: 'IX' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('golongan');
  });

  it('returns 400 naming positionId when the position does not exist', async () => {
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ positionId: 999_999 }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('positionId');
  });

  it('returns 400 naming startDate when the position would start before the appointment in the NIP', async () => {
    const nip = makeNip({ tmt: '2015-03' });
    const res = await send(
      'POST',
      '/api/v1/employees',
      cookies.admin,
      makeEmployeeInput({ nip, positionId: tree.positions.staf, startDate: '2015-02-28' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('startDate');
  });

  it('returns 403 when a pegawai tries to create an employee', async () => {
    const res = await send('POST', '/api/v1/employees', cookies.staf, makeEmployeeInput());
    expect(res.statusCode).toBe(403);
  });

  it('returns 403 when the Pimpinan tries to create an employee', async () => {
    const res = await send('POST', '/api/v1/employees', cookies.pimpinan, makeEmployeeInput());
    expect(res.statusCode).toBe(403);
  });

  it('returns 401 to anonymous callers', async () => {
    const res = await send('POST', '/api/v1/employees', undefined, makeEmployeeInput());
    expect(res.statusCode).toBe(401);
  });
});

describe('GET /api/v1/employees', () => {
  it('returns 401 to anonymous callers', async () => {
    expect((await get('/api/v1/employees')).statusCode).toBe(401);
  });

  it('searches by part of the name, case-insensitively', async () => {
    const res = await get('/api/v1/employees?q=kelurahan%20emp', cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(idsOf(res)).toEqual([people.stafKel.id]);
  });

  it('searches by NIP prefix, ignoring spaces', async () => {
    const nip = makeNip({ birthDate: '1979-12-30', tmt: '2004-01' });
    const { id } = await seedEmployee(t.db, { nip });
    const res = await get(`/api/v1/employees?q=${encodeURIComponent('19791230 2004')}`, cookies.admin);
    expect(idsOf(res)).toEqual([id]);
  });

  it('filters by unit including its sub-units', async () => {
    const res = await get(`/api/v1/employees?unitId=${tree.units.kecamatan}&pageSize=200`, cookies.admin);
    expect(idsOf(res)).toEqual(
      expect.arrayContaining([people.camat.id, people.kasi.id, people.staf.id, people.stafKel.id]),
    );
    const kel = await get(`/api/v1/employees?unitId=${tree.units.kelurahan}`, cookies.admin);
    expect(idsOf(kel)).toEqual([people.stafKel.id]);
  });

  it('filters by kind and by status', async () => {
    const pppk = await seedEmployee(t.db, { kind: 'PPPK', name: 'Pegawai PPPK Saring' });
    const gone = await seedEmployee(t.db, { isActive: false, name: 'Pegawai Nonaktif Saring' });
    const byKind = await get('/api/v1/employees?kind=PPPK&q=saring', cookies.admin);
    expect(idsOf(byKind)).toEqual([pppk.id]);
    const inactive = await get('/api/v1/employees?status=inactive&q=saring', cookies.admin);
    expect(idsOf(inactive)).toEqual([gone.id]);
    const all = await get('/api/v1/employees?status=all&q=saring', cookies.admin);
    expect(idsOf(all)).toEqual(sorted([pppk.id, gone.id]));
  });

  it('pages with a total and sorts by name', async () => {
    const first = await get('/api/v1/employees?pageSize=2&page=1&sort=name', cookies.admin);
    const second = await get('/api/v1/employees?pageSize=2&page=2&sort=name', cookies.admin);
    expect(first.json().items).toHaveLength(2);
    expect(first.json().total).toBeGreaterThan(4);
    expect(second.json().total).toBe(first.json().total);
    const names = [...first.json().items, ...second.json().items].map((e: { name: string }) =>
      e.name.toLowerCase(),
    );
    expect(names).toEqual([...names].sort());
  });

  it('shows a pegawai only themself and their subordinates', async () => {
    const kasi = await get('/api/v1/employees?pageSize=200', cookies.kasi);
    expect(idsOf(kasi)).toEqual(expect.arrayContaining([people.kasi.id, people.staf.id]));
    expect(idsOf(kasi)).not.toContain(people.camat.id);
    expect(idsOf(kasi)).not.toContain(people.stafKel.id);
    const staf = await get('/api/v1/employees?pageSize=200', cookies.staf);
    expect(idsOf(staf)).toEqual([people.staf.id]);
  });

  it('shows an atasan subordinates transitively, through a vacant position', async () => {
    const res = await get(`/api/v1/employees?pageSize=200&unitId=${tree.units.kecamatan}`, cookies.camat);
    expect(idsOf(res)).toEqual(
      expect.arrayContaining([people.camat.id, people.kasi.id, people.staf.id, people.stafKel.id]),
    );
  });

  it('shows the Pimpinan everybody', async () => {
    const res = await get('/api/v1/employees?pageSize=200', cookies.pimpinan);
    const admin = await get('/api/v1/employees?pageSize=200', cookies.admin);
    expect(res.json().total).toBe(admin.json().total);
  });

  it('shows nobody to an account without an employee record or a reading role', async () => {
    const res = await get('/api/v1/employees', cookies.noEmployee);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ items: [], total: 0 });
  });
});

describe('GET /api/v1/employees/:id', () => {
  it('returns the detail with history and current superior', async () => {
    const res = await get(`/api/v1/employees/${people.staf.id}`, cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: people.staf.id,
      position: { id: tree.positions.staf },
      superior: {
        employeeId: people.kasi.id,
        fullName: 'Kasi Dua',
        positionName: 'Kasi Uji',
        isActing: false,
      },
      history: [{ positionId: tree.positions.staf, endDate: null }],
    });
  });

  it('lets an atasan read a subordinate', async () => {
    expect((await get(`/api/v1/employees/${people.staf.id}`, cookies.kasi)).statusCode).toBe(200);
  });

  it('lets a pegawai read their own record', async () => {
    expect((await get(`/api/v1/employees/${people.staf.id}`, cookies.staf)).statusCode).toBe(200);
  });

  it('returns 403 when a pegawai reads a colleague or their superior', async () => {
    expect((await get(`/api/v1/employees/${people.stafKel.id}`, cookies.staf)).statusCode).toBe(403);
    expect((await get(`/api/v1/employees/${people.kasi.id}`, cookies.staf)).statusCode).toBe(403);
  });

  it('returns 403, not 404, to a pegawai asking for an id that does not exist', async () => {
    expect((await get('/api/v1/employees/999999', cookies.staf)).statusCode).toBe(403);
  });

  it('returns 404 to an admin for an id that does not exist', async () => {
    expect((await get('/api/v1/employees/999999', cookies.admin)).statusCode).toBe(404);
  });
});

describe('PATCH /api/v1/employees/:id', () => {
  it('edits the name, titles and golongan and keeps the account name in step', async () => {
    const e = await seedEmployee(t.db, { login: true });
    const res = await send('PATCH', `/api/v1/employees/${e.id}`, cookies.admin, {
      name: 'Nama Diubah',
      frontTitle: 'H.',
      golongan: 'IV/a',
      phone: '+62 812 1111 2222',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fullName: 'H. Nama Diubah',
      golongan: 'IV/a',
      pangkat: 'Pembina',
      phone: '+62 812 1111 2222',
    });
    const user = await t.db
      .selectFrom('users')
      .select('display_name')
      .where('employee_id', '=', e.id)
      .executeTakeFirstOrThrow();
    expect(user.display_name).toBe('H. Nama Diubah');
  });

  it('returns 400 naming gender when the gender contradicts the NIP', async () => {
    const e = await seedEmployee(t.db, { gender: 'L' });
    const res = await send('PATCH', `/api/v1/employees/${e.id}`, cookies.admin, { gender: 'P' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('gender');
  });

  it('returns 400 naming golongan for an unknown golongan', async () => {
    const res = await send('PATCH', `/api/v1/employees/${people.staf.id}`, cookies.admin, {
      golongan: 'V/a',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('golongan');
  });

  it('returns 403 when a pegawai edits even their own record', async () => {
    const res = await send('PATCH', `/api/v1/employees/${people.staf.id}`, cookies.staf, {
      name: 'Saya Sendiri',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/v1/employees/:id/deactivate and /activate', () => {
  it('ends the assignment today, disables the login, and activation re-enables it', async () => {
    const unitPosition = await seedEmployee(t.db, {
      positionId: tree.positions.stafKel,
      login: true,
      since: '2025-01-02',
    });
    const before = await t.login(unitPosition.username!);
    const res = await send('POST', `/api/v1/employees/${unitPosition.id}/deactivate`, cookies.admin, {
      reason: 'Pindah tugas ke luar Kota Palembang',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      isActive: false,
      position: null,
      history: [{ positionId: tree.positions.stafKel, startDate: '2025-01-02', endDate: '2026-06-14' }],
    });
    expect((await get('/api/v1/auth/me', before)).statusCode).toBe(401);
    const login = await send('POST', '/api/v1/auth/login', undefined, {
      username: unitPosition.username!,
      password: TEST_PASSWORD,
    });
    expect(login.statusCode).toBe(401);

    const again = await send('POST', `/api/v1/employees/${unitPosition.id}/deactivate`, cookies.admin, {
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);

    const activated = await send('POST', `/api/v1/employees/${unitPosition.id}/activate`, cookies.admin);
    expect(activated.statusCode).toBe(200);
    expect(activated.json()).toMatchObject({ isActive: true, position: null });
    await t.login(unitPosition.username!);
  });

  it('leaves the post vacant from today, so the next filled post up acts as superior', async () => {
    const lurah = await seedEmployee(t.db, { positionId: tree.positions.lurah, since: '2024-01-02' });
    const before = await get(`/api/v1/employees/${people.stafKel.id}/superior`, cookies.admin);
    expect(before.json().superior).toMatchObject({ employeeId: lurah.id, isActing: false });
    await send('POST', `/api/v1/employees/${lurah.id}/deactivate`, cookies.admin, { reason: 'Pensiun' });
    const after = await get(`/api/v1/employees/${people.stafKel.id}/superior`, cookies.admin);
    expect(after.json().superior).toMatchObject({
      employeeId: people.camat.id,
      positionId: tree.positions.camat,
      isActing: true,
    });
    const yesterday = await get(
      `/api/v1/employees/${people.stafKel.id}/superior?date=2026-06-14`,
      cookies.admin,
    );
    expect(yesterday.json().superior.employeeId).toBe(lurah.id);
  });

  it('returns 400 when the reason is missing', async () => {
    const res = await send('POST', `/api/v1/employees/${people.staf.id}/deactivate`, cookies.admin, {
      reason: ' ',
    });
    expect(res.statusCode).toBe(400);
  });

  it('returns 403 when a pegawai deactivates someone', async () => {
    const res = await send('POST', `/api/v1/employees/${people.staf.id}/deactivate`, cookies.kasi, {
      reason: 'x',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/v1/employees/:id/transfer', () => {
  it('closes the current assignment the day before and keeps the history', async () => {
    const e = await seedEmployee(t.db, { positionId: tree.positions.staf, since: '2024-01-02' });
    const res = await send('POST', `/api/v1/employees/${e.id}/transfer`, cookies.admin, {
      positionId: tree.positions.stafKel,
      effectiveDate: '2026-03-01',
      reason: 'Mutasi ke kelurahan',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      position: { id: tree.positions.stafKel, unitName: 'Kelurahan Uji' },
      history: [
        {
          positionId: tree.positions.stafKel,
          startDate: '2026-03-01',
          endDate: null,
          reason: 'Mutasi ke kelurahan',
        },
        { positionId: tree.positions.staf, startDate: '2024-01-02', endDate: '2026-02-28' },
      ],
    });
  });

  it('answers who the superior was on a past date, and who acts for a vacant post today', async () => {
    const e = await seedEmployee(t.db, { positionId: tree.positions.staf, since: '2024-01-02' });
    await send('POST', `/api/v1/employees/${e.id}/transfer`, cookies.admin, {
      positionId: tree.positions.stafKel,
      effectiveDate: '2026-03-01',
      reason: 'Mutasi',
    });
    const past = await get(`/api/v1/employees/${e.id}/superior?date=2025-06-01`, cookies.admin);
    expect(past.statusCode).toBe(200);
    expect(past.json()).toEqual({
      date: '2025-06-01',
      superior: {
        employeeId: people.kasi.id,
        fullName: 'Kasi Dua',
        positionName: 'Kasi Uji',
        positionId: tree.positions.kasi,
        isActing: false,
      },
    });
    const lastDayBefore = await get(`/api/v1/employees/${e.id}/superior?date=2026-02-28`, cookies.admin);
    expect(lastDayBefore.json().superior.employeeId).toBe(people.kasi.id);
    const today = await get(`/api/v1/employees/${e.id}/superior`, cookies.admin);
    expect(today.json()).toMatchObject({
      date: '2026-06-15',
      superior: { employeeId: people.camat.id, positionId: tree.positions.camat, isActing: true },
    });
    const beforeHired = await get(`/api/v1/employees/${e.id}/superior?date=2020-01-01`, cookies.admin);
    expect(beforeHired.json().superior).toBeNull();
  });

  it('schedules a future transfer without changing today’s position', async () => {
    const e = await seedEmployee(t.db, { positionId: tree.positions.staf, since: '2024-01-02' });
    const res = await send('POST', `/api/v1/employees/${e.id}/transfer`, cookies.admin, {
      positionId: tree.positions.stafKel,
      effectiveDate: '2026-09-01',
      reason: 'Mutasi terjadwal',
    });
    expect(res.json().position.id).toBe(tree.positions.staf);
    expect(res.json().history).toHaveLength(2);
  });

  it('returns 400 naming effectiveDate when it is not after the current assignment started', async () => {
    const e = await seedEmployee(t.db, { positionId: tree.positions.staf, since: '2024-01-02' });
    for (const effectiveDate of ['2024-01-02', '2023-12-31']) {
      const res = await send('POST', `/api/v1/employees/${e.id}/transfer`, cookies.admin, {
        positionId: tree.positions.stafKel,
        effectiveDate,
        reason: 'Mutasi',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe('effectiveDate');
    }
  });

  it('returns 400 naming effectiveDate for an impossible date', async () => {
    const res = await send('POST', `/api/v1/employees/${people.staf.id}/transfer`, cookies.admin, {
      positionId: tree.positions.stafKel,
      effectiveDate: '2026-02-30',
      reason: 'Mutasi',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.effectiveDate');
  });

  it('returns 400 naming positionId for an unknown position or the current one', async () => {
    for (const positionId of [999_999, tree.positions.staf]) {
      const res = await send('POST', `/api/v1/employees/${people.staf.id}/transfer`, cookies.admin, {
        positionId,
        effectiveDate: '2026-07-01',
        reason: 'Mutasi',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe('positionId');
    }
  });

  it('returns 403 when a pegawai transfers someone', async () => {
    const res = await send('POST', `/api/v1/employees/${people.staf.id}/transfer`, cookies.kasi, {
      positionId: tree.positions.stafKel,
      effectiveDate: '2026-07-01',
      reason: 'Mutasi',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/v1/employees/:id/superior', () => {
  it('lets a pegawai ask for their own superior', async () => {
    const res = await get(`/api/v1/employees/${people.staf.id}/superior`, cookies.staf);
    expect(res.statusCode).toBe(200);
    expect(res.json().superior.employeeId).toBe(people.kasi.id);
  });

  it('returns 403 when a pegawai asks about a colleague', async () => {
    expect((await get(`/api/v1/employees/${people.stafKel.id}/superior`, cookies.staf)).statusCode).toBe(403);
  });

  it('returns 400 naming date for an impossible date', async () => {
    const res = await get(`/api/v1/employees/${people.staf.id}/superior?date=2025-02-30`, cookies.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('querystring.date');
  });
});

describe('scope helpers', () => {
  it('findSubordinateEmployeeIds walks the position tree transitively on the given date', async () => {
    const ids = await findSubordinateEmployeeIds(t.db, people.camat.id, '2026-06-15');
    expect(ids).toEqual(expect.arrayContaining([people.kasi.id, people.staf.id, people.stafKel.id]));
    expect(ids).not.toContain(people.camat.id);
    expect(await findSubordinateEmployeeIds(t.db, people.staf.id, '2026-06-15')).toEqual([]);
    expect(await findSubordinateEmployeeIds(t.db, people.camat.id, '2023-01-01')).toEqual([]);
  });

  it('getSuperiorOf returns null for the head of the tree', async () => {
    expect(await getSuperiorOf(t.db, people.camat.id, '2026-06-15')).toBeNull();
  });
});
