import { sql, type Kysely } from 'kysely';

// Issue 15, the two public reads at city scale (bench/results/2026-12-06-city-r13-public.md).
// - Open311 `status=open`: the open public complaints of the 90-day window are sorted into queue order to pick a
//   page of 1,000. The planner expects about 1,200 of them (open status and a recent arrival go together, which
//   the statistics cannot express) where there are 16,000, scattered over 11,000 heap pages because every status
//   change writes a new row version. With their arrival, deadline and id in one partial index the sort reads the
//   index alone (index-only where the visibility map allows) and only the page's 1,000 rows are read whole
//   (complaints.repository.ts findOpen311Rows). The predicate is the repository's openOnly + publicOnly filters
//   word for word, so the planner can prove it applies.
// - IKM of one survey: every aggregate of the results screen (per survey for the unit's trend, per service type,
//   respondent profile, per officer) reads the survey's responses, which the generator — like a real open link —
//   writes interleaved with every other survey's: one heap page per response (8,500 pages for a unit's 12
//   surveys). With the columns they read in the index, they are index-only scans of the survey's entries. The
//   approved suggestions and the count of pending ones read the few responses with a suggestion to moderate
//   (about 400 of a million) from a small partial index instead of the survey's 700 heap pages each.
// `if not exists`: the lead applies them to the benchmark's other city copies by hand.
export async function up(db: Kysely<any>): Promise<void> {
  // Raw SQL: Kysely's index builder has no INCLUDE clause.
  await sql`
    create index if not exists complaints_open_public_received_idx on complaints (received_at)
      include (deadline_at, id)
      where status not in ('DITOLAK', 'SELESAI', 'DITUTUP') and is_confidential = false`.execute(db);
  await sql`
    create index if not exists skm_responses_results_idx on skm_responses (survey_id, service_type)
      include (is_excluded, is_flagged, u1, u2, u3, u4, u5, u6, u7, u8, u9, officer_employee_id, gender, age,
               education, occupation)`.execute(db);
  await sql`
    create index if not exists skm_responses_suggestions_idx
      on skm_responses (survey_id, suggestion_status, submitted_at desc, id desc)
      where suggestion_status <> 'NONE'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('skm_responses_suggestions_idx').ifExists().execute();
  await db.schema.dropIndex('skm_responses_results_idx').ifExists().execute();
  await db.schema.dropIndex('complaints_open_public_received_idx').ifExists().execute();
}
