import type { ForumNotification, ForumNotificationPreferences, ForumNotifications } from '@sim/contracts';
import { toWibIsoDate, WIB_UTC_OFFSET_MINUTES } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { enqueueMail } from '../notifications/notifications.service';
import { loadForumSettings } from './forum-moderation.service';
import * as repo from './forum-digest.repository';

// The forum's notifications (issue 13 §4): computed on read from the forum's own records — replies in my threads,
// mentions of me, official responses and closings of policies I read or posted about, moderators' decisions on my
// reports and my posts, reveals of my anonymity — and, for whoever asks, a daily e-mail digest of the same list.
// An anonymous author is never named: their name is null in the query and "Anonim" in the text, for every reader.

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the in-app list looks. */
const WINDOW_DAYS = 30;
/** Advisory lock key of the digest job ("FRMDGS"). */
export const FORUM_DIGEST_LOCK_KEY = 0x4652_4d44;

const DECISION_TEXT: Record<string, string> = {
  HIDE_POST: 'Kiriman Anda disembunyikan moderator',
  DELETE_POST: 'Kiriman Anda dihapus moderator',
  RESTORE_POST: 'Kiriman Anda dipulihkan moderator',
  WARN_AUTHOR: 'Anda menerima peringatan moderator',
};

/** The notifications of a user since `since`, newest first (without the unread flag). */
async function computeNotifications(
  db: Database,
  userId: number,
  since: Date,
): Promise<Omit<ForumNotification, 'isUnread'>[]> {
  const items: Omit<ForumNotification, 'isUnread'>[] = [];
  const by = (name: string | null) => name ?? 'Anonim';
  for (const r of await repo.findRepliesTo(db, userId, since)) {
    items.push({
      key: `reply:${r.id}`,
      kind: 'REPLY',
      at: r.at.toISOString(),
      title: r.title,
      text: `${by(r.author_name)} membalas diskusi Anda.`,
      link: `/forum/diskusi/${r.thread_id}`,
    });
  }
  for (const m of await repo.findMentionsOf(db, userId, since)) {
    items.push({
      key: `mention:${m.id}`,
      kind: 'MENTION',
      at: m.at.toISOString(),
      title: m.title,
      text: `${by(m.author_name)} menyebut Anda.`,
      link: `/forum/diskusi/${m.thread_id}`,
    });
  }
  for (const p of await repo.findFollowedPolicies(db, userId, since)) {
    if (p.official_response_at && p.official_response_at > since) {
      items.push({
        key: `response:${p.id}`,
        kind: 'OFFICIAL_RESPONSE',
        at: p.official_response_at.toISOString(),
        title: p.title,
        text: 'Pimpinan menerbitkan tanggapan resmi.',
        link: `/forum/kebijakan/${p.id}`,
      });
    }
    if (p.closed_at && p.closed_at > since) {
      items.push({
        key: `closed:${p.id}`,
        kind: 'POLICY_CLOSED',
        at: p.closed_at.toISOString(),
        title: p.title,
        text: 'Konsultasi ditutup; lihat ringkasan perubahannya.',
        link: `/forum/kebijakan/${p.id}`,
      });
    }
  }
  for (const r of await repo.findReviewedReports(db, userId, since)) {
    items.push({
      key: `report:${r.id}:${r.at!.getTime()}`,
      kind: 'REPORT_REVIEWED',
      at: r.at!.toISOString(),
      title: r.title,
      text:
        r.status === 'UPHELD'
          ? 'Laporan Anda ditindaklanjuti moderator.'
          : 'Laporan Anda ditinjau; kiriman tidak melanggar pedoman.',
      link: `/forum/diskusi/${r.thread_id}`,
    });
  }
  for (const a of await repo.findActionsOnPostsOf(db, userId, since)) {
    items.push({
      key: `moderation:${a.id}`,
      kind: 'POST_MODERATED',
      at: a.at.toISOString(),
      title: a.title,
      text: `${DECISION_TEXT[a.action] ?? 'Moderator meninjau kiriman Anda'}. Alasan: ${a.reason}`,
      link: `/forum/diskusi/${a.thread_id}`,
    });
  }
  for (const v of await repo.findRevealsOfPostsOf(db, userId, since)) {
    items.push({
      key: `reveal:${v.id}`,
      kind: 'AUTHOR_REVEALED',
      at: v.at.toISOString(),
      title: v.title,
      text: `Identitas Anda pada kiriman anonim dibuka oleh moderator. Alasan: ${v.reason}`,
      link: `/forum/diskusi/${v.thread_id}`,
    });
  }
  return items.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
}

