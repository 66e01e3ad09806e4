import { seedEmployee, seedOrgTree, seedPosition, seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';

// Test data for the performance module: a small office (Camat ← Kasi ← two staff; Camat ← Lurah), an Admin
// Kepegawaian without an employee record, and helpers to open a year and walk SKPs through the workflow.

export type PerfOffice = Awaited<ReturnType<typeof seedPerfOffice>>;

export async function seedPerfOffice(t: TestApp) {
  const tree = await seedOrgTree(t.db);
  const staf2Position = await seedPosition(t.db, {
    unitId: tree.units.seksi,
    superiorId: tree.positions.kasi,
    name: 'Pranata Komputer Uji',
    category: 'FUNGSIONAL',
  });
  const camat = await seedEmployee(t.db, {
    name: 'Camat Uji',
    positionId: tree.positions.camat,
    roles: ['PIMPINAN'],
  });
  const kasi = await seedEmployee(t.db, { name: 'Kasi Uji', positionId: tree.positions.kasi, login: true });
  const staf = await seedEmployee(t.db, { name: 'Staf Uji', positionId: tree.positions.staf, login: true });
  const staf2 = await seedEmployee(t.db, { name: 'Fungsional Uji', positionId: staf2Position, login: true });
  const lurah = await seedEmployee(t.db, {
    name: 'Lurah Uji',
    positionId: tree.positions.lurah,
    login: true,
  });
  await seedUser(t.db, { username: 'admin-kinerja', roles: ['ADMIN_KEPEGAWAIAN'] });
  return {
    tree,
    ids: { camat: camat.id, kasi: kasi.id, staf: staf.id, staf2: staf2.id, lurah: lurah.id },
    cookies: {
      camat: await t.login(camat.username!),
      kasi: await t.login(kasi.username!),
      staf: await t.login(staf.username!),
      staf2: await t.login(staf2.username!),
      lurah: await t.login(lurah.username!),
      admin: await t.login('admin-kinerja'),
    },
  };
}

export function api(t: TestApp) {
  return {
    get: (url: string, cookie?: string) =>
      t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} }),
    send: (method: 'POST' | 'PUT' | 'PATCH', url: string, cookie: string | undefined, payload: object) =>
      t.app.inject({ method, url, payload, headers: cookie ? { cookie } : {} }),
  };
}

export const indicatorBody = (overrides: Record<string, unknown> = {}) => ({
  aspek: 'KUANTITAS',
  text: 'Jumlah dokumen yang diselesaikan',
  targetKind: 'NUMBER',
  targetValue: 12,
  targetUnit: 'dokumen',
  ...overrides,
});

/** Opens a quarterly year through the API as the admin and returns it. */
export async function openYear(t: TestApp, office: PerfOffice, year = 2026) {
  const res = await api(t).send('POST', '/api/v1/performance/years', office.cookies.admin, { year });
  if (res.statusCode !== 201) throw new Error(`open year: ${res.statusCode} ${res.body}`);
  return res.json() as {
    id: number;
    periods: { id: number; kind: string; label: string; startDate: string; endDate: string }[];
  };
}

/**
 * Creates, fills and (optionally) approves the SKP of `owner`: one Utama RHK with one indicator, linked to
 * `parentRhkId` or with a perspektif when there is no parent.
 */
export async function seedSkp(
  t: TestApp,
  ownerCookie: string,
  yearId: number,
  opts: { parentRhkId?: number | null; approverCookie?: string; text?: string } = {},
) {
  const { get, send } = api(t);
  const created = await send('POST', '/api/v1/performance/skps', ownerCookie, { yearId });
  if (created.statusCode !== 201) throw new Error(`create skp: ${created.statusCode} ${created.body}`);
  const id = created.json().id as number;
  const saved = await send('PUT', `/api/v1/performance/skps/${id}/content`, ownerCookie, {
    rhk: [
      {
        section: 'UTAMA',
        text: opts.text ?? 'Terselenggaranya layanan administrasi',
        parentRhkId: opts.parentRhkId ?? null,
        perspektif: opts.parentRhkId ? null : 'PENERIMA_LAYANAN',
        indicators: [indicatorBody()],
      },
    ],
  });
  if (saved.statusCode !== 200) throw new Error(`save skp: ${saved.statusCode} ${saved.body}`);
  if (opts.approverCookie) {
    const s = await send('POST', `/api/v1/performance/skps/${id}/submit`, ownerCookie, {});
    if (s.statusCode !== 200) throw new Error(`submit: ${s.statusCode} ${s.body}`);
    const a = await send('POST', `/api/v1/performance/skps/${id}/approve`, opts.approverCookie, {});
    if (a.statusCode !== 200) throw new Error(`approve: ${a.statusCode} ${a.body}`);
  }
  const skp = (await get(`/api/v1/performance/skps/${id}`, ownerCookie)).json();
  return skp as {
    id: number;
    rhk: { id: number; indicators: { id: number }[] }[];
  };
}

/** The approved SKPs of the Camat, the Kasi and the Staf of `office`, each linked to its superior's RHK. */
export async function seedApprovedSkpChain(t: TestApp, office: PerfOffice, yearId: number) {
  const camat = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  const staf = await seedSkp(t, office.cookies.staf, yearId, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  return { camat, kasi, staf };
}
