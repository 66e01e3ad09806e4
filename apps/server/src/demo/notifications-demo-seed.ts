import type { Database } from '../db/database';
import { notify } from '../modules/notifications/notifications.service';

// The notification centre demo (issue 14 §3): what the bell shows a few employees and the Camat on the first visit —
// assigned complaints and SKP news linked to their real demo records, a training reminder, a forum response — some
// already read. In-app only (no e-mail is queued for the demo's past). Deterministic for `now`.

const HOUR = 60 * 60 * 1000;

/** Seeds demo notifications after the other modules' demo data; does nothing when any notification exists. */
export async function seedNotificationsDemo(db: Database, now: Date): Promise<void> {
  if (await db.selectFrom('notifications').select('id').limit(1).executeTakeFirst()) return;
  await db.transaction().execute(async (trx) => {
    // Complaint handlers: each assigned complaint, newest first, the older ones read.
    const assigned = await trx
      .selectFrom('complaints')
      .select(['id', 'ticket', 'assignee_employee_id', 'deadline_at'])
      .where('assignee_employee_id', 'is not', null)
      .where('status', 'in', ['DIDISPOSISI', 'DIPROSES'])
      .orderBy('id')
      .limit(8)
      .execute();
    for (const [i, c] of assigned.entries()) {
      const { notificationId } = await notify(trx, {
        to: { employeeId: c.assignee_employee_id! },
        type: 'COMPLAINT_ASSIGNED',
        params: { ticket: c.ticket, deadline: c.deadline_at?.toISOString() ?? null },
        link: `/complaints/${c.id}`,
        at: new Date(now.getTime() - (i + 1) * 5 * HOUR),
      });
      if (i >= 4 && notificationId) {
        await trx
          .updateTable('notifications')
          .set({ read_at: new Date(now.getTime() - i * HOUR) })
          .where('id', '=', notificationId)
          .execute();
      }
    }
    // SKP owners: the superior's approval or feedback on their SKP of the year.
    const skps = await trx
      .selectFrom('perf_skps as s')
      .innerJoin('perf_years as y', 'y.id', 's.year_id')
      .select(['s.id', 's.employee_id', 's.status', 'y.year'])
      .orderBy('s.id')
      .limit(6)
      .execute();
    for (const [i, s] of skps.entries()) {
      await notify(trx, {
        to: { employeeId: s.employee_id },
        type: s.status === 'APPROVED' ? 'SKP_APPROVED' : 'SKP_FEEDBACK',
        params: { year: s.year, by: 'Atasan langsung', comment: null },
        link: `/kinerja/skp/${s.id}`,
        at: new Date(now.getTime() - (i + 2) * 24 * HOUR),
      });
    }
    // The Camat: the forum's policies that got an official response.
    const camat = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'camat')
      .executeTakeFirst();
    const policies = await trx
      .selectFrom('forum_policies')
      .select(['id', 'title'])
      .where('official_response_at', 'is not', null)
      .orderBy('id')
      .execute();
    // Forum replies (issue 14 folded the forum's notifications into the centre): each thread's author hears of the
    // latest visible reply by someone else; an anonymous replier is named to nobody (author null).
    const replies = await trx
      .selectFrom('forum_posts as p')
      .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
      .innerJoin('users as u', 'u.id', 'p.author_user_id')
      .leftJoin('employees as e', 'e.id', 'u.employee_id')
      .select(['t.id as thread_id', 't.title', 't.author_user_id', 'p.is_anonymous', 'p.created_at'])
      .select((eb) => eb.fn.coalesce('e.name', 'u.display_name').as('author_name'))
      .whereRef('p.author_user_id', '!=', 't.author_user_id')
      .where('p.visibility', '=', 'VISIBLE')
      .where('t.is_hidden', '=', false)
      .where('p.created_at', '<', now)
      .orderBy('p.id', 'desc')
      .execute();
    const told = new Set<number>();
    for (const r of replies) {
      if (told.has(r.thread_id)) continue;
      told.add(r.thread_id);
      await notify(trx, {
        to: { userId: r.author_user_id },
        type: 'FORUM_REPLY',
        params: { thread: r.title, author: r.is_anonymous ? null : r.author_name },
        link: `/forum/diskusi/${r.thread_id}`,
        at: r.created_at,
      });
    }
    if (camat) {
      for (const p of policies) {
        await notify(trx, {
          to: { userId: camat.id },
          type: 'FORUM_OFFICIAL_RESPONSE',
          params: { policy: p.title },
          link: `/forum/kebijakan/${p.id}`,
          at: new Date(now.getTime() - 3 * HOUR),
        });
      }
    }
  });
}
