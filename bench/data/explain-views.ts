// `npx tsx bench/data/explain-views.ts --database-url postgres://… [--year 2026]`: runs the plan guard's per-employee
// and per-unit views (bench/data/plan-guard.ts) with EXPLAIN ANALYZE on a generated database and prints a Markdown
// table: which tables each plan reads and how, and how long the query took there; then the same for every statement
// the dashboards send (Kinerja Saya, Tim Saya of a superior and of the Camat), run for real as their demo readers.
// Read-only.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../apps/server/src/config';
import { createKysely } from '../../apps/server/src/db/database';
import {
  actorFor,
  captureSql,
  dashboardViews,
  explainQuery,
  perEmployeeAndUnitViews,
  pickViewSubjects,
  recordingDb,
  seqScannedBigTables,
  type PlanNode,
} from './plan-guard';

const { values } = parseArgs({
  options: { 'database-url': { type: 'string' }, year: { type: 'string' } },
});
const url = values['database-url'] ?? process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('Pemakaian: npx tsx bench/data/explain-views.ts --database-url postgres://… [--year 2026]\n');
  process.exit(2);
}
const year = Number(values.year ?? new Date().getUTCFullYear());
// The app's own Kysely (its type parsers: dates as the services expect them), one connection.
const db = createKysely(new pg.Pool({ connectionString: url, max: 1 }), { ownsDatabase: false });

/** "Index Scan complaints (complaints_assignee_idx)" for each node that reads a table. */
function scans(node: PlanNode & { 'Index Name'?: string }): string[] {
  const own = node['Relation Name']
    ? [`${node['Node Type']} ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

try {
  const ids = await pickViewSubjects(db);
  const out = (m: string) => process.stdout.write(`${m}\n`);
  out(`Subjects: ${JSON.stringify({ ...ids, team: `${ids.team.length} employees` })}\n`);
  out('| View | Query | Reads | Seq scan of a big table | Time (ms) |');
  out('|---|---|---|---|---|');
  for (const [name, run] of perEmployeeAndUnitViews(() => ids, year)) {
    const queries = await captureSql(run);
    for (const [i, q] of queries.entries()) {
      const plan = await explainQuery(db, q, true);
      const seq = seqScannedBigTables(plan.Plan);
      const reads = [...new Set(scans(plan.Plan))].join('; ');
      out(
        `| ${name} | ${i + 1} | ${reads} | ${seq.length ? seq.join(', ') : 'none'} | ${(plan['Execution Time'] ?? 0).toFixed(1)} |`,
      );
    }
  }
  out('\n| Dashboard | Statements | Slowest (ms) | Sum (ms) | Seq scans of a big table |');
  out('|---|---|---|---|---|');
  const config = loadConfig({ ...process.env, DATA_DIR: '/tmp/sim-explain-unused', WEB_DIST: '/nonexistent' });
  for (const [name, reader, view] of dashboardViews()) {
    const recording = recordingDb(db);
    await view({ db: recording.db, config, now: () => new Date() }, await actorFor(db, reader));
    const times: number[] = [];
    const seq = new Set<string>();
    for (const q of recording.queries) {
      const plan = await explainQuery(db, q, true);
      times.push(plan['Execution Time'] ?? 0);
      for (const table of seqScannedBigTables(plan.Plan)) seq.add(table);
    }
    const sum = times.reduce((a, b) => a + b, 0);
    out(
      `| ${name} | ${times.length} | ${Math.max(...times).toFixed(1)} | ${sum.toFixed(1)} | ${seq.size ? [...seq].join(', ') : 'none'} |`,
    );
  }
} finally {
  await db.destroy();
}
