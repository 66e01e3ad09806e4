// `npx tsx bench/data/search-and-sla.ts --database-url postgres://… [--apply-migration] [--sla]` (issue 15, ADR 0013):
// times the complaint list's free-text search (`q=`) through the real repository function and the deadlines job on a
// generated city database, and prints Markdown.
// - `--apply-migration` runs the up() of migration 2026-12-08T06 without recording it in the migration table (for a
//   shared database whose migration table another branch also writes; the migration is idempotent, so the real
//   migrator runs it again harmlessly later).
// - `--sla` runs the real job twice (now, and a minute later) inside one transaction that is rolled back at the end:
//   the job's own transactions become savepoints, so the database is left exactly as it was.
// Without `--sla` it only reads.
import { parseArgs } from 'node:util';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type Driver,
} from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../apps/server/src/config';
// Importing database.ts registers the pg type parsers the server uses (DATE as 'YYYY-MM-DD').
import '../../apps/server/src/db/database';
import { up } from '../../apps/server/src/db/migrations/2026-12-08T06-00-complaint-search-and-sla-checks';
import type { DB } from '../../apps/server/src/db/schema';
import { runComplaintSlaJob } from '../../apps/server/src/modules/complaints/complaint-sla.job';
import * as complaints from '../../apps/server/src/modules/complaints/complaints.repository';
import { captureSql, explainQuery, type PlanNode } from './plan-guard';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'apply-migration': { type: 'boolean' },
    sla: { type: 'boolean' },
  },
});
const url = values['database-url'] ?? process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Pemakaian: npx tsx bench/data/search-and-sla.ts --database-url postgres://… [--sla]\n');
  process.exit(2);
}
const out = (m: string) => process.stdout.write(`${m}\n`);

/** Transactions as savepoints inside the one transaction the script opens (and rolls back). */
class SavepointDriver extends PostgresDriver {
  override async beginTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('savepoint bench_job'));
  }
  override async commitTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('release savepoint bench_job'));
  }
  override async rollbackTransaction(c: DatabaseConnection) {
    await c.executeQuery(CompiledQuery.raw('rollback to savepoint bench_job'));
  }
}
class SavepointDialect extends PostgresDialect {
  constructor(private readonly p: pg.Pool) {
    super({ pool: p });
  }
  override createDriver(): Driver {
    return new SavepointDriver({ pool: this.p });
  }
}

// One connection: the rolled-back transaction and every query of the job share it.
const pool = new pg.Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
const db = new Kysely<DB>({ dialect: new SavepointDialect(pool) });

function scans(node: PlanNode & { 'Index Name'?: string }): string[] {
  const own = node['Relation Name']
    ? [`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

try {
  if (values['apply-migration']) {
    const { ms } = await timed(() => up(db));
    out(`Migration 2026-12-08T06 applied (not recorded) in ${(ms / 1000).toFixed(1)} s\n`);
  }

  out('| `q=` (staff list, scope all, page 1 of 25 + capped count) | found | list call ms | reads complaints through |');
  out('|---|---:|---:|---|');
  const newest = await db.selectFrom('complaints').select('ticket').orderBy('id', 'desc').limit(1).execute();
  for (const q of ['zebra', newest[0]!.ticket.slice(-6), 'meluap', 'jalan']) {
    const { ms, result } = await timed(() => complaints.findComplaintsPage(db, { visibility: null, q }, 1, 25));
    const plans = await Promise.all(
      (await captureSql((x) => complaints.findComplaintsPage(x, { visibility: null, q }, 1, 25))).map((c) =>
        explainQuery(db, c),
      ),
    );
    const reads = [...new Set(plans.flatMap((p) => scans(p.Plan)))].filter((x) => / complaints\b/.test(x));
    out(`| ${q} | ${result.total}${result.totalCapped ? '+' : ''} | ${ms.toFixed(0)} | ${reads.join('; ')} |`);
  }

  // What the job read every minute before ADR 0013: every watched complaint, in batches of 500 by id.
  const oldRead = await timed(async () => {
    let after = 0;
    let n = 0;
    for (;;) {
      const rows = await complaints
        .selectComplaintsForSlaJob(db)
        .where('k.id', '>', after)
        .orderBy('k.id')
        .limit(500)
        .execute();
      n += rows.length;
      if (rows.length < 500) return n;
      after = rows.at(-1)!.id;
    }
  });
  out(`\nThe pre-ADR-0013 job's read of every watched complaint: ${oldRead.result} rows in ${oldRead.ms.toFixed(0)} ms`);

  if (values.sla) {
    const ctx = { db, config: loadConfig({ ...process.env, DATABASE_URL: url }), now: () => new Date() };
    await db.executeQuery(CompiledQuery.raw('begin'));
    try {
      const due = await db
        .selectFrom('complaints')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', ['DITERIMA', 'DIDISPOSISI', 'DIPROSES', 'MENUNGGU_INFO', 'SELESAI'])
        .where('sla_check_at', '<=', new Date())
        .executeTakeFirstOrThrow();
      out(`\nDeadlines job (rolled back afterwards); watched complaints due now: ${due.n}\n`);
      out('| run | complaints read | events | ms |');
      out('|---|---:|---:|---:|');
      const now = new Date();
      for (const [name, at] of [
        ['first run (every watched complaint due)', now],
        ['a minute later', new Date(now.getTime() + 60_000)],
        ['another minute later', new Date(now.getTime() + 120_000)],
      ] as const) {
        const { ms, result } = await timed(() => runComplaintSlaJob(ctx, at));
        out(`| ${name} | ${result.checked} | ${result.events} | ${ms.toFixed(0)} |`);
      }
      const [dueSql] = await captureSql((x) => complaints.findComplaintsDueForSlaCheck(x, new Date(), 500));
      const plan = await explainQuery(db, dueSql!, true);
      out(
        `\nThe job's query a minute later: ${[...new Set(scans(plan.Plan))].join('; ')}, ${(plan['Execution Time'] ?? 0).toFixed(1)} ms`,
      );
    } finally {
      await db.executeQuery(CompiledQuery.raw('rollback'));
    }
  }
} finally {
  await db.destroy();
}
