import { fullNameOf } from '@sim/domain';
import { sql } from 'kysely';
import type { Database } from '../../apps/server/src/db/database';
import { planCity } from './city-org';
import type { Scale } from './scales';

// Set-based loader of the generated city on top of the Kertapati demo (which the caller seeds first: it brings the
// categories, survey questions, training programmes, the checklist, the performance year and the shared password
// hash). Everything large is made inside the database by INSERT … SELECT FROM generate_series, with a seeded hash as
// the random source (pg_temp.r), so the same seed and reference day give the same rows on any machine; the org tree
// (≈20k rows) is planned in JS and sent as arrays (unnest). No audit rows are written: generated history is not an
// audited action, and the demo's own audit chain stays intact for `npm run audit:verify`.

export type Progress = (stage: string, done: number, total: number) => void;

export type LoadOptions = {
  scale: Scale;
  seed: number;
  /** The reference instant ("now"): history runs up to it, open complaints are recent to it. */
  now: Date;
  progress?: Progress;
};

export type StageTiming = { stage: string; rows: number; ms: number };

type Db = Database;

const DAY_MS = 86_400_000;
const wibDate = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

async function exec(db: Db, text: string): Promise<number> {
  const r = await sql.raw(text).execute(db);
  return Number(r.numAffectedRows ?? 0);
}

async function count(db: Db, table: string): Promise<number> {
  const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(r.rows[0]!.n);
}

