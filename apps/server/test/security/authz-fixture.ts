import { sql } from 'kysely';
import { DEMO_LOGINS, seedDemoIfEmpty } from '../../src/demo/demo-seed';
import { findSubordinateEmployeeIds } from '../../src/modules/org/org.service';
import { makePngWithMetadata } from '../../src/modules/complaints/complaints.test-builders';
import { sample } from '../../../../scripts/security/openapi-sample.mjs';
import { multipart } from '../builders';
import type { TestApp } from '../test-app';
import type { Actor, RecordKind, Relation } from './authz-matrix';

// The world the authorisation matrix is checked in: the Kertapati demo data (every module's records, real position
// tree), one signed-in session per staff actor, a citizen holding the tracking secret of a complaint they filed, and
// for every actor with a position the four people whose records the ownership columns probe.

/** Which demo login plays each staff actor (DEMO_LOGINS labels; see demo-seed.ts). */
const STAFF_LOGINS: Record<Exclude<Actor, 'anonymous' | 'citizen'>, string> = {
  pegawai: 'Pengadministrasi Umum',
  atasan: 'Kepala Seksi Pelayanan Umum',
  pimpinan: 'Camat Kertapati',
  admin: 'Admin Kepegawaian',
  petugas: 'Pengelola Pengaduan',
  pengawas: 'Sekretaris Camat',
  pelatih: 'Pranata Komputer',
};

export type ActorSession = {
  actor: Actor;
  username?: string;
  headers: Record<string, string>;
  employeeId: number | null;
  userId: number | null;
  /** Employee ids of the people in each relation to this actor (own, a direct subordinate, …), when one exists. */
  targets: Partial<Record<Relation, number>>;
};

export type World = {
  sessions: Record<Actor, ActorSession>;
  /** Tracking secrets of two complaints filed by different citizens: the citizen holds `own`. */
  secrets: { own: string; other: string };
  /** Attachment ids of the two citizens' complaints (IDOR probes of the tracking attachment route). */
  citizenAttachments: { own: number | undefined; other: number | undefined };
  /** The id of a record of `kind` belonging to `employeeId`, or undefined when that person has none. */
  recordOf(kind: RecordKind, employeeId: number): Promise<number | undefined>;
  /** Any existing id for a path parameter that the matrix does not probe by owner. */
  anyId(template: string, param: string): Promise<string>;
  /** A fresh session for an actor (for the calls that end or change the session). */
  freshSession(actor: Actor): Promise<Record<string, string>>;
};

const TODAY = '2026-06-15';

