import type { ForumAudience, ForumPolicyStatus, ForumPostVisibility } from '@sim/contracts';
import type { Database } from '../../db/database';
import { plainTextOf, sanitizeForumHtml } from './forum-text.sanitizer';
import * as repo from './forum.repository';

// Builders for forum tests: rows straight into the tables (through the repository), as the services would write them.

let seq = 0;

/** A policy (open for consultation until a week after `now` unless told otherwise). */
export async function seedPolicy(
  db: Database,
  o: {
    createdBy: number;
    status?: ForumPolicyStatus;
    audience?: ForumAudience;
    unitIds?: number[];
    title?: string;
    benefitsSummary?: string;
    body?: string;
    now?: Date;
  },
) {
  const n = ++seq;
  const now = o.now ?? new Date();
  const body = sanitizeForumHtml(o.body ?? `<p>Isi kebijakan uji ${n}.</p>`);
  const status = o.status ?? 'OPEN';
  const id = await repo.insertPolicy(db, {
    title: o.title ?? `Kebijakan Uji ${n}`,
    benefits_summary: o.benefitsSummary ?? 'Manfaat: layanan lebih cepat dan tertib.',
    body,
    body_text: plainTextOf(body),
    audience: o.audience ?? 'ALL',
    status,
    consultation_opens_at: status === 'DRAFT' ? null : now,
    consultation_closes_at: new Date(now.getTime() + 7 * 86_400_000),
    published_at: status === 'DRAFT' ? null : now,
    published_by: status === 'DRAFT' ? null : o.createdBy,
    created_by: o.createdBy,
    created_at: now,
    updated_at: now,
  });
  await repo.replacePolicyUnits(db, id, o.unitIds ?? []);
  return id;
}

/** A post in a thread. */
export async function seedPost(
  db: Database,
  o: {
    threadId: number;
    authorUserId: number;
    body?: string;
    isAnonymous?: boolean;
    visibility?: ForumPostVisibility;
  },
) {
  const body = sanitizeForumHtml(o.body ?? `<p>Tanggapan uji ${++seq}.</p>`);
  return repo.insertPost(db, {
    thread_id: o.threadId,
    author_user_id: o.authorUserId,
    is_anonymous: o.isAnonymous ?? false,
    body,
    body_text: plainTextOf(body),
    visibility: o.visibility ?? 'VISIBLE',
  });
}

/** A thread (general when policyId is null) with its first post; returns both ids. */
export async function seedThread(
  db: Database,
  o: { policyId: number | null; authorUserId: number; title?: string; body?: string; isAnonymous?: boolean },
) {
  const threadId = await repo.insertThread(db, {
    policy_id: o.policyId,
    title: o.title ?? `Diskusi Uji ${++seq}`,
    author_user_id: o.authorUserId,
    is_anonymous: o.isAnonymous ?? false,
  });
  const postId = await seedPost(db, {
    threadId,
    authorUserId: o.authorUserId,
    body: o.body,
    isAnonymous: o.isAnonymous,
  });
  return { threadId, postId };
}
