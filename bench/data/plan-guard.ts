import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type KyselyPlugin,
} from 'kysely';
import type { Database } from '../../apps/server/src/db/database';
import type { DB } from '../../apps/server/src/db/schema';
import type { Actor } from '../../apps/server/src/lib/actor';
import type { ServiceContext } from '../../apps/server/src/lib/context';
import * as dashboards from '../../apps/server/src/modules/dashboards/dashboards.service';
import * as complaints from '../../apps/server/src/modules/complaints/complaints.repository';
import * as followUps from '../../apps/server/src/modules/oversight/oversight-followups.repository';
import * as performance from '../../apps/server/src/modules/performance/performance.repository';
import * as aggregates from '../../apps/server/src/modules/surveys/survey-aggregates.repository';
import * as surveys from '../../apps/server/src/modules/surveys/surveys.repository';
import * as trainingReports from '../../apps/server/src/modules/training/training-reports.repository';

// The plan guard of issue 15 §2, shared by the test (apps/server/test/query-plans.test.ts, on the `test` scale) and
// bench/data/explain-views.ts (on the city data set): the per-employee and per-unit views, their SQL captured from
// the real repository functions, and the check that no plan reads a big table from end to end.

/** Tables that grow with people × years (millions of rows in a city); small lookup tables may be scanned. */
export const BIG_TABLES = [
  'complaints',
  'complaint_events',
  'skm_responses',
  'training_enrolments',
  'training_jp_credits',
  'oversight_findings',
  'oversight_recommendations',
  'perf_skps',
  'perf_rhk',
  'perf_indicators',
];

/** Whom the views are about: the busiest complaint handler and their unit, a recommendation owner, a survey. */
export type ViewSubjects = {
  busyAssignee: number;
  serviceUnit: number;
  head: number;
  headUnit: number;
  survey: number;
  /** The employees who handle the unit's complaints (a superior's team in the queue counts). */
  team: number[];
};

/** Picks the subjects from the data: the employee with most complaints is the worst case for their own lists. */
export async function pickViewSubjects(db: Database): Promise<ViewSubjects> {
  const busy = await db
    .selectFrom('complaints')
    .select(['assignee_employee_id', 'unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assignee_employee_id', 'is not', null)
    .groupBy(['assignee_employee_id', 'unit_id'])
    .orderBy('n', 'desc')
    .orderBy('assignee_employee_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const owner = await db
    .selectFrom('oversight_recommendations')
    .select(['owner_employee_id'])
    .where('owner_employee_id', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const ownerUnit = await db
    .selectFrom('oversight_recommendations')
    .select(['owner_unit_id'])
    .where('owner_unit_id', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const survey = await db
    .selectFrom('skm_surveys')
    .select('id')
    .where('unit_id', '=', busy.unit_id!)
    .where('status', '=', 'CLOSED')
    .orderBy('period_start', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const team = await db
    .selectFrom('complaints')
    .select('assignee_employee_id')
    .distinct()
    .where('unit_id', '=', busy.unit_id!)
    .where('assignee_employee_id', 'is not', null)
    .execute();
  return {
    team: team.map((r) => r.assignee_employee_id!),
    busyAssignee: busy.assignee_employee_id!,
    serviceUnit: busy.unit_id!,
    head: owner.owner_employee_id!,
    headUnit: ownerUnit.owner_unit_id!,
    survey: survey.id,
  };
}

/** The SQL a repository function sends, captured without running it (every query answers with no rows). */
export async function captureSql(run: (db: Database) => Promise<unknown>): Promise<CompiledQuery[]> {
  const captured: CompiledQuery[] = [];
  const compileOnly = new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  // A function that reads its own first result (e.g. a page's total) stops there; its queries are captured by then.
  await run(compileOnly).catch(() => undefined);
  return captured;
}

export type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

/** The big tables a plan reads with a sequential scan. */
export function seqScannedBigTables(node: PlanNode): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(node['Relation Name'] ?? '')
      ? [node['Relation Name']!]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScannedBigTables)];
}

/** Whether a plan sorts rows read from a big table (a list page that cannot stop after its first rows). */
export function sortsBigTable(node: PlanNode): boolean {
  if (node['Node Type'].endsWith('Sort') && (node.Plans ?? []).some(readsBigTable)) return true;
  return (node.Plans ?? []).some(sortsBigTable);
}

function readsBigTable(node: PlanNode): boolean {
  return BIG_TABLES.includes(node['Relation Name'] ?? '') || (node.Plans ?? []).some(readsBigTable);
}

/** The plan of a captured query (EXPLAIN, FORMAT JSON); with `analyze` it runs and carries timings. */
export async function explainQuery(
  db: Database,
  query: CompiledQuery,
  analyze = false,
): Promise<{ Plan: PlanNode; 'Execution Time'?: number }> {
  const result = await db.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
    CompiledQuery.raw(`explain (format json${analyze ? ', analyze' : ''}) ${query.sql}`, [...query.parameters]),
  );
  const raw = result.rows[0]!['QUERY PLAN'];
  const parsed = typeof raw === 'string' ? (JSON.parse(raw) as [{ Plan: PlanNode }]) : raw;
  return parsed[0];
}

/** The per-employee and per-unit views of issue 15 §2, each as the repository call(s) behind it. */
export function perEmployeeAndUnitViews(
  subjects: () => ViewSubjects,
  year: number,
): [string, (db: Database) => Promise<unknown>][] {
  // Read when a view runs: the test lists the cases before its data exists.
  const ids = new Proxy({} as ViewSubjects, { get: (_target, key) => subjects()[key as keyof ViewSubjects] });
  const from = new Date(`${year}-01-01T00:00:00+07:00`);
  const to = new Date(`${year + 1}-01-01T00:00:00+07:00`);
  return [
  [
    'the complaint list of one assignee',
    (db) =>
      complaints.findComplaintsPage(
        db,
        { visibility: { assigneeIds: [ids.busyAssignee], includeIntegrity: false } },
        1,
        25,
      ),
  ],
  [
    'the open complaints of one assignee',
    (db) =>
      complaints.findComplaintsPage(
        db,
        { visibility: { assigneeIds: [ids.busyAssignee], includeIntegrity: false }, openOnly: true },
        1,
        25,
      ),
  ],
  [
    'the complaint list of one unit',
    (db) => complaints.findComplaintsPage(db, { visibility: null, unitIds: [ids.serviceUnit] }, 1, 25),
  ],
  [
    'the complaint figures of one employee for a year',
    (db) => complaints.findComplaintsForStats(db, { assigneeId: ids.busyAssignee, from, to }),
  ],
  [
    'the complaint figures of one unit for a year',
    (db) => complaints.findComplaintsForStats(db, { unitIds: [ids.serviceUnit], from, to }),
  ],
  [
    "the open-queue count of a superior's team",
    (db) =>
      complaints.countComplaints(db, {
        visibility: { assigneeIds: ids.team, includeIntegrity: false },
        openOnly: true,
      }),
  ],
  [
    'the open-queue counts of the complaint desk (all and integrity)',
    async (db) => {
      // Each count reads its own (empty) answer and would stop the next one: capture both regardless.
      await complaints.countComplaints(db, { visibility: null, openOnly: true }).catch(() => 0);
      await complaints
        .countComplaints(db, {
          visibility: { assigneeIds: [], includeIntegrity: true, integrityOnly: true },
          openOnly: true,
        })
        .catch(() => 0);
    },
  ],
  ['the surveys of one unit', (db) => surveys.findUnitSurveys(db, ids.serviceUnit)],
  ['the IKM of one unit and period', (db) => aggregates.findSurveyAggregates(db, [ids.survey])],
  ['the IKM per service of one survey', (db) => aggregates.findServiceTypeAggregates(db, ids.survey)],
  [
    "an employee's SKP list",
    (db) => performance.findSkps(db, { employeeIds: [ids.busyAssignee] }),
  ],
  ["an employee's JP credits of a year", (db) => trainingReports.findJpCredits(db, ids.busyAssignee, year)],
  ["an employee's JP total of a year", (db) => trainingReports.findJpTotals(db, year, [ids.busyAssignee])],
  [
    'the open recommendations of an owner (employee or unit)',
    (db) =>
      followUps.findRecommendations(db, {
        statuses: ['OPEN', 'RETURNED'],
        ownerEmployeeIds: [ids.head],
        ownerUnitIds: [ids.headUnit],
      }),
  ],
  ];
}

/**
 * Every statement a service call sends while it runs on the real database, compiled as PostgreSQL: for reads that
 * decide what to ask next from what they read (the dashboards), where a compile-only capture would stop early.
 */
export function recordingDb(db: Database): { db: Database; queries: CompiledQuery[] } {
  const queries: CompiledQuery[] = [];
  const compiler = new PostgresQueryCompiler();
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      queries.push(compiler.compileQuery(args.node, args.queryId));
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(recorder), queries };
}

