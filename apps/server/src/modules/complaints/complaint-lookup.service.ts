import { randomBytes } from 'node:crypto';
import type { ComplaintLookupResult } from '@sim/contracts';
import { contactMatches } from '@sim/domain';
import type { RateLimit } from '../../config';
import { auditContextOf } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { enqueueMail } from '../notifications/notifications.service';
import * as repo from './complaints.repository';
import { hashTrackingSecret } from './complaint-common';
import { trackingLinkOf } from './complaint-mail.service';

// A citizen who lost the tracking link finds the complaint with the ticket number and the phone number or e-mail
// given at filing. The tracking secret is stored only as a hash, so a found complaint gets a fresh secret: the new
// link replaces the old one (which may be what was lost), and goes to the e-mail on file as well.

const UNIT_MS = { second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** The length of a rate-limit window ("1 hour", "10 minutes") in milliseconds. */
export function windowMsOf(limit: RateLimit): number {
  const m = /^(\d+) (second|minute|hour|day)s?$/.exec(limit.timeWindow);
  if (!m) throw new Error(`Jendela batas tidak dikenal: ${limit.timeWindow}`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** One answer for an unknown ticket and for a wrong contact: nothing says which part was wrong. */
const notFoundAnswer = () =>
  new AppError(
    'NOT_FOUND',
    'Pengaduan tidak ditemukan. Periksa nomor tiket dan nomor telepon atau e-mail yang Anda isi saat mengirim.',
  );

// Compared against when the ticket does not exist, so both cases do the same work.
const NOBODY = { phone: '00000000000', email: 'tidak-ada@invalid' };

/**
 * Finds a complaint by ticket + contact and issues a fresh tracking link. Throttled per ticket across addresses
 * (RATE_LIMIT_COMPLAINT_LOOKUP_TICKET failures per window → 429 with Retry-After for every lookup of that ticket);
 * the route adds the per-address limit (RATE_LIMIT_COMPLAINT_LOOKUP).
 */
export async function lookupComplaint(
  ctx: ServiceContext,
  body: { ticket: string; contact: string },
  ip: string,
): Promise<ComplaintLookupResult> {
  const now = ctx.now();
  const limit = ctx.config.rateLimits.complaintLookupPerTicket;
  const windowMs = windowMsOf(limit);
  const ticket = body.ticket.trim().toUpperCase();
  const secret = randomBytes(32).toString('base64url');

  // The attempt is recorded in its own transaction, so a failure counts even though the request then fails.
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const failures = await repo.findLookupFailuresSince(trx, ticket, new Date(now.getTime() - windowMs));
    if (failures.length >= limit.max) {
      const retryAfterMs = failures[failures.length - limit.max]!.getTime() + windowMs - now.getTime();
      return { kind: 'throttled' as const, seconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
    }
    const row = await repo.findComplaintByTicket(trx, ticket);
    const stored = row ? { phone: row.reporter_phone, email: row.reporter_email } : NOBODY;
    const matches = contactMatches(body.contact, stored) && row !== undefined;
    await repo.insertLookupAttempt(trx, { ticket, ip, success: matches, at: now });
    if (!row || !matches) return { kind: 'not-found' as const };
    await repo.updateComplaint(trx, row.id, { tracking_hash: hashTrackingSecret(secret), updated_at: now });
    await recordAudit(trx, auditContextOf(null, ip), {
      action: 'complaint.citizen_lookup',
      entityType: 'complaint',
      entityId: row.id,
      after: { trackingLinkRenewed: true, by: body.contact.includes('@') ? 'EMAIL' : 'TELEPON' },
    });
    // The new link goes to the e-mail on file through the outbox, committed with the new secret.
    if (row.reporter_email) {
      await enqueueMail(trx, {
        at: now,
        to: row.reporter_email,
        subject: `Tautan pelacakan baru untuk pengaduan ${row.ticket}`,
        text: [
          `Tautan pelacakan pengaduan ${row.ticket} baru saja diminta dengan nomor tiket dan kontak Anda.`,
          `Tautan pelacakan pribadi yang baru: ${trackingLinkOf(ctx, secret)}`,
          '',
          'Tautan lama tidak berlaku lagi. Simpan tautan ini dan jangan bagikan kepada orang lain: siapa pun yang',
          'memegangnya dapat melihat dan menanggapi pengaduan Anda. Jika Anda tidak memintanya, buka tautan di atas',
          'dan hubungi petugas pengaduan.',
          '',
          'Kecamatan Kertapati, Kota Palembang',
        ].join('\n'),
      });
    }
    return { kind: 'found' as const, ticket: row.ticket, email: row.reporter_email };
  });

  if (outcome.kind === 'throttled') {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Terlalu banyak percobaan untuk nomor tiket ini. Coba lagi dalam ${Math.ceil(outcome.seconds / 60)} menit.`,
      undefined,
      { 'retry-after': String(outcome.seconds) },
    );
  }
  if (outcome.kind === 'not-found') throw notFoundAnswer();
  // Queued in the outbox above; it goes out when a mail server is configured.
  const linkSentByEmail = Boolean(outcome.email) && Boolean(ctx.config.smtpUrl);
  return { ticket: outcome.ticket, trackingSecret: secret, linkSentByEmail };
}