/** The actor's forum notifications of the last 30 days, with which are new since they last looked. */
export async function listNotifications(ctx: ServiceContext, actor: Actor): Promise<ForumNotifications> {
  const now = ctx.now();
  const prefs = await repo.findPrefs(ctx.db, actor.userId);
  const items = await computeNotifications(
    ctx.db,
    actor.userId,
    new Date(now.getTime() - WINDOW_DAYS * DAY_MS),
  );
  const seen = prefs?.seen_until?.toISOString() ?? '';
  const withFlag = items.map((i) => ({ ...i, isUnread: i.at > seen }));
  return { items: withFlag, unreadCount: withFlag.filter((i) => i.isUnread).length };
}

/** Marks everything up to now as seen. */
export async function markNotificationsSeen(ctx: ServiceContext, actor: Actor): Promise<ForumNotifications> {
  await repo.upsertPrefs(ctx.db, actor.userId, { seen_until: ctx.now() }, ctx.now());
  return listNotifications(ctx, actor);
}

export async function getPreferences(
  ctx: ServiceContext,
  actor: Actor,
): Promise<ForumNotificationPreferences> {
  const prefs = await repo.findPrefs(ctx.db, actor.userId);
  return { emailDigest: prefs?.email_digest ?? false };
}

/** Turns the daily e-mail digest on or off for the actor. */
export async function updatePreferences(
  ctx: ServiceContext,
  actor: Actor,
  input: ForumNotificationPreferences,
): Promise<ForumNotificationPreferences> {
  await repo.upsertPrefs(ctx.db, actor.userId, { email_digest: input.emailDigest }, ctx.now());
  return getPreferences(ctx, actor);
}

export type ForumDigestResult = { ran: boolean; sent: number };

/**
 * One pass of the daily digest at `now`: from the digest hour (setting, default 07:00 WIB), every subscriber with
 * something new since their last digest (at most a day back the first time) gets one e-mail for the WIB day.
 * Idempotent: the day's row is inserted once (ON CONFLICT DO NOTHING) under an advisory lock, so reruns and other
 * instances send nothing twice. Each digest is queued in the outbox in the same transaction.
 */
export async function runForumDigestJob(
  ctx: ServiceContext,
  now: Date = ctx.now(),
): Promise<ForumDigestResult> {
  const settings = await loadForumSettings(ctx.db);
  const wibHour = new Date(now.getTime() + WIB_UTC_OFFSET_MINUTES * 60_000).getUTCHours();
  if (wibHour < settings.digestHourWib) return { ran: true, sent: 0 };
  const today = toWibIsoDate(now);
  const sent = await ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, FORUM_DIGEST_LOCK_KEY))) return null;
    let queued = 0;
    for (const s of await repo.findDigestSubscribers(trx)) {
      const since = s.last_sent_at ? new Date(s.last_sent_at) : new Date(now.getTime() - DAY_MS);
      const items = await computeNotifications(trx, s.user_id, since);
      if (items.length === 0) continue;
      if (
        !(await repo.insertDigestSendOnce(trx, {
          userId: s.user_id,
          date: today,
          itemCount: items.length,
          at: now,
        }))
      ) {
        continue;
      }
      const lines = items.map((i) => `- ${i.title}: ${i.text}\n  ${ctx.config.publicUrl ?? ''}${i.link}`);
      await enqueueMail(trx, {
        at: now,
        to: s.email!,
        subject: `Ringkasan forum kebijakan: ${items.length} kabar baru`,
        text: `Kabar baru di forum kebijakan SIM Kinerja sejak ringkasan terakhir:\n\n${lines.join('\n')}\n\nAnda menerima e-mail ini karena mengaktifkan ringkasan harian forum. Matikan di halaman Forum → Notifikasi.`,
      });
      queued++;
    }
    return queued;
  });
  if (sent === null) return { ran: false, sent: 0 };
  return { ran: true, sent };
}

/** Starts the digest job (every 15 minutes; it sends each subscriber at most one digest per WIB day). */
export function startForumDigestJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'forum digest job',
    intervalMs: options.intervalMs ?? 15 * 60_000,
    run: runForumDigestJob,
    runAtStart: false,
  });
}
