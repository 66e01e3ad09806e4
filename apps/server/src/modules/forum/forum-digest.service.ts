import { FORUM_NOTIFICATION_TYPES, type ForumNotificationPreferences } from '@sim/contracts';
import { toWibIsoDate, WIB_UTC_OFFSET_MINUTES } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { enqueueMail, listUserNotificationsSince } from '../notifications/notifications.service';
import { loadForumSettings } from './forum-moderation.service';
import { forumDigestLine } from './forum-notify.service';
import * as repo from './forum-digest.repository';

// The forum's daily e-mail digest (issue 13 §4, kept by issue 14). The forum's notifications themselves live in the
// notification centre (forum-notify.service writes them at the moment they happen); the digest reads the
// subscriber's forum rows from the centre since their last digest, so the e-mail and the in-app list can never
// disagree and the anonymity of an author, settled when the notification was written, holds in the e-mail too.

const DAY_MS = 24 * 60 * 60 * 1000;
/** At most this many lines in one digest (a busy day still fits in one readable e-mail). */
const DIGEST_MAX_ITEMS = 100;
/** Advisory lock key of the digest job ("FRMDGS"). */
export const FORUM_DIGEST_LOCK_KEY = 0x4652_4d44;

/** Whether the actor receives the daily digest. */
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
      const items = await listUserNotificationsSince(
        trx,
        s.user_id,
        FORUM_NOTIFICATION_TYPES,
        since,
        DIGEST_MAX_ITEMS,
      );
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
      await enqueueMail(trx, {
        at: now,
        to: s.email!,
        subject: `Ringkasan forum kebijakan: ${items.length} kabar baru`,
        text: `Kabar baru di forum kebijakan SIM Kinerja sejak ringkasan terakhir:\n\n${items.map((i) => forumDigestLine(ctx, i)).join('\n')}\n\nAnda menerima e-mail ini karena mengaktifkan ringkasan harian forum. Matikan di halaman Forum → Laporan & ringkasan.`,
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
