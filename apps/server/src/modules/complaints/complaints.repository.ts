import {
  renderComplaintMessageId,
  type ComplaintMessageCode,
  type ComplaintMessageParams,
} from '@sim/contracts';
import {
  expressionBuilder,
  sql,
  type Expression,
  type Insertable,
  type RawBuilder,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { ComplaintStatus, HolidayKind } from '@sim/contracts';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import { activeOn } from '../org/org-queries';
import type {
  DB,
  ComplaintCategoriesTable,
  ComplaintEventsTable,
  ComplaintsTable,
  Open311ApiKeysTable,
  ComplaintAttachmentsTable,
} from '../../db/schema';

// The only Kysely user of the complaints tables. Names of units, employees and users are joined read-only for
// display; the organisation rules themselves (superiors, subtrees) come from the org service.

const SLA_POLICY_KEY = 'complaints.sla_policy';
/** Stamp of the deadline rules the stored SLA check times were computed with (the deadlines job, ADR 0013). */
const SLA_RULES_STAMP_KEY = 'complaints.sla_job_rules_stamp';

// ---------------------------------------------------------------- catalogue

export function selectCategories(db: Database) {
  return db
    .selectFrom('complaint_categories as c')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select('u.name as unit_name');
}
export type CategoryRow = Awaited<ReturnType<typeof findCategories>>[number];

export async function findCategories(db: Database, options: { activeOnly?: boolean } = {}) {
  let q = selectCategories(db);
  if (options.activeOnly) q = q.where('c.is_active', '=', true);
  return q.orderBy('c.group_name').orderBy('c.name').execute();
}

export async function findCategoryById(db: Database, id: number) {
  return selectCategories(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findCategoryByCode(db: Database, code: string) {
  return selectCategories(db).where('c.code', '=', code).executeTakeFirst();
}

export async function insertCategory(db: Database, row: Insertable<ComplaintCategoriesTable>) {
  return db.insertInto('complaint_categories').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateCategory(db: Database, id: number, patch: Updateable<ComplaintCategoriesTable>) {
  await db.updateTable('complaint_categories').set(patch).where('id', '=', id).execute();
}

export async function findUnitName(db: Database, unitId: number) {
  const row = await db.selectFrom('org_units').select('name').where('id', '=', unitId).executeTakeFirst();
  return row?.name;
}

export async function findKelurahanNames(db: Database): Promise<string[]> {
  const rows = await db
    .selectFrom('org_units')
    .select('name')
    .where('type', '=', 'KELURAHAN')
    .where('is_active', '=', true)
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name.replace(/^Kelurahan\s+/i, ''));
}

// ---------------------------------------------------------------- settings and calendar

export async function findSlaPolicyValue(db: Database): Promise<unknown> {
  return findSetting(db, SLA_POLICY_KEY);
}

export async function upsertSlaPolicyValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, SLA_POLICY_KEY, value, at);
}

export async function findAllHolidayDates(db: Database): Promise<string[]> {
  const rows = await db.selectFrom('work_holidays').select('date').orderBy('date').execute();
  return rows.map((r) => r.date);
}

export async function findHolidaysOfYear(db: Database, year: number) {
  return db
    .selectFrom('work_holidays')
    .select(['date', 'name', 'kind'])
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
}

export async function findHoliday(db: Database, date: string) {
  return db.selectFrom('work_holidays').selectAll().where('date', '=', date).executeTakeFirst();
}

export async function insertHoliday(db: Database, row: { date: string; name: string; kind: HolidayKind }) {
  await db.insertInto('work_holidays').values(row).execute();
}

export async function deleteHoliday(db: Database, date: string) {
  await db.deleteFrom('work_holidays').where('date', '=', date).execute();
}

// ---------------------------------------------------------------- complaints

/**
 * Takes the next number of the year in a statement of its own, before the filing's transaction, so the counter row
 * is locked for one statement instead of the whole filing (issue 15: filings ran one at a time). A filing that then
 * fails leaves a gap, which the ticket rules allow (complaints.md asks unique numbers, not gapless ones). The
 * statement's own (implicit) transaction commits without waiting for its WAL flush — `set_config(…, true)` inside
 * the statement is local to that transaction and read at its commit: the filing that uses the number commits later
 * and its flush writes this change too, so no stored complaint can ever carry a number the counter lost in a crash.
 * One round trip instead of begin/set/update/commit (ADR 0014). Never inside a transaction: there the setting would
 * make the caller's commit asynchronous too.
 */
export async function reserveTicketNumber(db: Database, year: number): Promise<number> {
  if (db.isTransaction) throw new Error('reserveTicketNumber runs outside a transaction');
  const row = await db
    .insertInto('complaint_ticket_counters')
    .columns(['year', 'last'])
    .expression((eb) =>
      eb
        .selectFrom(
          sql<{ off: string }>`(select set_config('synchronous_commit', 'off', true) as off)`.as('s'),
        )
        .select([sql<number>`${year}::integer`.as('year'), sql<number>`1`.as('last')]),
    )
    .onConflict((oc) => oc.column('year').doUpdateSet({ last: sql`complaint_ticket_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/**
 * A new complaint and its first timeline entry in one statement (one round trip on the filing path, ADR 0014); the
 * entry's `complaint_id` is the new row's. Returns the complaint's id.
 */
export async function insertComplaintWithEvent(
  db: Database,
  row: Insertable<ComplaintsTable>,
  event: Omit<Insertable<ComplaintEventsTable>, 'complaint_id'>,
): Promise<{ id: number }> {
  const inserted = await db
    .with('k', (w) => w.insertInto('complaints').values(row).returning('id'))
    .insertInto('complaint_events')
    .values({ ...event, complaint_id: (eb) => eb.selectFrom('k').select('k.id') })
    .returning('complaint_id')
    .executeTakeFirstOrThrow();
  return { id: inserted.complaint_id };
}

export async function updateComplaint(db: Database, id: number, patch: Updateable<ComplaintsTable>) {
  await db.updateTable('complaints').set(patch).where('id', '=', id).execute();
}

/**
 * Complaint rows with the names a list or a detail shows. The category is a left join although every complaint has
 * one (`category_id` is NOT NULL with a foreign key, so the rows are the same as an inner join's). A list's count
 * does not start from here but from the bare table (filteredComplaintIds), so it can read an index alone.
 */
export function selectComplaints(db: Database) {
  return db
    .selectFrom('complaints as k')
    .leftJoin('complaint_categories as c', 'c.id', 'k.category_id')
    .leftJoin('org_units as u', 'u.id', 'k.unit_id')
    .leftJoin('employees as e', 'e.id', 'k.assignee_employee_id')
    .selectAll('k')
    .select([
      'c.code as category_code',
      'c.name as category_name',
      'u.name as unit_name',
      'e.name as assignee_name',
      'e.front_title as assignee_front_title',
      'e.back_title as assignee_back_title',
    ])
    .$narrowType<{ category_code: string; category_name: string }>();
}
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findComplaintById>>>;

export async function findComplaintById(db: Database, id: number, options: { forUpdate?: boolean } = {}) {
  let q = selectComplaints(db).where('k.id', '=', id);
  if (options.forUpdate) q = q.forUpdate('k');
  return q.executeTakeFirst();
}

export async function findComplaintByTicket(db: Database, ticket: string) {
  return selectComplaints(db).where('k.ticket', '=', ticket).executeTakeFirst();
}

export async function findComplaintByTrackingHash(
  db: Database,
  hash: string,
  options: { forUpdate?: boolean } = {},
) {
  let q = selectComplaints(db).where('k.tracking_hash', '=', hash);
  if (options.forUpdate) q = q.forUpdate('k');
  return q.executeTakeFirst();
}

export async function findMergedTickets(db: Database, id: number): Promise<string[]> {
  const rows = await db.selectFrom('complaints').select('ticket').where('duplicate_of_id', '=', id).execute();
  return rows.map((r) => r.ticket);
}

export async function findTicketById(db: Database, id: number) {
  const row = await db.selectFrom('complaints').select('ticket').where('id', '=', id).executeTakeFirst();
  return row?.ticket ?? null;
}

export type ComplaintFilter = {
  /** Null = no restriction; otherwise the complaint must match one of the visibility clauses. */
  visibility: null | {
    assigneeIds: number[];
    includeIntegrity: boolean;
    integrityOnly?: boolean;
  };
  status?: ComplaintStatus;
  statuses?: ComplaintStatus[];
  openOnly?: boolean;
  closedOnly?: boolean;
  q?: string;
  assigneeId?: number;
  unitIds?: number[];
  receivedFrom?: Date;
  receivedTo?: Date;
  metric?: string;
  /** Leave out Rahasia (confidential) complaints: for open interfaces such as Open311. */
  publicOnly?: boolean;
  tickets?: string[];
  categoryCodes?: string[];
  /** The desk's queue: not yet dispositioned (waiting for the reporter during verification included). */
  awaitingVerification?: boolean;
};

/** Conditions on the complaint row alone (alias `k`), so a count can read `complaints` without the display joins. */
const onComplaint = expressionBuilder<DB & { k: ComplaintsTable }, 'k'>();

/**
 * The condition a filter puts on a complaint (null: none). It names only the complaint's own columns — the category
 * codes through a subquery — so a list page (selectComplaints, with the names it shows) and a count of the bare
 * table select the same rows. The count must not carry the joins: PostgreSQL drops a left join nobody reads, but
 * the join columns stay in what it must read from the complaint, which rules out an index-only scan (issue 15: the
 * capped count of a year's list read 1,001 heap rows, 1.2–1.8 ms; from the index alone 0.1–0.3 ms).
 */
function complaintCondition(f: ComplaintFilter): Expression<SqlBool> | null {
  const eb = onComplaint;
  const all: Expression<SqlBool>[] = [];
  if (f.visibility) {
    const v = f.visibility;
    const ors = [];
    if (v.assigneeIds.length > 0) ors.push(eb('k.assignee_employee_id', 'in', v.assigneeIds));
    if (v.includeIntegrity) ors.push(eb('k.is_integrity', '=', true));
    all.push(ors.length > 0 ? eb.or(ors) : eb.val(false));
    if (v.integrityOnly) all.push(eb('k.is_integrity', '=', true));
  }
  if (f.publicOnly) all.push(eb('k.is_confidential', '=', false));
  if (f.tickets)
    all.push(eb('k.ticket', 'in', f.tickets.length > 0 ? f.tickets.map((x) => x.toUpperCase()) : ['']));
  if (f.categoryCodes) {
    const codes = f.categoryCodes.length > 0 ? f.categoryCodes : [''];
    all.push(
      eb(
        'k.category_id',
        'in',
        eb.selectFrom('complaint_categories as c').select('c.id').where('c.code', 'in', codes),
      ),
    );
  }
  if (f.status) all.push(eb('k.status', '=', f.status));
  if (f.statuses) all.push(eb('k.status', 'in', f.statuses));
  if (f.awaitingVerification) {
    all.push(
      eb.or([
        eb('k.status', 'in', ['DITERIMA', 'DIVERIFIKASI']),
        eb.and([eb('k.status', '=', 'MENUNGGU_INFO'), eb('k.paused_status', '=', 'DITERIMA')]),
      ]),
    );
  }
  if (f.openOnly) all.push(eb('k.status', 'not in', ['DITOLAK', 'SELESAI', 'DITUTUP']));
  if (f.closedOnly) all.push(eb('k.status', 'in', ['DITOLAK', 'SELESAI', 'DITUTUP']));
  if (f.assigneeId) all.push(eb('k.assignee_employee_id', '=', f.assigneeId));
  if (f.unitIds) all.push(eb('k.unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : [-1]));
  if (f.receivedFrom) all.push(eb('k.received_at', '>=', f.receivedFrom));
  if (f.receivedTo) all.push(eb('k.received_at', '<', f.receivedTo));
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    all.push(
      eb.or([
        eb(eb.fn('lower', ['k.ticket']), 'like', pattern),
        eb(eb.fn('lower', ['k.description']), 'like', pattern),
        eb(eb.fn('lower', ['k.address']), 'like', pattern),
      ]),
    );
  }
  switch (f.metric) {
    case 'finished':
      all.push(eb('k.resolved_at', 'is not', null), eb('k.status', 'in', ['SELESAI', 'DITUTUP']));
      break;
    case 'onTime':
      all.push(
        eb('k.resolved_at', 'is not', null),
        eb('k.status', 'in', ['SELESAI', 'DITUTUP']),
        eb('k.was_breached', '=', false),
      );
      break;
    case 'late':
    case 'breached':
      all.push(eb('k.was_breached', '=', true));
      break;
    case 'reopened':
      all.push(eb('k.reopen_count', '>', 0));
      break;
    case 'rated':
      all.push(eb('k.rating', 'is not', null));
      break;
    default:
      break;
  }
  return all.length === 0 ? null : all.length === 1 ? all[0]! : eb.and(all);
}

/** The complaints a filter selects with the names a list shows. */
function filteredComplaints(db: Database, f: ComplaintFilter) {
  const condition = complaintCondition(f);
  const q = selectComplaints(db);
  return condition ? q.where(condition) : q;
}

/** The bare complaint rows a filter selects, for counting (no display join: see complaintCondition). */
function filteredComplaintIds(db: Database, f: ComplaintFilter) {
  const condition = complaintCondition(f);
  const q = db.selectFrom('complaints as k');
  return condition ? q.where(condition) : q;
}

/** How many complaints a filter selects (the queue tab counts). */
export async function countComplaints(db: Database, f: ComplaintFilter): Promise<number> {
  const row = await filteredComplaintIds(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * How many rows a staff list counts at most before it says "more than" (issue 15: counting a city's 2 million
 * complaints for the "all" list took seconds on every page). Past it, people narrow the list with the filters.
 */
export const COMPLAINT_LIST_COUNT_CAP = 1000;

/**
 * One page of a staff list in queue order (nearest deadline first) and the number of rows, counted up to
 * COMPLAINT_LIST_COUNT_CAP or one page beyond the one shown, whichever is more, so the next page can always be
 * opened; `totalCapped` says the list has more than `total` rows.
 */
export async function findComplaintsPage(db: Database, f: ComplaintFilter, page: number, pageSize: number) {
  const cap = Math.max(COMPLAINT_LIST_COUNT_CAP, (page + 1) * pageSize);
  const [items, count] = await Promise.all([
    findComplaintRows(db, f, page, pageSize),
    db
      .selectFrom(
        filteredComplaintIds(db, f)
          .select(sql<number>`1`.as('one'))
          .limit(cap + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(count.n);
  return { items, total: Math.min(n, cap), totalCapped: n > cap };
}

/** Queue order: nearest deadline first (none last), then the latest arrival, then the highest id. */
const QUEUE_ORDER = sql`k.deadline_at asc nulls last, k.received_at desc, k.id desc`;

/** One page of the complaints a filter selects, whole rows with the names a list shows, in queue order. */
export async function findComplaintRows(db: Database, f: ComplaintFilter, page: number, pageSize: number) {
  return filteredComplaints(db, f)
    .orderBy(QUEUE_ORDER)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

/**
 * An instant as Open311 writes it, ISO 8601 in WIB to the second: `2026-03-17T10:00:00+07:00` (null stays null).
 * Formatted by PostgreSQL (WIB is UTC+7 all year; the fraction of a second is dropped): a page of 1,000 requests
 * is 3,000 instants, each otherwise parsed into a Date by the driver and formatted back in Node (issue 15).
 */
const wibOffsetText = (instant: RawBuilder<unknown>) =>
  sql<
    string | null
  >`to_char(${instant} at time zone 'UTC' + interval '7 hours', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"')`;

/**
 * One page of an Open311 answer: the public fields of the complaints a filter selects, in queue order. The page's
 * ids are chosen first from the filter's columns alone and only those rows are read whole (issue 15: the open
 * requests of the 90-day window sorted about 16,000 full rows scattered over 11,000 heap pages — the planner
 * expects 1,200, as open status and a recent arrival go together — while the id, arrival and deadline of every
 * open public complaint sit in complaints_open_public_received_idx). No assignee and no reporter contact; the
 * reporter's name only to mask it in the description.
 */
export async function findOpen311Rows(db: Database, f: ComplaintFilter, page: number, pageSize: number) {
  const ids = filteredComplaintIds(db, f)
    .select('k.id')
    .orderBy(QUEUE_ORDER)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return (
    db
      .selectFrom('complaints as k')
      .leftJoin('complaint_categories as c', 'c.id', 'k.category_id')
      .leftJoin('org_units as u', 'u.id', 'k.unit_id')
      .select([
        'k.ticket',
        'k.status',
        'k.reject_reason',
        'k.description',
        'k.reporter_name',
        wibOffsetText(sql.ref('k.received_at')).as('received_at'),
        wibOffsetText(sql.ref('k.updated_at')).as('updated_at'),
        wibOffsetText(sql.ref('k.deadline_at')).as('deadline_at'),
        'k.address',
        'k.kelurahan',
        'k.lat',
        'k.lng',
        'c.code as category_code',
        'c.name as category_name',
        'u.name as unit_name',
      ])
      .$narrowType<{
        category_code: string;
        category_name: string;
        received_at: string;
        updated_at: string;
      }>()
      // An array of the page's ids, so the rows are read by primary key whatever the planner guesses of the page.
      .where(sql<boolean>`k.id = any(array(${ids}))`)
      .orderBy(QUEUE_ORDER)
      .execute()
  );
}
export type Open311Row = Awaited<ReturnType<typeof findOpen311Rows>>[number];

/** Complaints whose clock or closure the scheduled job must look at. */
/**
 * Complaints the deadlines job looks at: every state in which a clock runs, MENUNGGU_INFO included (a deadline
 * breached before the question to the reporter keeps escalating), and SELESAI for the automatic closure, with the
 * time of the reporter's latest message or file (its reply, which restarts the closure window).
 */
/** The statuses the deadlines job watches (the partial index complaints_sla_check_idx names the same ones). */
const SLA_WATCHED_STATUSES: ComplaintStatus[] = [
  'DITERIMA',
  'DIDISPOSISI',
  'DIPROSES',
  'MENUNGGU_INFO',
  'SELESAI',
];

/** The watched complaints with what the deadlines job needs (the reporter's latest reply postpones the closure). */
export function selectComplaintsForSlaJob(db: Database) {
  return selectComplaints(db)
    .select((eb) =>
      eb
        .selectFrom('complaint_events as ev')
        .whereRef('ev.complaint_id', '=', 'k.id')
        .where('ev.type', 'in', ['INFO_PELAPOR', 'LAMPIRAN'])
        .where('ev.actor_user_id', 'is', null)
        .select((x) => x.fn.max('ev.at').as('at'))
        .as('last_reporter_reply_at'),
    )
    .where('k.status', 'in', SLA_WATCHED_STATUSES);
}

/**
 * The next complaints the deadlines job must look at: those whose `sla_check_at` has come (ADR 0013), earliest
 * first, read through the partial index of the watched statuses and locked until the batch commits, so a staff
 * write made meanwhile waits and then marks the row for the next run instead of being overwritten by a stale check.
 */
export async function findComplaintsDueForSlaCheck(db: Database, now: Date, limit: number) {
  return selectComplaintsForSlaJob(db)
    .where('k.sla_check_at', '<=', now)
    .orderBy('k.sla_check_at')
    .orderBy('k.id')
    .limit(limit)
    .forUpdate('k')
    .execute();
}

/**
 * When the deadlines job must look at each complaint again (null: not until something else changes it), in one
 * statement for a batch (one UPDATE per complaint made a city's first run take minutes).
 */
export async function setSlaCheckTimes(
  db: Database,
  checks: { id: number; at: Date | null }[],
): Promise<void> {
  if (checks.length === 0) return;
  await sql`
    update complaints k set sla_check_at = v.at
      from unnest(${checks.map((c) => c.id)}::int[], ${checks.map((c) => c.at)}::timestamptz[]) as v(id, at)
     where k.id = v.id`.execute(db);
}

/** Every watched complaint is checked at the next run (the deadline rules or the calendar changed). */
export async function markAllForSlaCheck(db: Database): Promise<void> {
  await db
    .updateTable('complaints')
    .set({ sla_check_at: new Date(0) })
    .where('status', 'in', SLA_WATCHED_STATUSES)
    .execute();
}

/** The stamp of the deadline rules and calendar the stored check times were computed with. */
export async function findSlaRulesStamp(db: Database): Promise<unknown> {
  return findSetting(db, SLA_RULES_STAMP_KEY);
}

export async function saveSlaRulesStamp(db: Database, stamp: string, at: Date): Promise<void> {
  await upsertSetting(db, SLA_RULES_STAMP_KEY, stamp, at);
}

/** Rows for the performance figures: complaints assigned to the employees or units, received in the period. */
export async function findComplaintsForStats(
  db: Database,
  f: { assigneeId?: number; assigneeIds?: number[]; unitIds?: number[]; from: Date; to: Date },
) {
  let q = db
    .selectFrom('complaints')
    .select([
      'id',
      'status',
      'resolved_at',
      'resolution_working_days',
      'was_breached',
      'reopen_count',
      'rating',
      'assignee_employee_id',
      'received_at',
    ])
    .where('received_at', '>=', f.from)
    .where('received_at', '<', f.to)
    .where('assignee_employee_id', 'is not', null);
  if (f.assigneeId !== undefined) q = q.where('assignee_employee_id', '=', f.assigneeId);
  if (f.assigneeIds !== undefined)
    q = q.where('assignee_employee_id', 'in', f.assigneeIds.length > 0 ? f.assigneeIds : [-1]);
  if (f.unitIds !== undefined) q = q.where('unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : [-1]);
  return q.execute();
}

/**
 * The complaints received in [from, to) counted by what the public figures need: unit (and its name), the WIB month
 * of arrival, status, whether resolved, whether breached and the working days to finish. No reporter, assignee or
 * text column is read. Counted in the database (issue 15: a city's year is 400,000 rows, which took seconds to send
 * and parse for every computation of the transparency page; its groups are a few thousand). `byMonth: false` leaves
 * the month out (null): the Pimpinan dashboard counts per unit only, in fewer groups.
 */
export async function countComplaintFactsForPublic(
  db: Database,
  f: { from: Date; to: Date; byMonth: boolean },
) {
  // WIB is UTC+7 all year (no daylight saving), the same shift toWibIsoDate makes. Grouped on the narrow columns
  // first (a hash of integers, not a sort of texts), then named and formatted per group.
  const month = f.byMonth
    ? sql<Date | null>`date_trunc('month', (k.received_at at time zone 'UTC') + interval '7 hours')`
    : sql<Date | null>`null::timestamp`;
  const groups = db
    .selectFrom('complaints as k')
    .select([
      'k.unit_id',
      month.as('month_start'),
      'k.status',
      sql<boolean>`k.resolved_at is not null`.as('is_resolved'),
      'k.resolution_working_days',
      'k.was_breached',
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('k.received_at', '>=', f.from)
    .where('k.received_at', '<', f.to)
    .groupBy(['k.unit_id', sql`2`, 'k.status', sql`4`, 'k.resolution_working_days', 'k.was_breached'])
    .as('g');
  const rows = await db
    .selectFrom(groups)
    .leftJoin('org_units as u', 'u.id', 'g.unit_id')
    .select([
      'g.unit_id',
      'u.name as unit_name',
      sql<string | null>`to_char(g.month_start, 'YYYY-MM')`.as('month'),
      'g.status',
      'g.is_resolved',
      'g.resolution_working_days',
      'g.was_breached',
      'g.n',
    ])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** The citizen's files (`workPhotos: false`) or the assignee's before/after photos (`true`) of a complaint. */
export async function countAttachments(db: Database, complaintId: number, workPhotos = false) {
  const row = await db
    .selectFrom('complaint_attachments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('complaint_id', '=', complaintId)
    .where('phase', workPhotos ? 'is not' : 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------- timeline and attachments

/**
 * The columns of a generated timeline line: its code and parameters for the reader's language, and the Indonesian
 * text in `message` for Open311, e-mails and older readers.
 */
export function codedMessage(
  code: ComplaintMessageCode,
  params: ComplaintMessageParams = {},
  /** Parameters that read differently in the Indonesian text (a date in the server's long Indonesian form). */
  indonesian: ComplaintMessageParams = {},
) {
  return {
    message: renderComplaintMessageId(code, { ...params, ...indonesian }),
    message_code: code,
    message_params: JSON.stringify(params),
  };
}

export async function insertEvent(db: Database, row: Insertable<ComplaintEventsTable>) {
  return db.insertInto('complaint_events').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Inserts an event once per dedupe key; returns false when it already existed (another job run did it). */
export async function insertEventOnce(db: Database, row: Insertable<ComplaintEventsTable>): Promise<boolean> {
  const result = await db
    .insertInto('complaint_events')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['complaint_id', 'dedupe_key']).where('dedupe_key', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function findEvents(db: Database, complaintId: number, options: { publicOnly: boolean }) {
  let q = db
    .selectFrom('complaint_events as ev')
    .leftJoin('users as us', 'us.id', 'ev.actor_user_id')
    .select([
      'ev.id',
      'ev.at',
      'ev.type',
      'ev.is_public',
      'ev.actor_label',
      'ev.message',
      'ev.message_code',
      'ev.message_params',
      'ev.data',
      'us.display_name as actor_name',
    ])
    .where('ev.complaint_id', '=', complaintId);
  if (options.publicOnly) q = q.where('ev.is_public', '=', true);
  return q.orderBy('ev.at').orderBy('ev.id').execute();
}

export async function findAttachmentsMeta(db: Database, complaintId: number) {
  return db
    .selectFrom('complaint_attachments')
    .select(['id', 'event_id', 'file_name', 'mime', 'is_public', 'phase'])
    .where('complaint_id', '=', complaintId)
    .orderBy('id')
    .execute();
}

export async function insertAttachment(db: Database, row: Insertable<ComplaintAttachmentsTable>) {
  return db.insertInto('complaint_attachments').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findAttachment(db: Database, id: number) {
  return db.selectFrom('complaint_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

// ---------------------------------------------------------------- people

/** Active employees holding a position in one of the units today, for the disposition form. */
export async function findEmployeesInUnits(db: Database, unitIds: number[], date: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .innerJoin('employees as e', 'e.id', 'ep.employee_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'e.id as employee_id',
      'e.name',
      'e.front_title',
      'e.back_title',
      'p.name as position_name',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('p.unit_id', 'in', unitIds)
    .where('e.is_active', '=', true)
    .where(activeOn('ep', date))
    .orderBy('u.name')
    .orderBy('e.name')
    .execute();
}

export async function findEmployeeBrief(db: Database, id: number) {
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title', 'email', 'is_active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- Open311 keys

export async function findOpen311Keys(db: Database) {
  return db.selectFrom('open311_api_keys').selectAll().orderBy('id').execute();
}

export async function insertOpen311Key(db: Database, row: Insertable<Open311ApiKeysTable>) {
  return db.insertInto('open311_api_keys').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function findOpen311KeyById(db: Database, id: number) {
  return db.selectFrom('open311_api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActiveOpen311KeyByHash(db: Database, hash: string) {
  return db
    .selectFrom('open311_api_keys')
    .selectAll()
    .where('key_hash', '=', hash)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

export async function updateOpen311Key(db: Database, id: number, patch: Updateable<Open311ApiKeysTable>) {
  await db.updateTable('open311_api_keys').set(patch).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- lost-link lookup

/** When the failed lookups of a ticket since `since` happened, oldest first (the throttle window). */
export async function findLookupFailuresSince(db: Database, ticket: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('complaint_lookup_attempts')
    .select('at')
    .where('ticket', '=', ticket)
    .where('success', '=', false)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
  return rows.map((r) => r.at);
}

export async function insertLookupAttempt(
  db: Database,
  row: { ticket: string; ip: string; success: boolean; at: Date },
) {
  await db.insertInto('complaint_lookup_attempts').values(row).execute();
}