export async function buildWorld(t: TestApp): Promise<World> {
  await seedDemoIfEmpty(t.db, t.config, new Date(`${TODAY}T03:00:00Z`));
  const origin = { origin: 'http://localhost:80', host: 'localhost:80' };

  const loginAs = async (username: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: t.config.demoPassword },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
  };

  const usernames = {} as Record<Actor, string | undefined>;
  for (const [actor, label] of Object.entries(STAFF_LOGINS)) {
    const login = DEMO_LOGINS.find((l) => l.label.startsWith(label));
    if (!login) throw new Error(`no demo login for ${label}`);
    usernames[actor as Actor] = login.username;
  }

  const employeeUnit = async (employeeId: number) => {
    const row = await t.db
      .selectFrom('employee_positions as ep')
      .innerJoin('positions as p', 'p.id', 'ep.position_id')
      .where('ep.employee_id', '=', employeeId)
      .where('ep.end_date', 'is', null)
      .select('p.unit_id')
      .executeTakeFirst();
    return row?.unit_id;
  };
  const placed = await t.db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .innerJoin('users as u', 'u.employee_id', 'ep.employee_id')
    .where('ep.end_date', 'is', null)
    .select(['ep.employee_id', 'p.unit_id'])
    .orderBy('ep.employee_id')
    .execute();

  /** own, a direct subordinate, a colleague of the same unit outside the actor's line, someone of another unit. */
  const relationsOf = async (employeeId: number): Promise<Partial<Record<Relation, number>>> => {
    const below = new Set(await findSubordinateEmployeeIds(t.db, employeeId, TODAY));
    const above = new Set<number>();
    for (let cur: number | undefined = employeeId; cur !== undefined;) {
      const sup = await sql<{ id: number }>`
        select ep2.employee_id as id from employee_positions ep
        join positions p on p.id = ep.position_id
        join employee_positions ep2 on ep2.position_id = p.superior_position_id and ep2.end_date is null
        where ep.employee_id = ${cur} and ep.end_date is null limit 1`.execute(t.db);
      cur = sup.rows[0]?.id;
      if (cur === undefined || above.has(cur)) break;
      above.add(cur);
    }
    const direct = await sql<{ id: number }>`
      select ep2.employee_id as id from employee_positions ep
      join positions p2 on p2.superior_position_id = ep.position_id
      join employee_positions ep2 on ep2.position_id = p2.id and ep2.end_date is null
      join users u on u.employee_id = ep2.employee_id
      where ep.employee_id = ${employeeId} and ep.end_date is null order by ep2.employee_id limit 1`.execute(
      t.db,
    );
    const unit = await employeeUnit(employeeId);
    const outside = (id: number) => id !== employeeId && !below.has(id) && !above.has(id);
    return {
      own: employeeId,
      sub: direct.rows[0]?.id,
      peer: placed.find((p) => p.unit_id === unit && outside(p.employee_id))?.employee_id,
      other: placed.find((p) => p.unit_id !== unit && outside(p.employee_id))?.employee_id,
    };
  };

  const sessions = {} as Record<Actor, ActorSession>;
  const actorEmployees = new Set<number | null>();
  for (const username of Object.values(usernames))
    if (username) actorEmployees.add((await userRow(t, username)).employee_id);
  const pegawaiUnit = await employeeUnit((await userRow(t, usernames.pegawai!)).employee_id!);
  const bystander = placed.find(
    (p) => p.unit_id !== pegawaiUnit && !actorEmployees.has(p.employee_id),
  )!.employee_id;
  for (const actor of Object.keys(STAFF_LOGINS) as Actor[]) {
    const user = await userRow(t, usernames[actor]!);
    const cookie = await loginAs(usernames[actor]!);
    sessions[actor] = {
      actor,
      username: usernames[actor],
      headers: { cookie, ...origin },
      employeeId: user.employee_id,
      userId: user.id,
      // Without a position (the admin account) every record is someone else's: probe the employee's.
      targets: user.employee_id ? await relationsOf(user.employee_id) : { other: bystander },
    };
  }

  // Two citizens file complaints through the public form; the citizen actor holds the first one's secret.
  const options = (await t.app.inject({ url: '/api/v1/public/complaint-options' })).json() as {
    categories: { code: string }[];
  };
  const file = async (name: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      headers: origin,
      payload: {
        categoryCode: options.categories[0]!.code,
        description: `Saluran air di depan rumah ${name} tersumbat sejak hujan deras kemarin.`,
        kelurahan: 'Kertapati',
        address: 'Jl. Abikusno Cokrosuyoso No. 12',
        reporterName: name,
        reporterPhone: '081234567890',
        reporterEmail: '',
      },
    });
    if (res.statusCode !== 201) throw new Error(`complaint: ${res.statusCode} ${res.body}`);
    const secret = (res.json() as { trackingSecret: string }).trackingSecret;
    // One attachment each, so the attachment route has another citizen's file to be refused.
    const png = multipart(
      {},
      { filename: 'foto.png', content: makePngWithMetadata(), contentType: 'image/png' },
    );
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints/tracking/attachments',
      headers: { ...origin, 'x-tracking-secret': secret, ...png.headers },
      payload: png.payload,
    });
    if (upload.statusCode >= 300) throw new Error(`attachment: ${upload.statusCode} ${upload.body}`);
    return secret;
  };
  const own = await file('Siti Aminah');
  const other = await file('Rahmat Hidayat');
  const attachmentOf = async (secret: string) => {
    const res = await t.app.inject({
      url: '/api/v1/public/complaints/tracking',
      headers: { ...origin, 'x-tracking-secret': secret },
    });
    const body = res.json() as { timeline: { attachments: { id: number }[] }[] };
    return body.timeline.flatMap((e) => e.attachments)[0]?.id;
  };

  // Without a session every record is someone else's: the ownership columns probe the records of an employee who
  // plays no actor here (so an allowed write, e.g. the admin's password reset, cannot lock an actor out).
  const nobodys = { other: bystander };
  sessions.anonymous = {
    actor: 'anonymous',
    headers: origin,
    employeeId: null,
    userId: null,
    targets: nobodys,
  };
  sessions.citizen = {
    actor: 'citizen',
    headers: { ...origin, 'x-tracking-secret': own },
    employeeId: null,
    userId: null,
    targets: nobodys,
  };

  return {
    sessions,
    secrets: { own, other },
    citizenAttachments: { own: await attachmentOf(own), other: await attachmentOf(other) },
    recordOf: (kind, employeeId) => recordOf(t, kind, employeeId),
    anyId: (template, param) => anyId(t, template, param),
    async freshSession(actor) {
      const s = sessions[actor];
      if (!s.username) return s.headers;
      return { ...s.headers, cookie: await loginAs(s.username) };
    },
  };
}

