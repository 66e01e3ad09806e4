// `npx tsx bench/data/explain-views.ts --database-url postgres://… [--year 2026]`: runs the plan guard's per-employee
// and per-unit views (bench/data/plan-guard.ts) with EXPLAIN ANALYZE on a generated database and prints a Markdown
// table: which tables each plan reads and how, and how long the query took there. Read-only.
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../../apps/server/src/db/schema';
import {
  captureSql,
  explainQuery,
  perEmployeeAndUnitViews,
  pickViewSubjects,
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
const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });

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
} finally {
  await db.destroy();
}
