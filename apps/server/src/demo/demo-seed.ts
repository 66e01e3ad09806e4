import type { Role } from '@sim/contracts';
import { fullNameOf } from '@sim/domain';
import type { Config } from '../config';
import { systemContext } from '../lib/actor';
import { hashPassword } from '../lib/password';
import { recordAudit } from '../modules/audit/audit.service';
import { seedComplaintsDemo } from './complaints-demo-seed';
import { seedCompetencyDemo } from './competency-demo-seed';
import { seedOversightDemo } from './oversight-demo-seed';
import { seedForumDemo } from './forum-demo-seed';
import { seedNotificationsDemo } from './notifications-demo-seed';
import { seedPerformanceDemo } from './performance-demo-seed';
import { seedSkmDemo } from './skm-demo-seed';
import { seedTrainingDemo } from './training-demo-seed';
import * as accounts from '../modules/auth/auth.service';
import * as employees from '../modules/org/employee.repository';
import { dayBefore } from '../modules/org/employee.rules';
import * as org from '../modules/org/org.repository';
import type { Database } from '../db/database';
import {
  AGE_BANDS,
  DEFAULT_SINCE,
  DEMO_EMPLOYEES,
  DEMO_UNITS,
  KECAMATAN_POSITIONS,
  KELURAHAN,
  KELURAHAN_POSITIONS,
  LAST_PNS_TMT_YEAR,
  PPPK_TMT_YEARS,
  type DemoAssignment,
  type DemoEmployee,
  type DemoPosition,
} from './demo-data';

// Seeds the Kecamatan Kertapati demo on an empty database. Deterministic: birth dates, TMT, NIP serials and phone
// numbers come from a seeded PRNG, so every installation gets the same NIPs and the README can name them.

/** mulberry32: a tiny, well-distributed 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export type DemoPerson = DemoEmployee & {
  nip: string;
  birthDate: string;
  tmt: string;
  username: string;
  email: string;
  phone: string;
  assignments: { position: string; start: string; end: string | null; reason: string }[];
};

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/^(kms|kgs|mgs|ki|r\.a|r)\.\s*/, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');

