import type { Notification, NotificationType } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { ServiceContext } from '../../lib/context';
import { notifyAll, type NotifyInput } from '../notifications/notifications.service';

// The forum's notifications in the notification centre (issue 14, folding in issue 13 §4): each is written through
// `notifyAll` in the transaction of the forum change that causes it, so it exists exactly when the change does.
// Anonymity (oversight-and-forum.md): the params of a notification about an anonymous post carry no author at all —
// not even for a moderator — so no reader, list, e-mail or digest can name them later. The web app words the
// centre's list from the params; the e-mails and the daily digest use `forumNotificationSentence` below.

type Params = Record<string, string | number | null>;

/** What the moderator did to a post, as its author reads it. */
const DECISION_TEXT: Record<string, string> = {
  HIDE_POST: 'Kiriman Anda disembunyikan moderator',
  DELETE_POST: 'Kiriman Anda dihapus moderator',
  RESTORE_POST: 'Kiriman Anda dipulihkan moderator',
  WARN_AUTHOR: 'Anda menerima peringatan moderator',
};

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** The sentence of a forum notification in Bahasa Indonesia (e-mail and digest), from its kind and params. */
export function forumNotificationSentence(type: NotificationType, p: Params): string {
  switch (type) {
    case 'FORUM_REPLY':
      return `${p.author ? str(p.author) : 'Seorang rekan (anonim)'} membalas diskusi Anda "${str(p.thread)}".`;
    case 'FORUM_MENTION':
      return `${p.author ? str(p.author) : 'Seorang rekan (anonim)'} menyebut Anda dalam diskusi "${str(p.thread)}".`;
    case 'FORUM_OFFICIAL_RESPONSE':
      return `Pimpinan menerbitkan tanggapan resmi atas kebijakan "${str(p.policy)}".`;
    case 'FORUM_POLICY_CLOSED':
      return `Konsultasi kebijakan "${str(p.policy)}" ditutup; lihat ringkasan perubahannya.`;
    case 'FORUM_REPORT_REVIEWED':
      return p.outcome === 'UPHELD'
        ? `Laporan Anda atas kiriman di diskusi "${str(p.thread)}" ditindaklanjuti moderator.`
        : `Laporan Anda atas kiriman di diskusi "${str(p.thread)}" ditinjau; kiriman tidak melanggar pedoman.`;
    case 'FORUM_POST_MODERATED':
      return `${DECISION_TEXT[str(p.action)] ?? 'Moderator meninjau kiriman Anda'} di diskusi "${str(p.thread)}". Alasan: ${str(p.reason)}`;
    case 'FORUM_AUTHOR_REVEALED':
      return `Identitas Anda pada kiriman anonim di diskusi "${str(p.thread)}" dibuka oleh moderator. Alasan: ${str(p.reason)}`;
    default:
      return '';
  }
}

/** The e-mail subject of each forum kind. */
const SUBJECT: Partial<Record<NotificationType, string>> = {
  FORUM_REPLY: 'Balasan baru di diskusi Anda',
  FORUM_POLICY_CLOSED: 'Konsultasi kebijakan ditutup',
  FORUM_REPORT_REVIEWED: 'Laporan Anda sudah ditinjau moderator',
  FORUM_POST_MODERATED: 'Keputusan moderator atas kiriman Anda',
  FORUM_AUTHOR_REVEALED: 'Identitas Anda pada kiriman anonim dibuka',
};

/** One forum notification to a user, with its e-mail (sent unless they turned the kind off in the centre). */
function forumNotice(
  ctx: ServiceContext,
  userId: number,
  type: NotificationType,
  params: Params,
  link: string,
): NotifyInput {
  const sentence = forumNotificationSentence(type, params);
  return {
    to: { userId },
    type,
    params,
    link,
    at: ctx.now(),
    mail: {
      subject: SUBJECT[type] ?? 'Kabar forum kebijakan',
      text: `${sentence}\n\nBuka: ${ctx.config.publicUrl ?? ''}${link}\n\nAtur e-mail per jenis notifikasi di halaman Notifikasi → Preferensi e-mail.`,
    },
  };
}

