import type { Database } from '../../db/database';

// Suggestions (saran) written with responses: the moderation queue and the approved ones shown publicly.

export async function findSuggestionsPage(
  db: Database,
  surveyId: number,
  status: string | undefined,
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('skm_responses')
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '<>', 'NONE');
  if (status) q = q.where('suggestion_status', '=', status);
  const [items, count] = await Promise.all([
    q
      .select(['id', 'submitted_at', 'service_type', 'suggestion', 'suggestion_status'])
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findApprovedSuggestions(db: Database, surveyId: number, limit: number) {
  return db
    .selectFrom('skm_responses')
    .select(['submitted_at', 'service_type', 'suggestion'])
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '=', 'APPROVED')
    .where('is_excluded', '=', false)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPendingSuggestions(db: Database, surveyId: number): Promise<number> {
  const row = await db
    .selectFrom('skm_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '=', 'PENDING')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