/** The demo employees with their NIP and derived data; pure and deterministic. */
export function buildDemoPeople(): DemoPerson[] {
  const random = seededRandom(16_71_13);
  const used = new Set<string>();
  return DEMO_EMPLOYEES.map((e) => {
    const band = AGE_BANDS[e.golongan];
    if (!band) throw new Error(`Demo data: no age band for golongan ${e.golongan}`);
    const bornYear = e.retired?.bornYear ?? random.int(band.born[0], band.born[1]);
    const birthDate = `${bornYear}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
    const age = random.int(band.tmtAge[0], band.tmtAge[1]);
    const pppk = e.kind === 'PPPK';
    const tmtYear = pppk
      ? Math.max(PPPK_TMT_YEARS[0], Math.min(bornYear + age, PPPK_TMT_YEARS[1]))
      : Math.min(bornYear + age, LAST_PNS_TMT_YEAR);
    const tmtMonth = pppk ? 1 : random.int(1, 12);
    const genderDigit = e.gender === 'L' ? '1' : '2';
    const prefix = `${birthDate.replace(/-/g, '')}${tmtYear}${pppk ? '21' : pad(tmtMonth, 2)}${genderDigit}`;
    let serial = random.int(1, 400);
    while (used.has(`${prefix}${pad(serial, 3)}`)) serial++;
    const nip = `${prefix}${pad(serial, 3)}`;
    used.add(nip);
    const since = e.since ?? DEFAULT_SINCE;
    const history: DemoAssignment[] = e.history ?? [];
    return {
      ...e,
      nip,
      birthDate,
      tmt: `${tmtYear}-${pad(tmtMonth, 2)}`,
      username: e.username ?? nip,
      email: `${slug(e.name)}@kertapati.palembang.go.id`,
      phone: `08${random.int(11, 13)}-${pad(random.int(0, 9999), 4)}-${pad(random.int(0, 9999), 4)}`,
      assignments: [
        ...history,
        {
          position: e.position,
          start: since,
          end: e.retired ? dayBefore(e.retired.date) : null,
          reason: e.sinceReason ?? 'Data awal',
        },
      ],
    };
  });
}

/** Kecamatan positions followed by each kelurahan's copy of the kelurahan structure. */
export function buildDemoPositions(): DemoPosition[] {
  const fill = (text: string, k: (typeof KELURAHAN)[number]) =>
    text.replaceAll('{k}', k.key).replaceAll('{n}', k.name);
  return [
    ...KECAMATAN_POSITIONS,
    ...KELURAHAN.flatMap((k) =>
      KELURAHAN_POSITIONS.map((p) => ({
        ...p,
        key: fill(p.key, k),
        name: fill(p.name, k),
        unit: fill(p.unit, k),
        superior: p.superior ? fill(p.superior, k) : null,
      })),
    ),
  ];
}

const PEOPLE = buildDemoPeople();
const personAt = (position: string) => PEOPLE.find((p) => p.position === position && !p.retired)!;

/** A few demo logins per role, for the README and the start-up banner (all use DEMO_PASSWORD). */
export const DEMO_LOGINS: { username: string; roles: Role[]; label: string }[] = [
  { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'], label: 'Admin Kepegawaian' },
  {
    username: 'camat',
    roles: ['PIMPINAN', 'PEGAWAI'],
    label: `Camat Kertapati — ${fullNameOf(toNames(personAt('camat')))}`,
  },
  ...[
    { position: 'sekcam', label: 'Sekretaris Camat (atasan, Tim Pengawas)' },
    { position: 'kasi-pelayanan', label: 'Kepala Seksi Pelayanan Umum (atasan)' },
    { position: 'kertapati:lurah', label: 'Lurah Kertapati (atasan kelurahan)' },
    { position: 'pengelola-pengaduan', label: 'Pengelola Pengaduan (Petugas Pengaduan)' },
    { position: 'pranata-komputer', label: 'Pranata Komputer, PPPK (Pelatih, Moderator)' },
    { position: 'adm-umum', label: 'Pengadministrasi Umum (pegawai)' },
  ].map(({ position, label }) => {
    const p = personAt(position);
    const roles: Role[] = ['PEGAWAI', ...(p.roles ?? [])];
    return {
      username: p.username,
      roles,
      label: `${label} — ${p.name}`,
    };
  }),
];

function toNames(p: DemoEmployee) {
  return { name: p.name, front_title: p.front ?? null, back_title: p.back ?? null };
}

/**
 * Fills an empty database with the Kertapati demo: units, positions, ~70 employees with position history, their
 * accounts (username = NIP; the Camat logs in as `camat`) and the `admin` account, all with the demo password
 * (hashed once and shared, so seeding takes well under a second). Returns null when data already exists, so a
 * restart never seeds twice. One 'demo.seeded' audit event records it.
 */
export async function seedDemoIfEmpty(
  db: Database,
  config: Config,
  now: Date = new Date(),
): Promise<{ employees: number } | null> {
  const seeded = await seedOrganisationDemo(db, config);
  if (!seeded) return null;
  // Each module's demo data builds on the organisation; each seeder does nothing when its tables already hold data.
  await seedComplaintsDemo(db, config, now);
  await seedSkmDemo(db, config, now);
  await seedPerformanceDemo(db, config, now);
  await seedCompetencyDemo(db, now);
  await seedTrainingDemo(db, config, now);
  await seedOversightDemo(db, config, now);
  await seedForumDemo(db, config, now);
  await seedNotificationsDemo(db, now);
  return seeded;
}

/** The organisation, employees and accounts alone (module seeders build on it). Null when data already exists. */
export async function seedOrganisationDemo(
  db: Database,
  config: Config,
): Promise<{ employees: number } | null> {
  if (await employees.hasOrgData(db)) return null;
  const passwordHash = await hashPassword(config.demoPassword);
  return db.transaction().execute(async (trx) => {
    await employees.lockForSeeding(trx);
    if (await employees.hasOrgData(trx)) return null;

    const unitIds = new Map<string, number>();
    for (const u of DEMO_UNITS) {
      const row = await org.insertUnit(trx, {
        parent_id: u.parent ? unitIds.get(u.parent)! : null,
        name: u.name,
        type: u.type,
        kemendagri_code: u.code,
      });
      unitIds.set(u.key, row.id);
    }

    const positions = buildDemoPositions();
    const positionIds = new Map<string, number>();
    for (const p of positions) {
      const { id } = await org.insertPosition(trx, {
        name: p.name,
        category: p.category,
        unit_id: unitIds.get(p.unit)!,
        superior_position_id: p.superior ? positionIds.get(p.superior)! : null,
      });
      positionIds.set(p.key, id);
    }

    const ids = await employees.insertEmployees(
      trx,
      PEOPLE.map((p) => ({
        nip: p.nip,
        name: p.name,
        front_title: p.front ?? null,
        back_title: p.back ?? null,
        kind: p.kind,
        gender: p.gender,
        birth_date: p.birthDate,
        tmt: p.tmt,
        golongan: p.golongan,
        email: p.email,
        phone: p.phone,
      })),
    );
    for (const [i, p] of PEOPLE.entries()) {
      if (p.retired) {
        await employees.updateEmployee(trx, ids[i]!, {
          is_active: false,
          deactivated_reason: p.retired.reason,
        });
      }
    }
    await employees.insertAssignments(
      trx,
      PEOPLE.flatMap((p, i) =>
        p.assignments.map((a) => ({
          employee_id: ids[i]!,
          position_id: positionIds.get(a.position)!,
          start_date: a.start,
          end_date: a.end,
          reason: a.reason,
        })),
      ),
    );

    const demoAccounts: accounts.NewAccount[] = [
      {
        username: 'admin',
        display_name: 'Admin Kepegawaian',
        password_hash: passwordHash,
        employee_id: null,
        must_change_password: false,
        roles: ['ADMIN_KEPEGAWAIAN'],
      },
      ...PEOPLE.map((p, i): accounts.NewAccount => ({
        username: p.username,
        display_name: fullNameOf(toNames(p)),
        password_hash: passwordHash,
        employee_id: ids[i]!,
        must_change_password: false,
        roles: ['PEGAWAI', ...(p.roles ?? [])],
        is_active: !p.retired,
      })),
    ];
    // An account created earlier with the CLI (e.g. `admin`) is kept as it is.
    const taken = await accounts.findTakenUsernames(
      trx,
      demoAccounts.map((a) => a.username),
    );
    const created = await accounts.createAccountsBulk(
      trx,
      demoAccounts.filter((a) => !taken.has(a.username)),
    );

    await recordAudit(trx, systemContext('demo-seed'), {
      action: 'demo.seeded',
      entityType: 'system',
      entityId: null,
      after: {
        units: unitIds.size,
        positions: positionIds.size,
        employees: ids.length,
        accounts: created.length,
      },
    });
    return { employees: ids.length };
  });
}