/** The signed-in person as the auth plugin makes them, for calling a service directly. */
export async function actorFor(db: Database, username: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'employee_id', 'must_change_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const roles = await db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute();
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: roles.map((r) => r.role).sort(),
    employeeId: user.employee_id,
    sessionId: 'plan-guard',
    ip: '127.0.0.1',
    mustChangePassword: user.must_change_password,
  };
}

/** The demo people whose dashboards the guard reads (they exist in the demo office and so in every generated set). */
export const DASHBOARD_READERS = {
  employee: '198910252010101308',
  superior: '197505092001032232',
  pimpinan: 'camat',
  admin: 'admin',
};

/**
 * The dashboards of issue 14 §2 that show one person or one team: Kinerja Saya, a superior's Tim Saya and the
 * Camat's (the whole office), each as its reader, the real service call, and whether it is a whole-office read (the
 * Camat's lists every overdue recommendation of the office, the Pimpinan's rule in oversight, so a scan of the
 * findings may be the planner's right choice there). Run it with `recordingDb` as the context's database (the
 * reader from `actorFor` on the plain one) to get its statements.
 */
export function dashboardViews(): [
  string,
  string,
  (ctx: ServiceContext, actor: Actor) => Promise<unknown>,
  { officeWide: boolean },
][] {
  return [
    [
      'Kinerja Saya of an employee',
      DASHBOARD_READERS.employee,
      (ctx, actor) => dashboards.getMyDashboard(ctx, actor, {}),
      { officeWide: false },
    ],
    [
      "a superior's Tim Saya",
      DASHBOARD_READERS.superior,
      (ctx, actor) => dashboards.getTeamDashboard(ctx, actor, {}),
      { officeWide: false },
    ],
    [
      "a superior's Tim Saya filtered by predikat (ADR 0021)",
      DASHBOARD_READERS.superior,
      (ctx, actor) => dashboards.getTeamDashboard(ctx, actor, { predikat: 'BAIK' }),
      { officeWide: false },
    ],
    [
      "the Camat's Tim Saya (the whole office)",
      DASHBOARD_READERS.pimpinan,
      (ctx, actor) => dashboards.getTeamDashboard(ctx, actor, {}),
      { officeWide: true },
    ],
  ];
}
