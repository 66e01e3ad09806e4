import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';

export type AuditRowInput = {
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
};

/**
 * Serialises the chainer across connections and server instances for the rest of its (short) transaction. Writers
 * never take it: they append unchained rows (ADR 0016).
 */
export async function lockAuditChain(db: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(7263001)`.execute(db);
}

/** The last linked row: where the next chained row attaches. */
export async function findChainHead(db: Database) {
  return db
    .selectFrom('audit_log')
    .select(['chain_seq', 'hash'])
    .where('chain_seq', 'is not', null)
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Committed rows not linked yet, oldest id first (the partial index audit_log_unchained_idx). */
export async function findUnchainedAuditRows(db: Database, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('chain_seq', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Links rows in one statement: each gets its place, the previous row's hash and its own. */
export async function linkAuditRows(
  db: Database,
  links: { id: number; chainSeq: number; prevHash: string; hash: string }[],
) {
  if (links.length === 0) return;
  // unnest of four parallel arrays: one round trip per batch instead of one per row.
  await sql`
    update audit_log a
       set chain_seq = v.seq, prev_hash = v.prev, hash = v.hash
      from unnest(${links.map((l) => l.id)}::bigint[], ${links.map((l) => l.chainSeq)}::bigint[],
                  ${links.map((l) => l.prevHash)}::text[], ${links.map((l) => l.hash)}::text[])
           as v(id, seq, prev, hash)
     where a.id = v.id and a.chain_seq is null`.execute(db);
}

export async function insertAuditRow(db: Database, row: AuditRowInput) {
  await db
    .insertInto('audit_log')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
};

export async function findAuditPage(db: Database, f: AuditFilter, page: number, pageSize: number) {
  let q = db.selectFrom('audit_log');
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', 'like', `${f.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  // Dates are WIB calendar days.
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('at', '<', new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000));
  return fetchPage(q.selectAll().orderBy('id', 'desc'), q, page, pageSize);
}

/** Streams the linked rows in chain order, in batches, so verification runs in constant memory. */
export async function* iterateAuditChain(db: Database, batch = 2000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain_seq', '>', after)
      .orderBy('chain_seq')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.chain_seq!;
  }
}

/** Display names of the accounts that acted (the log stores the user name, a NIP for employees). */
export async function findUserNames(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute();
}

const ids = (values: string[]) => values.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);

/**
 * What the log's records are called today, by entity type. The audit screen is the one place that reads every
 * module's records, only for their names, so it looks them up here rather than through eleven services.
 */
export async function findEntityNames(db: Database, byType: Map<string, string[]>) {
  const get = (type: string) => ids(byType.get(type) ?? []);
  const employee = get('employee');
  const user = get('user');
  const unit = get('org_unit');
  const position = get('position');
  const complaint = get('complaint');
  const skp = get('perf_skp');
  const evaluation = get('perf_evaluation');
  const year = get('perf_year');
  const survey = get('skm_survey');
  const response = get('skm_response');
  const followup = get('skm_followup');
  const invitation = get('skm_invitation');
  const category = get('complaint_category');
  // Import jobs are keyed by a UUID, not a number.
  const importJob = (byType.get('import_job') ?? []).filter((v) => /^[0-9a-f-]{36}$/i.test(v));
  const none = Promise.resolve([]);
  const [e, u, o, p, c, s, ev, y, sv, rs, fu, inv, cat, ij] = await Promise.all([
    employee.length
      ? db
          .selectFrom('employees')
          .select(['id', 'name', 'front_title', 'back_title'])
          .where('id', 'in', employee)
          .execute()
      : none,
    user.length
      ? db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', user).execute()
      : none,
    unit.length ? db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unit).execute() : none,
    position.length
      ? db.selectFrom('positions').select(['id', 'name']).where('id', 'in', position).execute()
      : none,
    complaint.length
      ? db.selectFrom('complaints').select(['id', 'ticket']).where('id', 'in', complaint).execute()
      : none,
    skp.length
      ? db
          .selectFrom('perf_skps as s')
          .innerJoin('employees as e', 'e.id', 's.employee_id')
          .innerJoin('perf_years as y', 'y.id', 's.year_id')
          .select(['s.id', 'e.name', 'e.front_title', 'e.back_title', 'y.year'])
          .where('s.id', 'in', skp)
          .execute()
      : none,
    evaluation.length
      ? db
          .selectFrom('perf_evaluations as v')
          .innerJoin('perf_skps as s', 's.id', 'v.skp_id')
          .innerJoin('employees as e', 'e.id', 's.employee_id')
          .innerJoin('perf_periods as p', 'p.id', 'v.period_id')
          .innerJoin('perf_years as y', 'y.id', 's.year_id')
          .select([
            'v.id',
            'v.skp_id',
            'v.period_id',
            'e.name',
            'e.front_title',
            'e.back_title',
            'p.label',
            'y.year',
          ])
          .where('v.id', 'in', evaluation)
          .execute()
      : none,
    year.length ? db.selectFrom('perf_years').select(['id', 'year']).where('id', 'in', year).execute() : none,
    survey.length
      ? db.selectFrom('skm_surveys').select(['id', 'title']).where('id', 'in', survey).execute()
      : none,
    response.length
      ? db
          .selectFrom('skm_responses as r')
          .innerJoin('skm_surveys as s', 's.id', 'r.survey_id')
          .select(['r.id', 'r.survey_id', 's.title'])
          .where('r.id', 'in', response)
          .execute()
      : none,
    followup.length
      ? db
          .selectFrom('skm_followups as f')
          .innerJoin('skm_surveys as s', 's.id', 'f.survey_id')
          .select(['f.id', 'f.survey_id', 's.title'])
          .where('f.id', 'in', followup)
          .execute()
      : none,
    invitation.length
      ? db
          .selectFrom('skm_invitations as i')
          .innerJoin('skm_surveys as s', 's.id', 'i.survey_id')
          .select(['i.id', 'i.survey_id', 's.title'])
          .where('i.id', 'in', invitation)
          .execute()
      : none,
    category.length
      ? db.selectFrom('complaint_categories').select(['id', 'name']).where('id', 'in', category).execute()
      : none,
    importJob.length
      ? db.selectFrom('import_jobs').select(['id', 'file_name']).where('id', 'in', importJob).execute()
      : none,
  ]);
  return {
    employees: e,
    users: u,
    units: o,
    positions: p,
    complaints: c,
    skps: s,
    evaluations: ev,
    years: y,
    surveys: sv,
    responses: rs,
    followups: fu,
    invitations: inv,
    categories: cat,
    importJobs: ij,
  };
}

/** The entries about these records of one type, oldest first (a complainant's data export, issue 16 §5). */
export async function findAuditOfEntities(db: Database, entityType: string, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom('audit_log')
    .select(['at', 'action', 'actor_name', 'entity_id'])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...entityIds])
    .orderBy('id')
    .execute();
}