/**
 * A reply in someone's thread tells the thread's author (not when they wrote it themselves, not when the thread is
 * hidden, not when the same post already mentions them — the mention says more). An anonymous reply names nobody.
 */
export async function notifyReply(
  trx: Database,
  ctx: ServiceContext,
  reply: {
    threadId: number;
    threadTitle: string;
    threadAuthorUserId: number;
    threadHidden: boolean;
    authorUserId: number;
    authorName: string;
    isAnonymous: boolean;
    mentionedUserIds: readonly number[];
  },
): Promise<void> {
  const to = reply.threadAuthorUserId;
  if (to === reply.authorUserId || reply.threadHidden || reply.mentionedUserIds.includes(to)) return;
  await notifyAll(trx, [
    forumNotice(
      ctx,
      to,
      'FORUM_REPLY',
      { thread: reply.threadTitle, author: reply.isAnonymous ? null : reply.authorName },
      `/forum/diskusi/${reply.threadId}`,
    ),
  ]);
}

/** A closed consultation tells everyone who read the policy or took part (but the one who closed it). */
export async function notifyPolicyClosed(
  trx: Database,
  ctx: ServiceContext,
  policy: { id: number; title: string; closedByUserId: number },
  followerIds: readonly number[],
): Promise<void> {
  await notifyAll(
    trx,
    followerIds
      .filter((userId) => userId !== policy.closedByUserId)
      .map((userId) =>
        forumNotice(
          ctx,
          userId,
          'FORUM_POLICY_CLOSED',
          { policy: policy.title },
          `/forum/kebijakan/${policy.id}`,
        ),
      ),
  );
}

/**
 * A moderator's decision tells the post's author what was done and why, and each reporter whose report it closed
 * the outcome (never who wrote the post, never who else reported).
 */
export async function notifyDecision(
  trx: Database,
  ctx: ServiceContext,
  decision: {
    threadId: number;
    threadTitle: string;
    postAuthorUserId: number;
    moderatorUserId: number;
    action: string;
    reason: string;
    reporters: readonly { userId: number; outcome: 'UPHELD' | 'DISMISSED' }[];
  },
): Promise<void> {
  const link = `/forum/diskusi/${decision.threadId}`;
  const list: NotifyInput[] = [];
  if (decision.postAuthorUserId !== decision.moderatorUserId) {
    list.push(
      forumNotice(
        ctx,
        decision.postAuthorUserId,
        'FORUM_POST_MODERATED',
        { thread: decision.threadTitle, action: decision.action, reason: decision.reason },
        link,
      ),
    );
  }
  for (const r of decision.reporters) {
    list.push(
      forumNotice(
        ctx,
        r.userId,
        'FORUM_REPORT_REVIEWED',
        { thread: decision.threadTitle, outcome: r.outcome },
        link,
      ),
    );
  }
  await notifyAll(trx, list);
}

/** A reveal tells the author whose anonymity was lifted, with the moderator's reason (only them). */
export async function notifyReveal(
  trx: Database,
  ctx: ServiceContext,
  reveal: { threadId: number; threadTitle: string; postAuthorUserId: number; reason: string },
): Promise<void> {
  await notifyAll(trx, [
    forumNotice(
      ctx,
      reveal.postAuthorUserId,
      'FORUM_AUTHOR_REVEALED',
      { thread: reveal.threadTitle, reason: reveal.reason },
      `/forum/diskusi/${reveal.threadId}`,
    ),
  ]);
}

/** One digest line per notification: its sentence and where it opens. */
export function forumDigestLine(ctx: ServiceContext, n: Notification): string {
  return `- ${forumNotificationSentence(n.type, n.params)}\n  ${ctx.config.publicUrl ?? ''}${n.link ?? ''}`;
}
