import { sql, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import { selectComplaints } from './complaints.repository';

// Complainants' personal data (issue 16 §5): the retention setting, the anonymisation of complaints past it, and the
// lookups behind the export of everything held about one complainant.

const RETENTION_KEY = 'complaints.retention';

export async function findRetentionValue(db: Database): Promise<unknown> {
  return findSetting(db, RETENTION_KEY);
}

export async function upsertRetentionValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, RETENTION_KEY, value, at);
}

const FINAL = ['DITUTUP', 'DITOLAK'] as const;

/** Finally closed complaints closed before `cutoff` and not yet anonymised (the partial index serves this). */
function dueQuery(db: Database, cutoff: Date) {
  return db
    .selectFrom('complaints')
    .where('anonymised_at', 'is', null)
    .where('closed_at', '<', cutoff)
    .where('status', 'in', [...FINAL]);
}

export async function countDue(db: Database, cutoff: Date): Promise<number> {
  const row = await dueQuery(db, cutoff)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countAnonymised(db: Database): Promise<number> {
  const row = await db
    .selectFrom('complaints')
    .where('anonymised_at', 'is not', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Locks and returns the due complaints (id and the e-mail to forget), oldest closing first, at most `limit`:
 * `FOR UPDATE` so a citizen's step racing the job waits for it.
 */
export async function lockDue(db: Database, cutoff: Date, limit: number) {
  return dueQuery(db, cutoff)
    .select(['id', 'reporter_email'])
    .orderBy('closed_at')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .execute();
}

/**
 * Replaces the complainant's personal and free-text fields with the marker. Kept: status, dates, category, unit,
 * assignee, deadlines, the rating score — everything statistics, SLA figures and SKM evidence are computed from.
 * The problem's location keeps its kelurahan (the figures per kelurahan); the street address and point go.
 */
export async function anonymiseComplaints(db: Database, ids: number[], marker: string, now: Date) {
  if (ids.length === 0) return;
  await db
    .updateTable('complaints')
    .set({
      reporter_name: sql`case when reporter_name is null then null else ${marker} end`,
      reporter_phone: sql`case when reporter_phone is null then null else ${marker} end`,
      reporter_email: sql`case when reporter_email is null then null else ${marker} end`,
      description: marker,
      address: marker,
      lat: null,
      lng: null,
      attributes: JSON.stringify({}),
      rating_comment: sql`case when rating_comment is null then null else ${marker} end`,
      anonymised_at: now,
    })
    .where('id', 'in', ids)
    .execute();
}

/**
 * The complainant's own words on the timeline (replies, reopen reasons, the rating comment, their file names) become
 * the marker. Generated lines without such parameters ("Pengaduan diterima…") stay as they are.
 */
export async function anonymiseCitizenMessages(
  db: Database,
  ids: number[],
  citizenLabel: string,
  marker: string,
): Promise<number> {
  if (ids.length === 0) return 0;
  const citizen = db
    .updateTable('complaint_events')
    .where('complaint_id', 'in', ids)
    .where('actor_user_id', 'is', null)
    .where('actor_label', '=', citizenLabel);
  const freeText = await citizen
    .set({ message: marker })
    .where('message_code', 'is', null)
    .where('message', 'is not', null)
    .where('message', '!=', marker)
    .returning('id')
    .execute();
  const coded = await citizen
    .set({ message: marker, message_code: null, message_params: null })
    .where('message_code', 'is not', null)
    .where(
      sql<SqlBool>`(message_params ->> 'comment') is not null or (message_params ->> 'fileName') is not null`,
    )
    .returning('id')
    .execute();
  return freeText.length + coded.length;
}

/**
 * Deletes the complainant's own files (photos of their street or house, documents). The assignee's before/after
 * photos of the work (phase set) stay: they are the unit's evidence and had their metadata removed on upload.
 */
export async function deleteCitizenAttachments(db: Database, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .deleteFrom('complaint_attachments')
    .where('complaint_id', 'in', ids)
    .where('phase', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

// ---------------------------------------------------------------- export

/**
 * Complaints whose stored contact is this e-mail (compared trimmed and lower-cased) or this phone number (compared
 * in its national form: digits only, a leading 62 read as 0), Anonim ones left out. Oldest first.
 */
export async function findComplaintsByContact(db: Database, contact: { email: string } | { phone: string }) {
  const digits = sql<string>`regexp_replace(coalesce(k.reporter_phone, ''), '[^0-9]', '', 'g')`;
  const national = sql<string>`case when ${digits} like '62%' then '0' || substr(${digits}, 3) else ${digits} end`;
  const match =
    'email' in contact
      ? sql<SqlBool>`lower(trim(k.reporter_email)) = ${contact.email}`
      : sql<SqlBool>`${national} = ${contact.phone}`;
  return selectComplaints(db)
    .where('k.is_anonymous', '=', false)
    .where(match)
    .orderBy('k.received_at')
    .orderBy('k.id')
    .execute();
}

/** Every timeline event of these complaints (internal ones included: the service decides what is copied). */
export async function findEventsOf(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('complaint_events')
    .select(['complaint_id', 'at', 'type', 'is_public', 'actor_label', 'message'])
    .where('complaint_id', 'in', ids)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export async function findAttachmentsOf(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('complaint_attachments')
    .select(['complaint_id', 'file_name', 'mime', 'size', 'created_at', 'phase'])
    .where('complaint_id', 'in', ids)
    .orderBy('id')
    .execute();
}