async function userRow(t: TestApp, username: string) {
  return t.db
    .selectFrom('users')
    .where('username', '=', username)
    .select(['id', 'employee_id'])
    .executeTakeFirstOrThrow();
}

/** Records that belong to one person, for the ownership columns: the person's newest of each kind. */
async function recordOf(t: TestApp, kind: RecordKind, employeeId: number): Promise<number | undefined> {
  if (kind === 'employee') return employeeId;
  const query = {
    user: sql`select id from users where employee_id = ${employeeId}`,
    skp: sql`select id from perf_skps where employee_id = ${employeeId}`,
    evaluation: sql`select e.id from perf_evaluations e join perf_skps s on s.id = e.skp_id
      where s.employee_id = ${employeeId}`,
    enrolment: sql`select id from training_enrolments where employee_id = ${employeeId}`,
    notification: sql`select n.id from notifications n left join users u on u.id = n.user_id
      where n.employee_id = ${employeeId} or u.employee_id = ${employeeId}`,
  }[kind];
  const row = await sql<{ id: number }>`${query} order by 1 desc limit 1`.execute(t.db);
  return row.rows[0]?.id;
}

/**
 * An existing id for a path parameter probed by role only (a survey, a training session, a policy…): the first
 * row of the table the path names. A path the table list does not know gets 1, which an allowed caller may find
 * missing (404) and a refused caller must still be refused for.
 */
export async function anyId(t: TestApp, template: string, param: string): Promise<string> {
  const file = DASHBOARD_FILES.find(([re]) => re.test(template));
  if (param === 'file' && file) return file[1];
  const rule = ANY_ID_TABLES.find(([re, p]) => re.test(template) && p === param);
  if (!rule) return param === 'uuid' || param === 'photoUuid' ? '00000000-0000-4000-8000-000000000001' : '1';
  const [, , table, column = 'id'] = rule;
  const row = await sql<{ v: string | number }>`select ${sql.ref(column)} as v from ${sql.table(table)}
    order by 1 limit 1`.execute(t.db);
  return row.rows[0] ? String(row.rows[0].v) : '1';
}

/** One operation of the OpenAPI document, with what the generic request builders need. */
export type Operation = {
  method: string;
  path: string;
  key: string;
  parameters: { name: string; in: string; required?: boolean; schema?: unknown }[];
  jsonBody?: unknown;
  multipart: boolean;
};
type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Operation['parameters'];
        requestBody?: { content?: Record<string, { schema?: unknown }> };
      }
    >
  >;
};

/** Every operation of the app's /api/openapi.json (the matrix and the hostile-input fuzz walk the same list). */
export async function listOperations(t: TestApp): Promise<Operation[]> {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, o]) => ({
        method: m.toUpperCase(),
        path,
        key: `${m.toUpperCase()} ${path}`,
        parameters: o.parameters ?? [],
        jsonBody: o.requestBody?.content?.['application/json']?.schema,
        multipart: !!o.requestBody?.content?.['multipart/form-data'],
      })),
  );
}