/** Ids taken from a table's own sequence, so later inserts by the app continue after them. */
async function allocateIds(db: Db, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const r = await sql<{ id: string }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id
    from generate_series(1, ${n})`.execute(db);
  return r.rows.map((x) => Number(x.id)).sort((a, b) => a - b);
}

/**
 * Adds the scale's kecamatan, employees, accounts, SKPs, complaints, survey responses, training and oversight data.
 * Runs on one connection (temporary helper function and tables live in its session). Returns the time per stage.
 */
export async function loadCity(db: Db, opts: LoadOptions): Promise<StageTiming[]> {
  const { scale } = opts;
  if (scale.name === 'kecamatan') return [];
  return db.connection().execute(async (conn) => {
    const timings: StageTiming[] = [];
    const stage = async (name: string, fn: () => Promise<number>) => {
      const started = Date.now();
      opts.progress?.(name, 0, 0);
      const rows = await fn();
      timings.push({ stage: name, rows, ms: Date.now() - started });
    };
    await prepareSession(conn, opts);
    await stage('organisasi & akun', () => loadOrganisation(conn, opts));
    await stage('SKP', () => loadSkps(conn, opts));
    await stage('pengaduan', () => loadComplaints(conn, opts));
    await stage('survei SKM', () => loadSurveys(conn, opts));
    await stage('pelatihan', () => loadTraining(conn, opts));
    await stage('pengawasan', () => loadOversight(conn, opts));
    await stage('ANALYZE', async () => {
      await exec(conn, 'analyze');
      return 0;
    });
    return timings;
  });
}

async function prepareSession(db: Db, opts: LoadOptions) {
  const seed = Math.trunc(opts.seed);
  // r(i, salt): a uniform number in [0, 1) from the row number, the stream and the seed (deterministic, no state).
  await exec(
    db,
    `create or replace function pg_temp.r(i bigint, salt int) returns float8 language sql immutable as
     $$ select ((hashint8extended(i, salt::bigint * 7919 + ${seed}) & 2147483647)::float8 / 2147483648.0) $$`,
  );
  await exec(db, `set work_mem = '128MB'`);
  await exec(db, `set synchronous_commit = off`);
  // Compiling these long one-off statements costs seconds each and saves nothing (measured: 4.6 s of 5.6 s).
  await exec(db, `set jit = off`);
  // The working-day calendar as a table: weekends and the stored holidays are off; n numbers the working days, so
  // the deadline "end of the Nth working day after the start day" is one join (complaints.md, addWorkingDays).
  const first = new Date(opts.now.getTime() - (opts.scale.years * 366 + 30) * DAY_MS);
  const last = new Date(opts.now.getTime() + 400 * DAY_MS);
  await exec(db, `drop table if exists bench_cal`);
  await exec(
    db,
    `create temp table bench_cal as
     select d::date as d,
            (extract(isodow from d) < 6 and not exists (select 1 from work_holidays h where h.date = d::date)) as working
       from generate_series(date '${wibDate(first)}', date '${wibDate(last)}', interval '1 day') d`,
  );
  await exec(db, `alter table bench_cal add column n int, add column start_n int`);
  await exec(
    db,
    `update bench_cal c set n = x.n, start_n = case when c.working then x.n else x.n + 1 end
       from (select d, sum(working::int) over (order by d) as n from bench_cal) x where x.d = c.d`,
  );
  await exec(db, `create unique index on bench_cal (d)`);
  await exec(db, `drop table if exists bench_wd`);
  await exec(db, `create temp table bench_wd as select n, d from bench_cal where working`);
  await exec(db, `create unique index on bench_wd (n)`);
  await exec(db, `analyze bench_cal; analyze bench_wd`);
}

/** End (23:59:59.999 WIB) of working day number `n` of bench_wd, as SQL. */
const endOfWorkingDay = (n: string) =>
  `(select ((bwd.d + 1)::timestamp - interval '7 hours 0.001 seconds') at time zone 'UTC' from bench_wd bwd where bwd.n = ${n})`;
/** The WIB calendar date of a timestamptz expression. */
const wibDay = (t: string) => `((${t}) at time zone 'UTC' + interval '7 hours')::date`;

// ---------------------------------------------------------------- organisation, employees, accounts

async function loadOrganisation(db: Db, opts: LoadOptions): Promise<number> {
  const plan = planCity({ kecamatanCount: opts.scale.kecamatan, employees: opts.scale.employees, seed: opts.seed });
  const kota = await sql<{ id: number }>`select id from org_units where type = 'KOTA' order by id limit 1`.execute(
    db,
  );
  const kotaId = kota.rows[0]?.id;
  if (kotaId === undefined) throw new Error('Data demo belum ada: unit Pemerintah Kota tidak ditemukan');
  const hashRow = await sql<{
    password_hash: string;
  }>`select password_hash from users where username = 'admin'`.execute(db);
  const passwordHash = hashRow.rows[0]?.password_hash;
  if (!passwordHash) throw new Error('Data demo belum ada: akun admin tidak ditemukan');

  const unitIds = await allocateIds(db, 'org_units', plan.units.length);
  const unitId = new Map<string, number>([['kota', kotaId]]);
  plan.units.forEach((u, i) => unitId.set(u.key, unitIds[i]!));
  await sql`insert into org_units (id, parent_id, name, type, kemendagri_code)
    select * from unnest(${unitIds}::int[], ${plan.units.map((u) => unitId.get(u.parentKey!)!)}::int[],
      ${plan.units.map((u) => u.name)}::text[], ${plan.units.map((u) => u.type)}::text[],
      ${plan.units.map((u) => u.code)}::text[])`.execute(db);

  const positionIds = await allocateIds(db, 'positions', plan.positions.length);
  const positionId = new Map<string, number>();
  plan.positions.forEach((p, i) => positionId.set(p.key, positionIds[i]!));
  // Superiors come before their staff in the plan, so one statement satisfies the self-reference.
  await sql`insert into positions (id, name, category, unit_id, superior_position_id)
    select * from unnest(${positionIds}::int[], ${plan.positions.map((p) => p.name)}::text[],
      ${plan.positions.map((p) => p.category)}::text[], ${plan.positions.map((p) => unitId.get(p.unitKey)!)}::int[],
      ${plan.positions.map((p) => (p.superiorKey ? positionId.get(p.superiorKey)! : null))}::int[])`.execute(db);

  const e = plan.employees;
  const employeeIds = await allocateIds(db, 'employees', e.length);
  await sql`insert into employees (id, nip, name, front_title, back_title, kind, gender, birth_date, tmt, golongan, email, phone)
    select * from unnest(${employeeIds}::int[], ${e.map((x) => x.nip)}::text[], ${e.map((x) => x.name)}::text[],
      ${e.map((x) => x.front)}::text[], ${e.map((x) => x.back)}::text[], ${e.map((x) => x.kind)}::text[],
      ${e.map((x) => x.gender)}::text[], ${e.map((x) => x.birthDate)}::date[], ${e.map((x) => x.tmt)}::text[],
      ${e.map((x) => x.golongan)}::text[], ${e.map((x) => x.email)}::text[], ${e.map((x) => x.phone)}::text[])`.execute(
    db,
  );
  await sql`insert into employee_positions (employee_id, position_id, start_date, reason)
    select emp, pos, date '2023-01-02', 'Data awal' from unnest(${employeeIds}::int[],
      ${e.map((x) => positionId.get(x.positionKey)!)}::int[]) as t(emp, pos)`.execute(db);

  const userIds = await allocateIds(db, 'users', e.length);
  await sql`insert into users (id, username, display_name, password_hash, employee_id)
    select id, username, display_name, ${passwordHash}, employee_id from unnest(${userIds}::int[],
      ${e.map((x) => x.nip)}::text[],
      ${e.map((x) => fullNameOf({ name: x.name, front_title: x.front, back_title: x.back }))}::text[],
      ${employeeIds}::int[]) as t(id, username, display_name, employee_id)`.execute(db);
  const roles: { user: number; role: string }[] = [];
  e.forEach((x, i) => {
    roles.push({ user: userIds[i]!, role: 'PEGAWAI' });
    if (x.isCamat) roles.push({ user: userIds[i]!, role: 'PIMPINAN' });
    if (x.positionKey.includes(':s5:head:staff') && x.positionKey.endsWith('staff0'))
      roles.push({ user: userIds[i]!, role: 'PETUGAS_PENGADUAN' });
  });
  await sql`insert into user_roles (user_id, role) select * from unnest(${roles.map((r) => r.user)}::int[],
    ${roles.map((r) => r.role)}::text[])`.execute(db);

  // Who the generated complaints, surveys and findings are about, numbered for the hash-based picks below.
  await exec(db, `drop table if exists bench_emp`);
  await exec(
    db,
    `create temp table bench_emp (k serial primary key, employee_id int, position_id int, unit_id int,
       superior_position_id int, depth int, is_service boolean)`,
  );
  const depth = (key: string) => (key.match(/:/g) ?? []).length;
  await sql`insert into bench_emp (employee_id, position_id, unit_id, superior_position_id, depth, is_service)
    select * from unnest(${employeeIds}::int[], ${e.map((x) => positionId.get(x.positionKey)!)}::int[],
      ${e.map((x) => unitId.get(plan.positions.find((p) => p.key === x.positionKey)!.unitKey)!)}::int[],
      ${e.map((x) => {
        const sup = plan.positions.find((p) => p.key === x.positionKey)!.superiorKey;
        return sup ? positionId.get(sup)! : null;
      })}::int[],
      ${e.map((x) => depth(x.positionKey))}::int[],
      ${e.map((x) => x.positionKey.includes(':staff') && (x.positionKey.includes(':s5:') || /:k\d+:/.test(x.positionKey)))}::boolean[])`.execute(
    db,
  );
  await exec(db, `analyze bench_emp`);
  // Units that serve the public (the PATEN section and the kelurahan), with a kelurahan name for the address; every
  // 13th is a weak unit (late answers, lower ratings) so the dashboards have something to show.
  await exec(db, `drop table if exists bench_service_unit`);
  await exec(
    db,
    `create temp table bench_service_unit as
     select row_number() over (order by u.id)::int as k, u.id as unit_id,
            case when u.type = 'KELURAHAN' then substr(u.name, 11)
                 else (select substr(x.name, 11) from org_units x where x.parent_id = u.parent_id and x.type = 'KELURAHAN'
                        order by x.id limit 1) end as kelurahan,
            (row_number() over (order by u.id)) % 13 = 5 as is_bad
       from org_units u
      where u.id in (select unit_id from bench_emp where is_service)`,
  );
  await exec(db, `drop table if exists bench_assignee`);
  await exec(
    db,
    `create temp table bench_assignee as
     select row_number() over (order by e.k)::int as k, e.employee_id, e.unit_id, s.kelurahan, s.is_bad
       from bench_emp e join bench_service_unit s on s.unit_id = e.unit_id where e.is_service`,
  );
  await exec(db, `create unique index on bench_assignee (k)`);
  await exec(db, `analyze bench_service_unit; analyze bench_assignee`);
  opts.progress?.('organisasi & akun', e.length, e.length);
  return plan.units.length + plan.positions.length + e.length * 3 + roles.length;
}

// ---------------------------------------------------------------- SKP (current year), cascaded RHK

async function loadSkps(db: Db, opts: LoadOptions): Promise<number> {
  const year = Number(wibDate(opts.now).slice(0, 4));
  const y = await sql<{ id: number }>`select id from perf_years where year = ${year}`.execute(db);
  const yearId = y.rows[0]?.id;
  if (yearId === undefined) return 0;
  const maxDepth = await sql<{ d: number }>`select max(depth) as d from bench_emp`.execute(db);
  let rows = 0;
  for (let d = 1; d <= (maxDepth.rows[0]?.d ?? 0); d++) {
    rows += await exec(
      db,
      `insert into perf_skps (year_id, employee_id, position_id, approach, status, version, ekspektasi, lampiran,
                              submitted_at, approved_at, approved_by, created_at, updated_at)
       select ${yearId}, e.employee_id, e.position_id, 'KUANTITATIF',
              case when pg_temp.r(e.k, 101) < 0.9 then 'APPROVED' when pg_temp.r(e.k, 101) < 0.96 then 'SUBMITTED' else 'DRAFT' end,
              1, '{"BERORIENTASI_PELAYANAN":"Melayani warga dengan ramah dan tuntas"}'::jsonb,
              '{"dukunganSumberDaya":["Perangkat komputer kantor"],"skemaPertanggungjawaban":["Laporan bulanan kepada atasan langsung"],"konsekuensi":["Dibahas dalam bimbingan kinerja"]}'::jsonb,
              timestamptz '${year}-01-15 09:00+07', case when pg_temp.r(e.k, 101) < 0.9 then timestamptz '${year}-01-20 09:00+07' end,
              case when pg_temp.r(e.k, 101) < 0.9 then s.employee_id end,
              timestamptz '${year}-01-10 09:00+07', timestamptz '${year}-01-20 09:00+07'
         from bench_emp e
         left join employee_positions s on s.position_id = e.superior_position_id and s.end_date is null
        where e.depth = ${d}`,
    );
    // Two main RHK per SKP, each intervening in the superior's RHK of the same rank (cascading, PermenPANRB 6/2022).
    rows += await exec(
      db,
      `insert into perf_rhk (skp_id, section, text, parent_rhk_id, perspektif, sort)
       select k.id, 'UTAMA',
              case when i = 0 then 'Terlaksananya layanan ' || lower(p.name) || ' sesuai standar pelayanan'
                   else 'Tersusunnya laporan kinerja ' || lower(p.name) || ' tepat waktu' end,
              (select pr.id from perf_rhk pr join perf_skps ps on ps.id = pr.skp_id
                 join employee_positions sp on sp.employee_id = ps.employee_id and sp.end_date is null
                where sp.position_id = e.superior_position_id and ps.year_id = ${yearId} and pr.sort = i limit 1),
              case when e.superior_position_id is null then (array['PENERIMA_LAYANAN','PROSES_BISNIS'])[i + 1] end,
              i
         from bench_emp e
         join perf_skps k on k.employee_id = e.employee_id and k.year_id = ${yearId}
         join positions p on p.id = e.position_id
         cross join generate_series(0, 1) i
        where e.depth = ${d}`,
    );
    opts.progress?.('SKP', d, maxDepth.rows[0]?.d ?? 0);
  }
  rows += await exec(
    db,
    `insert into perf_indicators (rhk_id, aspek, text, target_kind, target_value, target_unit, system_source, sort)
     select r.id, a.aspek, a.text, a.kind, a.target, a.unit,
            case when a.sort = 0 and r.sort = 0 and e.is_service then 'COMPLAINTS_FINISHED' end, a.sort
       from perf_rhk r
       join perf_skps k on k.id = r.skp_id
       join bench_emp e on e.employee_id = k.employee_id
       cross join (values (0, 'KUANTITAS', 'Jumlah layanan/kegiatan yang diselesaikan', 'NUMBER', 12, 'kegiatan'),
                          (1, 'WAKTU', 'Persentase penyelesaian tepat waktu', 'PERCENT', 90, null))
                  as a(sort, aspek, text, kind, target, unit)
      where k.year_id = ${yearId}`,
  );
  return rows;
}

// ---------------------------------------------------------------- complaints (5 years, SLA per working days)

const COMPLAINT_TEXTS = [
  'Lampu penerangan jalan di depan gang sudah mati lebih dari seminggu, mohon segera diperbaiki.',
  'Sampah menumpuk di tepi jalan dekat pasar dan belum diangkut selama tiga hari.',
  'Saluran drainase tersumbat sehingga air meluap ke rumah warga setiap hujan.',
  'Pengurusan surat keterangan domisili belum selesai padahal sudah lewat waktu yang dijanjikan.',
  'Jalan lingkungan berlubang cukup dalam dan membahayakan pengendara motor.',
  'Ada keributan dan balap liar setiap malam minggu di jalan utama kelurahan.',
  'Bantuan sosial belum diterima walaupun nama kami tercantum dalam daftar penerima.',
  'Petugas loket meminta biaya tambahan untuk mempercepat pengurusan surat.',
  'Mohon informasi persyaratan pembuatan surat keterangan ahli waris.',
  'Usul pembangunan taman bermain anak di lahan kosong milik pemerintah.',
];
const STREETS = [
  'Jl. Abikusno Cokrosuyoso',
  'Jl. Ki Merogan',
  'Jl. K.H. Wahid Hasyim',
  'Jl. Jenderal Sudirman',
  'Jl. Demang Lebar Daun',
  'Jl. Kapten A. Rivai',
  'Jl. Veteran',
  'Jl. Mayor Ruslan',
  'Jl. Sultan Mahmud Badaruddin II',
  'Jl. Angkatan 45',
];
const sqlTextArray = (items: string[]) => `array[${items.map((t) => `'${t.replace(/'/g, "''")}'`).join(',')}]`;

async function loadComplaints(db: Db, opts: LoadOptions): Promise<number> {
  const total = opts.scale.complaints;
  if (total === 0) return 0;
  await exec(db, `drop table if exists bench_category`);
  await exec(
    db,
    `create temp table bench_category as
     select row_number() over (order by id)::int as k, id, complexity, is_integrity,
            case complexity when 'RINGAN' then 2 when 'NORMATIF' then 5 when 'KOMPLEKS' then 14 else 60 end as days
       from complaint_categories where is_active`,
  );
  const m = await count(db, 'bench_assignee');
  const c = await count(db, 'bench_category');
  const verifier = await sql<{ id: number }>`select u.id from users u join user_roles r on r.user_id = u.id
    where r.role = 'PETUGAS_PENGADUAN' order by u.id limit 1`.execute(db);
  const verifierId = verifier.rows[0]?.id ?? 'null';

  // Years of history, split per calendar year so each year's ticket numbers run on from its counter.
  const end = opts.now.getTime();
  const start = end - opts.scale.years * 365 * DAY_MS;
  const slices: { year: number; from: number; to: number }[] = [];
  for (let y = new Date(start).getUTCFullYear(); y <= new Date(end).getUTCFullYear(); y++) {
    const from = Math.max(start, Date.UTC(y, 0, 1) - 7 * 3_600_000);
    const to = Math.min(end, Date.UTC(y + 1, 0, 1) - 7 * 3_600_000);
    if (to > from) slices.push({ year: y, from, to });
  }
  const span = slices.reduce((s, x) => s + (x.to - x.from), 0);
  let offset = 0;
  let rows = 0;
  const nowSql = `timestamptz '${opts.now.toISOString()}'`;
  for (const [si, s] of slices.entries()) {
    const n = si === slices.length - 1 ? total - offset : Math.round((total * (s.to - s.from)) / span);
    const counter = await sql<{
      last: number;
    }>`select last from complaint_ticket_counters where year = ${s.year}`.execute(db);
    const base = counter.rows[0]?.last ?? 0;
    const chunk = 100_000;
    for (let lo = 0; lo < n; lo += chunk) {
      const hi = Math.min(n, lo + chunk);
      rows += await exec(
        db,
        `with g as materialized (
           select g as i, g - ${offset} as seq,
                  timestamptz '${new Date(s.from).toISOString()}' + (pg_temp.r(g, 1) * ${(s.to - s.from) / 1000}) * interval '1 second' as received_at
             from generate_series(${offset + lo + 1}, ${offset + hi}) g
         ), a as materialized (
           select g.*, a.employee_id, a.unit_id, a.kelurahan, a.is_bad, c.id as category_id, c.complexity, c.days,
                  c.is_integrity,
                  g.received_at + (1 + pg_temp.r(g.i, 4) * 20) * interval '1 hour' as verified_at
             from g
             join bench_assignee a on a.k = 1 + floor(pg_temp.r(g.i, 2) * ${m})::int
             join bench_category c on c.k = 1 + floor(pg_temp.r(g.i, 3) * ${c})::int
         ), w as materialized (
           select a.*, a.verified_at + interval '10 minutes' as window_started_at,
                  (select cal.start_n from bench_cal cal where cal.d = ${wibDay('a.verified_at + interval \'10 minutes\'')}) as start_n,
                  pg_temp.r(a.i, 5) < case when a.is_bad then 0.5 else 0.17 end as is_late,
                  pg_temp.r(a.i, 6) < 0.06 as is_rejected
             from a
         ), d as materialized (
           select w.*, ${endOfWorkingDay('w.start_n + w.days')} as due_at from w
         ), r as materialized (
           select d.*,
                  case when d.is_late then d.due_at + (0.5 + pg_temp.r(d.i, 7) * 10) * interval '1 day'
                       else d.window_started_at + (d.due_at - d.window_started_at) * (0.05 + 0.9 * pg_temp.r(d.i, 7)) end
                    as resolved_candidate
             from d
         ), s as materialized (
           select r.*,
                  case when r.is_rejected and r.verified_at <= ${nowSql} then 'DITOLAK'
                       when r.verified_at > ${nowSql} then 'DITERIMA'
                       when r.window_started_at > ${nowSql} then 'DIVERIFIKASI'
                       when r.resolved_candidate + interval '14 days' <= ${nowSql} then 'DITUTUP'
                       when r.resolved_candidate <= ${nowSql} then 'SELESAI'
                       when pg_temp.r(r.i, 8) < 0.2 then 'DIDISPOSISI'
                       else 'DIPROSES' end as status
             from r
         )
         insert into complaints (ticket, tracking_hash, category_id, kind, channel, description, kelurahan, address,
           reporter_name, reporter_phone, is_anonymous, is_confidential, is_integrity, status, complexity,
           resolution_days, unit_id, assignee_employee_id, verifier_user_id, received_at, verified_at,
           window_started_at, window_days, deadline_at, first_response_at, resolved_at, resolution_working_days,
           closed_at, close_reason, reject_reason, reject_note, was_breached, escalation_level, rating, rated_at,
           updated_at)
         select 'KTP-${s.year}-' || lpad((${base} + s.seq)::text, 6, '0'),
                encode(sha256(convert_to('bench-${opts.seed}-' || s.i, 'UTF8')), 'hex'),
                s.category_id,
                case when pg_temp.r(s.i, 9) < 0.85 then 'PENGADUAN' when pg_temp.r(s.i, 9) < 0.93 then 'ASPIRASI'
                     else 'PERMINTAAN_INFORMASI' end,
                case when pg_temp.r(s.i, 10) < 0.55 then 'WEB' when pg_temp.r(s.i, 10) < 0.8 then 'WALK_IN'
                     when pg_temp.r(s.i, 10) < 0.9 then 'PHONE' else 'OPEN311' end,
                (${sqlTextArray(COMPLAINT_TEXTS)})[1 + floor(pg_temp.r(s.i, 11) * ${COMPLAINT_TEXTS.length})::int],
                s.kelurahan,
                (${sqlTextArray(STREETS)})[1 + floor(pg_temp.r(s.i, 12) * ${STREETS.length})::int] || ' No. ' || (1 + floor(pg_temp.r(s.i, 13) * 200))::int,
                case when pg_temp.r(s.i, 14) >= 0.1 then 'Warga ' || s.kelurahan || ' ' || s.i end,
                case when pg_temp.r(s.i, 14) >= 0.1 then '08' || lpad((floor(pg_temp.r(s.i, 15) * 1e10))::bigint::text, 10, '0') end,
                pg_temp.r(s.i, 14) < 0.1, s.is_integrity, s.is_integrity,
                s.status, s.complexity, s.days,
                case when s.status not in ('DITERIMA', 'DITOLAK') then s.unit_id end,
                case when s.status not in ('DITERIMA', 'DIVERIFIKASI', 'DITOLAK') then s.employee_id end,
                case when s.status <> 'DITERIMA' then ${verifierId} end,
                s.received_at,
                case when s.status not in ('DITERIMA', 'DITOLAK') then s.verified_at end,
                case when s.status in ('DITERIMA', 'DITOLAK') then s.received_at
                     when s.status = 'DIVERIFIKASI' then s.verified_at else s.window_started_at end,
                case when s.status in ('DITERIMA', 'DITOLAK', 'DIVERIFIKASI') then 3 else s.days end,
                case when s.status in ('DIDISPOSISI', 'DIPROSES') then s.due_at
                     when s.status = 'DITERIMA' then ${endOfWorkingDay(`(select cal.start_n from bench_cal cal where cal.d = ${wibDay('s.received_at')}) + 3`)}
                end,
                case when s.status in ('DIPROSES', 'SELESAI', 'DITUTUP')
                     then least(s.window_started_at + (s.resolved_candidate - s.window_started_at) * 0.3, ${nowSql}) end,
                case when s.status in ('SELESAI', 'DITUTUP') then s.resolved_candidate end,
                case when s.status in ('SELESAI', 'DITUTUP') then greatest(0,
                  (select cal.n from bench_cal cal where cal.d = ${wibDay('s.resolved_candidate')}) - s.start_n) end,
                case when s.status = 'DITUTUP' then s.resolved_candidate + interval '14 days'
                     when s.status = 'DITOLAK' then s.verified_at end,
                case when s.status = 'DITUTUP' then 'OTOMATIS' when s.status = 'DITOLAK' then 'DITOLAK' end,
                case when s.status = 'DITOLAK' then (array['BUKAN_WEWENANG','TIDAK_LENGKAP','DUPLIKAT'])[1 + floor(pg_temp.r(s.i, 16) * 3)::int] end,
                case when s.status = 'DITOLAK' then 'Mohon lengkapi lokasi dan uraian kejadian.' end,
                (s.status in ('SELESAI', 'DITUTUP') and s.is_late) or (s.status in ('DIDISPOSISI', 'DIPROSES') and s.due_at < ${nowSql}),
                case when (s.status in ('SELESAI', 'DITUTUP') and s.is_late) or (s.status in ('DIDISPOSISI', 'DIPROSES') and s.due_at < ${nowSql}) then 1 else 0 end,
                case when s.status = 'DITUTUP' and pg_temp.r(s.i, 17) < 0.35 then
                  case when pg_temp.r(s.i, 18) < (case when s.is_bad then 0.2 else 0.45 end) then 5
                       when pg_temp.r(s.i, 18) < (case when s.is_bad then 0.45 else 0.8 end) then 4
                       when pg_temp.r(s.i, 18) < (case when s.is_bad then 0.7 else 0.92 end) then 3
                       when pg_temp.r(s.i, 18) < 0.97 then 2 else 1 end end,
                case when s.status = 'DITUTUP' and pg_temp.r(s.i, 17) < 0.35 then s.resolved_candidate + interval '2 days' end,
                coalesce(case when s.status = 'DITUTUP' then s.resolved_candidate + interval '14 days'
                              when s.status = 'SELESAI' then s.resolved_candidate end, s.received_at)
           from s`,
      );
      opts.progress?.('pengaduan', offset + hi, total);
    }
    await sql`insert into complaint_ticket_counters (year, last) values (${s.year}, ${base + n})
      on conflict (year) do update set last = excluded.last`.execute(db);
    offset += n;
  }
  return rows;
}

// ---------------------------------------------------------------- SKM surveys per unit and semester

async function loadSurveys(db: Db, opts: LoadOptions): Promise<number> {
  const total = opts.scale.surveyResponses;
  if (total === 0) return 0;
  const template = await sql<{ id: number }>`select s.id from skm_surveys s join org_units u on u.id = s.unit_id
    where u.type = 'KELURAHAN' order by s.id limit 1`.execute(db);
  const templateId = template.rows[0]?.id;
  if (templateId === undefined) return 0;
  const today = wibDate(opts.now);
  const nowSql = `timestamptz '${opts.now.toISOString()}'`;
  // Semesters (Jan–Jun, Jul–Dec) that started within the history span, up to the current one.
  const firstYear = Number(today.slice(0, 4)) - opts.scale.years;
  let rows = await exec(
    db,
    `insert into skm_surveys (code, unit_id, title, period_start, period_end, service_types, unsur, extra_questions,
                              profile_fields, weight, population, status, is_published, published_at)
     select 'B' || lpad((row_number() over (order by u.k, p.start))::text, 7, '0'), u.unit_id,
            'Survei Kepuasan Masyarakat ' || (select name from org_units where id = u.unit_id) || ' Semester ' ||
              case when extract(month from p.start) = 1 then 'I' else 'II' end || ' ' || extract(year from p.start),
            p.start, (p.start + interval '6 months' - interval '1 day')::date,
            t.service_types, t.unsur, t.extra_questions, t.profile_fields, t.weight, 4000,
            case when (p.start + interval '6 months')::date <= date '${today}' then 'CLOSED' else 'OPEN' end,
            (p.start + interval '6 months')::date <= date '${today}',
            case when (p.start + interval '6 months')::date <= date '${today}' then (p.start + interval '6 months 10 days')::timestamptz end
       from bench_service_unit u
       cross join (select d::date as start from generate_series(date '${firstYear}-01-01', date '${today}', interval '6 months') d) p
       cross join skm_surveys t
      where t.id = ${templateId}`,
  );
  await exec(db, `drop table if exists bench_survey`);
  await exec(
    db,
    `create temp table bench_survey as
     select row_number() over (order by s.id)::int as k, s.id, s.period_start, least(s.period_end + 1, date '${today}') as period_stop,
            jsonb_array_length(s.service_types) as services, s.service_types, u.is_bad
       from skm_surveys s join bench_service_unit u on u.unit_id = s.unit_id
      where s.code like 'B%' and s.period_start < date '${today}'`,
  );
  await exec(db, `create unique index on bench_survey (k)`);
  const surveys = await count(db, 'bench_survey');
  const chunk = 200_000;
  for (let lo = 0; lo < total; lo += chunk) {
    const hi = Math.min(total, lo + chunk);
    // One mood per respondent plus noise per unsur; weak units answer lower (IKM about 70 instead of about 80).
    rows += await exec(
      db,
      `with g as materialized (
         select g as i, s.*, pg_temp.r(g, 21) * case when s.is_bad then 0.6 else 1 end as mood
           from generate_series(${lo + 1}, ${hi}) g
           join bench_survey s on s.k = 1 + floor(pg_temp.r(g, 20) * ${surveys})::int
       )
       insert into skm_responses (survey_id, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, extra_answers,
                                  service_type, gender, age, education, occupation, source)
       select g.id,
              least(g.period_start::timestamptz + (g.period_stop - g.period_start) * pg_temp.r(g.i, 22) * interval '1 day', ${nowSql}),
              ${Array.from({ length: 9 }, (_, u) => `(case when 0.55 * g.mood + 0.45 * pg_temp.r(g.i, ${30 + u}) < 0.12 then 1 when 0.55 * g.mood + 0.45 * pg_temp.r(g.i, ${30 + u}) < 0.3 then 2 when 0.55 * g.mood + 0.45 * pg_temp.r(g.i, ${30 + u}) < 0.62 then 3 else 4 end)`).join(', ')},
              '{}'::jsonb,
              g.service_types ->> floor(pg_temp.r(g.i, 23) * g.services)::int,
              case when pg_temp.r(g.i, 24) < 0.52 then 'P' else 'L' end,
              18 + floor(pg_temp.r(g.i, 25) * 50)::int,
              (array['SD','SMP','SMA','SMA','SMA','D1_D4','S1','S1','S2'])[1 + floor(pg_temp.r(g.i, 26) * 9)::int],
              (array['PNS','TNI_POLRI','SWASTA','SWASTA','WIRAUSAHA','WIRAUSAHA','LAINNYA'])[1 + floor(pg_temp.r(g.i, 27) * 7)::int],
              (array['LINK','QR','INVITATION'])[1 + floor(pg_temp.r(g.i, 28) * 3)::int]
         from g`,
    );
    opts.progress?.('survei SKM', hi, total);
  }
  return rows;
}

// ---------------------------------------------------------------- training sessions, enrolments, JP credits

async function loadTraining(db: Db, opts: LoadOptions): Promise<number> {
  const total = opts.scale.enrolments;
  if (total === 0) return 0;
  const perSession = 100;
  const sessions = Math.ceil(total / perSession);
  const nowSql = `timestamptz '${opts.now.toISOString()}'`;
  const spanSeconds = opts.scale.years * 365 * 86_400;
  const from = new Date(opts.now.getTime() - opts.scale.years * 365 * DAY_MS).toISOString();
  await exec(db, `drop table if exists bench_programme`);
  await exec(
    db,
    `create temp table bench_programme as
     select row_number() over (order by id)::int as k, id, jp, title from training_programmes where is_active`,
  );
  const programmes = await count(db, 'bench_programme');
  const employees = await count(db, 'bench_emp');
  await exec(db, `drop table if exists bench_session`);
  await exec(db, `create temp table bench_session (k int primary key, id int)`);
  // Sessions spread over the history and two months ahead (those are OPEN for enrolment).
  let rows = await exec(
    db,
    `with g as materialized (
       select g as k, p.id as programme_id, p.jp,
              timestamptz '${from}' + pg_temp.r(g, 40) * ${spanSeconds + 60 * 86_400} * interval '1 second' as starts_at
         from generate_series(1, ${sessions}) g
         join bench_programme p on p.k = 1 + floor(pg_temp.r(g, 41) * ${programmes})::int
     ), ins as (
       insert into training_sessions (programme_id, title_suffix, starts_at, ends_at, location, capacity, status, jp,
                                      min_attendance_percent, completed_at)
       select programme_id, 'Angkatan ' || k, date_trunc('hour', starts_at), date_trunc('hour', starts_at) + interval '8 hours',
              'Aula Kantor Kecamatan', ${perSession + 20},
              case when starts_at + interval '8 hours' < ${nowSql} then 'CLOSED' else 'OPEN' end, jp, 80,
              case when starts_at + interval '1 day' < ${nowSql} then date_trunc('hour', starts_at) + interval '1 day' end
         from g order by k
       returning id
     )
     insert into bench_session (k, id) select row_number() over (order by id), id from ins`,
  );
  await exec(
    db,
    `insert into training_session_days (session_id, day)
     select s.id, ${wibDay('s.starts_at')} from training_sessions s join bench_session b on b.id = s.id`,
  );
  // Enrolment j of session k goes to employee (k·100 + j)·7919 mod E: distinct within a session, spread over everyone.
  rows += await exec(
    db,
    `with g as materialized (
       select g as i, b.id as session_id, ts.starts_at, ts.status as session_status, ts.jp, ts.completed_at as session_done,
              e.employee_id
         from generate_series(1, ${total}) g
         join bench_session b on b.k = 1 + (g - 1) / ${perSession}
         join training_sessions ts on ts.id = b.id
         join bench_emp e on e.k = 1 + ((g::bigint * 7919) % ${employees})
     )
     insert into training_enrolments (session_id, employee_id, status, origin, decided_at, cancelled_at, cancel_reason,
                                      pre_test_score, post_test_score, attendance_percent, completed_at, created_at, updated_at)
     select session_id, employee_id, st, case when pg_temp.r(i, 43) < 0.6 then 'ASSIGNMENT' else 'REQUEST' end,
            case when st <> 'REQUESTED' then starts_at - interval '7 days' end,
            case when st = 'CANCELLED' then starts_at - interval '2 days' end,
            case when st = 'CANCELLED' then 'Berhalangan karena tugas kedinasan' end,
            case when st in ('COMPLETED', 'NOT_COMPLETED') then round((40 + pg_temp.r(i, 44) * 40)::numeric, 2) end,
            case when st in ('COMPLETED', 'NOT_COMPLETED') then round((60 + pg_temp.r(i, 45) * 40)::numeric, 2) end,
            case when st = 'COMPLETED' then 100 when st = 'NOT_COMPLETED' then 50 end,
            case when st = 'COMPLETED' then coalesce(session_done, starts_at + interval '1 day') end,
            starts_at - interval '14 days', starts_at
       from (select g.*,
                    case when session_status = 'CLOSED' then
                           case when pg_temp.r(i, 42) < 0.85 then 'COMPLETED' when pg_temp.r(i, 42) < 0.9 then 'NOT_COMPLETED'
                                when pg_temp.r(i, 42) < 0.95 then 'CANCELLED' else 'REJECTED' end
                         else case when pg_temp.r(i, 42) < 0.9 then 'APPROVED' else 'REQUESTED' end end as st
               from g) x`,
  );
  opts.progress?.('pelatihan', total, total);
  rows += await exec(
    db,
    `insert into training_jp_credits (employee_id, year, jp, source, enrolment_id, title, completed_on, credited_at)
     select e.employee_id, extract(year from ${wibDay('e.completed_at')})::int, s.jp, 'SESSION', e.id, p.title,
            ${wibDay('e.completed_at')}, e.completed_at
       from training_enrolments e
       join bench_session b on b.id = e.session_id
       join training_sessions s on s.id = e.session_id
       join training_programmes p on p.id = s.programme_id
      where e.status = 'COMPLETED'`,
  );
  return rows;
}

// ---------------------------------------------------------------- oversight: inspections, findings, recommendations

async function loadOversight(db: Db, opts: LoadOptions): Promise<number> {
  const total = opts.scale.findings;
  if (total === 0) return 0;
  const version = await sql<{ id: number }>`select id from oversight_checklist_versions order by id limit 1`.execute(db);
  const versionId = version.rows[0]?.id;
  if (versionId === undefined) return 0;
  const nowSql = `timestamptz '${opts.now.toISOString()}'`;
  const from = new Date(opts.now.getTime() - opts.scale.years * 365 * DAY_MS).toISOString();
  const spanSeconds = opts.scale.years * 365 * 86_400;
  // One team per generated kecamatan, led from its secretariat.
  let rows = await exec(
    db,
    `insert into oversight_teams (name, decree_number, decree_date, mandate, period_start, period_end)
     select 'Tim Pengawas Internal ' || u.name, '800/' || u.id || '/SK/BENCH/' || ${opts.seed}, date '${wibDate(new Date(from))}',
            'Pengawasan pelayanan publik dan kepatuhan pegawai di lingkungan ' || u.name,
            date '${wibDate(new Date(from))}', date '${wibDate(opts.now)}'::date + 365
       from org_units u where u.type = 'KECAMATAN' and u.id in (select unit_id from bench_emp where depth = 1)
      order by u.id`,
  );
  await exec(db, `drop table if exists bench_team`);
  await exec(
    db,
    `create temp table bench_team as
     select row_number() over (order by t.id)::int as k, t.id, u.id as kecamatan_id,
            (select e.employee_id from bench_emp e where e.unit_id = u.id and e.depth = 1 limit 1) as leader
       from oversight_teams t join org_units u on t.name = 'Tim Pengawas Internal ' || u.name
      where t.decree_number like '%/SK/BENCH/%'`,
  );
  // Units a finding can concern: the kecamatan's sections and kelurahan, with their head for the recommendation.
  await exec(db, `drop table if exists bench_target`);
  await exec(
    db,
    `create temp table bench_target as
     select row_number() over (order by u.id)::int as k, u.id as unit_id, t.id as team_id, t.leader,
            (select e.employee_id from bench_emp e where e.unit_id = u.id order by e.depth, e.k limit 1) as head
       from org_units u join bench_team t on t.kecamatan_id = u.parent_id`,
  );
  const targets = await count(db, 'bench_target');
  const inspections = Math.ceil(total / 5);
  await exec(db, `drop table if exists bench_inspection`);
  await exec(db, `create temp table bench_inspection (k int primary key, id int)`);
  rows += await exec(
    db,
    `with g as materialized (
       select g as k, t.team_id, t.unit_id, t.leader, timestamptz '${from}' + pg_temp.r(g, 60) * ${spanSeconds} * interval '1 second' as at
         from generate_series(1, ${inspections}) g
         join bench_target t on t.k = 1 + floor(pg_temp.r(g, 61) * ${targets})::int
     ), ins as (
       insert into oversight_inspections (client_uuid, team_id, checklist_version_id, inspector_employee_id, kind,
                                          target_kind, target_unit_id, status, location, started_at, submitted_at)
       select md5('bench-inspection-${opts.seed}-' || k)::uuid, team_id, ${versionId}, leader,
              case when pg_temp.r(k, 62) < 0.8 then 'PLANNED' else 'UNANNOUNCED' end, 'UNIT', unit_id, 'SUBMITTED',
              'Kantor unit', at, at + interval '3 hours'
         from g order by k
       returning id, client_uuid
     )
     insert into bench_inspection (k, id)
     select row_number() over (order by id), id from ins`,
  );
  const FINDINGS = [
    ['Antrean layanan tidak tertib', 'Nomor antrean tidak dipakai; warga dilayani tidak berurutan'],
    ['Standar pelayanan tidak dipajang', 'Maklumat dan standar pelayanan tidak terlihat di ruang tunggu'],
    ['Arsip surat keluar tidak lengkap', 'Sebagian surat keterangan tidak memiliki salinan arsip'],
    ['Daftar hadir pegawai tidak diisi', 'Daftar hadir beberapa hari kosong tanpa keterangan'],
    ['Pengaduan terlambat ditanggapi', 'Beberapa pengaduan melewati batas waktu tanpa tindak lanjut'],
  ];
  rows += await exec(
    db,
    `with g as materialized (
       select g as i, i.id as inspection_id, x.team_id, x.target_unit_id as unit_id, x.submitted_at,
              1 + floor(pg_temp.r(g, 63) * ${FINDINGS.length})::int as f
         from generate_series(1, ${total}) g
         join bench_inspection i on i.k = 1 + (g - 1) / 5
         join oversight_inspections x on x.id = i.id
     )
     insert into oversight_findings (team_id, inspection_id, unit_id, title, condition, criterion, cause, effect,
                                     severity, created_at, updated_at)
     select team_id, inspection_id, unit_id, (${sqlTextArray(FINDINGS.map((f) => f[0]!))})[f],
            (${sqlTextArray(FINDINGS.map((f) => f[1]!))})[f],
            'Peraturan Wali Kota tentang standar pelayanan publik', 'Kurangnya pengawasan atasan langsung',
            'Warga menunggu lebih lama dan kepercayaan pada layanan turun',
            case when pg_temp.r(i, 64) < 0.1 then 'BERAT' when pg_temp.r(i, 64) < 0.45 then 'SEDANG' else 'RINGAN' end,
            submitted_at, submitted_at
       from g`,
  );
  // One recommendation per finding and a second for half of them; old ones are mostly closed.
  rows += await exec(
    db,
    `insert into oversight_recommendations (finding_id, text, owner_kind, owner_employee_id, owner_unit_id, due_date,
                                            status, closed_at, created_at, updated_at)
     select f.id, case when n = 0 then 'Tertibkan dan laporkan perbaikan ' || lower(f.title)
                       else 'Lakukan pembinaan pegawai terkait ' || lower(f.title) end,
            case when t.head is not null and pg_temp.r(f.id * 2 + n, 65) < 0.7 then 'EMPLOYEE' else 'UNIT' end,
            case when t.head is not null and pg_temp.r(f.id * 2 + n, 65) < 0.7 then t.head end,
            case when t.head is null or pg_temp.r(f.id * 2 + n, 65) >= 0.7 then f.unit_id end,
            ${wibDay('f.created_at')} + 30,
            st, case when st = 'CLOSED' then f.created_at + interval '25 days' end, f.created_at, f.created_at
       from (select f.*, n,
                    case when f.created_at + interval '60 days' < ${nowSql} and pg_temp.r(f.id * 2 + n, 66) < 0.9 then 'CLOSED'
                         when pg_temp.r(f.id * 2 + n, 66) < 0.6 then 'OPEN'
                         when pg_temp.r(f.id * 2 + n, 66) < 0.75 then 'RETURNED'
                         else 'SUBMITTED' end as st
               from oversight_findings f
               join bench_inspection i on i.id = f.inspection_id
               cross join generate_series(0, 1) n
              where n = 0 or pg_temp.r(f.id, 67) < 0.5) f
       join bench_target t on t.unit_id = f.unit_id`,
  );
  opts.progress?.('pengawasan', total, total);
  return rows;
}