/** A table each dashboard exports (its closed list in @sim/contracts): the name is checked before the role. */
const DASHBOARD_FILES: [RegExp, string][] = [
  [/^\/api\/v1\/dashboards\/me\//, 'ringkasan.xlsx'],
  [/^\/api\/v1\/dashboards\/team\//, 'anggota.xlsx'],
  [/^\/api\/v1\/dashboards\/leadership\//, 'unit.xlsx'],
];

const ANY_ID_TABLES: [RegExp, string, string, string?][] = [
  [/^\/api\/v1\/org\/units/, 'id', 'org_units'],
  [/^\/api\/v1\/org\/positions/, 'id', 'positions'],
  [/^\/api\/v1\/surveys\/\{id\}/, 'id', 'skm_surveys'],
  [/\/followups\/\{followupId\}/, 'followupId', 'skm_followups'],
  [/\/(responses|suggestions)\/\{responseId\}/, 'responseId', 'skm_responses'],
  [/^\/api\/v1\/public\/surveys\/\{code\}/, 'code', 'skm_surveys', 'code'],
  [/^\/api\/v1\/complaints\/attachments\/\{id\}/, 'id', 'complaint_attachments'],
  [/^\/api\/v1\/complaints\/\{id\}/, 'id', 'complaints'],
  [/^\/api\/v1\/complaint-categories\/\{id\}/, 'id', 'complaint_categories'],
  [/^\/api\/v1\/open311-keys\/\{id\}/, 'id', 'open311_api_keys'],
  [/^\/api\/v1\/performance\/years\/\{id\}/, 'id', 'perf_years'],
  [/\/evaluation-context\/\{periodId\}|\/evaluations\/\{periodId\}/, 'periodId', 'perf_periods'],
  [/^\/api\/v1\/performance\/evidence\/\{id\}/, 'id', 'perf_evidence'],
  [/^\/api\/v1\/performance\/objections\/\{id\}/, 'id', 'perf_objections'],
  [/^\/api\/v1\/training\/programmes\/\{id\}/, 'id', 'training_programmes'],
  [/^\/api\/v1\/training\/trainers\/\{id\}/, 'id', 'training_trainers'],
  [/^\/api\/v1\/training\/sessions\/\{id\}/, 'id', 'training_sessions'],
  [/\/materials\/\{materialId\}/, 'materialId', 'training_materials'],
  [/^\/api\/v1\/training\/evidence\/\{id\}/, 'id', 'training_external_evidence'],
  [/^\/api\/v1\/competencies\/\{id\}/, 'id', 'competencies'],
  [/^\/api\/v1\/competency-standards\/\{positionId\}/, 'positionId', 'positions'],
  [/^\/api\/v1\/oversight\/teams\/\{id\}/, 'id', 'oversight_teams'],
  [/^\/api\/v1\/oversight\/templates\/\{id\}/, 'id', 'oversight_checklist_templates'],
  [/^\/api\/v1\/oversight\/checklist-versions\/\{id\}/, 'id', 'oversight_checklist_versions'],
  [/^\/api\/v1\/oversight\/plans\/\{id\}/, 'id', 'oversight_plans'],
  [/^\/api\/v1\/oversight\/inspections\/\{id\}/, 'id', 'oversight_inspections'],
  [/^\/api\/v1\/oversight\/inspection-photos\/\{id\}/, 'id', 'oversight_inspection_photos'],
  [/^\/api\/v1\/oversight\/findings\/\{id\}/, 'id', 'oversight_findings'],
  [/^\/api\/v1\/oversight\/finding-files\/\{id\}/, 'id', 'oversight_finding_files'],
  [/^\/api\/v1\/oversight\/recommendations\/\{id\}/, 'id', 'oversight_recommendations'],
  [/^\/api\/v1\/oversight\/follow-up-files\/\{id\}/, 'id', 'oversight_follow_up_files'],
  [/^\/api\/v1\/forum\/policies\/\{id\}/, 'id', 'forum_policies'],
  [/\/documents\/\{documentId\}/, 'documentId', 'forum_policy_documents'],
  [/^\/api\/v1\/forum\/threads\/\{id\}/, 'id', 'forum_threads'],
  [/^\/api\/v1\/forum\/(moderation\/)?posts\/\{id\}/, 'id', 'forum_posts'],
  [/^\/api\/v1\/forum\/polls\/\{id\}/, 'id', 'forum_polls'],
];

/**
 * A request body or parameter value that satisfies the operation's JSON Schema as far as a generic filler can
 * (required properties, first enum value, minimum lengths and numbers, formats and patterns), so a refused caller is
 * refused by the policy rather than by the validation that runs before it. The sampler is the one the
 * verify:security tools use, on the demo world's day.
 */
export const sampleFromSchema = (schema: unknown): unknown =>
  sample(schema, { today: TODAY, text: 'Teks uji matriks otorisasi' });
