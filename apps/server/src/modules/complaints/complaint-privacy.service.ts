import type {
  ComplainantExport,
  ComplainantExportQuery,
  ComplaintRetentionSettings,
  ComplaintRetentionState,
} from '@sim/contracts';
import {
  ANONYMISED_MARKER,
  DEFAULT_COMPLAINT_RETENTION,
  normalizeEmail,
  normalizePhoneNumber,
  retentionCutoff,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { tryJobLock } from '../../db/advisory-lock';
import { auditContextOf, systemContext, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { listAuditOfEntities, recordAudit } from '../audit/audit.service';
import { forgetMailTo } from '../notifications/notifications.service';
import { getSkmInvitationForEvent } from '../surveys/survey-invitations.service';
import { LABEL_CITIZEN, skmEventOf } from './complaint-common';
import * as privacyRepo from './complaint-privacy.repository';
import * as repo from './complaints.repository';
import { canExportComplainantData, canManageComplaintSettings } from './complaints.policy';

// Complainants' personal data under UU 27/2022 (issue 16 §5): how long it is kept (an administrator's setting,
// default in @sim/domain complaint-retention), the daily anonymisation of complaints past it, and the export of
// everything held about one complainant for the desk to hand over on request.

// ---------------------------------------------------------------- retention setting

/** The retention policy in force: the administrator's saved value over the documented default (24 months). */
export async function loadRetentionPolicy(db: Database): Promise<ComplaintRetentionSettings> {
  const saved = (await privacyRepo.findRetentionValue(db)) as Partial<ComplaintRetentionSettings> | null;
  const months = saved?.retentionMonths;
  return {
    retentionMonths:
      typeof months === 'number' && Number.isInteger(months) && months >= 0
        ? months
        : DEFAULT_COMPLAINT_RETENTION.retentionMonths,
  };
}

async function stateOf(db: Database, now: Date): Promise<ComplaintRetentionState> {
  const policy = await loadRetentionPolicy(db);
  const cutoff = retentionCutoff(now, policy.retentionMonths);
  return {
    ...policy,
    anonymisedTotal: await privacyRepo.countAnonymised(db),
    dueNow: cutoff ? await privacyRepo.countDue(db, cutoff) : 0,
  };
}

/** The setting with what it means now (anonymised so far, due at the next run), for the administrator. */
export async function getRetention(ctx: ServiceContext, actor: Actor): Promise<ComplaintRetentionState> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  return stateOf(ctx.db, ctx.now());
}

/** Changes the retention period (audited with before and after); the next daily run applies it. */
export async function updateRetention(
  ctx: ServiceContext,
  actor: Actor,
  input: ComplaintRetentionSettings,
): Promise<ComplaintRetentionState> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadRetentionPolicy(trx);
    await privacyRepo.upsertRetentionValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'complaint_retention.updated',
      entityType: 'setting',
      entityId: 'complaints.retention',
      before,
      after: input,
    });
  });
  return stateOf(ctx.db, ctx.now());
}

// ---------------------------------------------------------------- the daily anonymisation

/** Advisory lock key of the retention job ("PDP" + 1 folded into an int). */
export const COMPLAINT_RETENTION_LOCK_KEY = 0x5044_5001;
/** Complaints per transaction, so a first run over years of history never holds the database for long. */
const BATCH = 500;

export type RetentionRun = {
  ran: boolean;
  retentionMonths: number;
  cutoff: string | null;
  complaints: number;
  messages: number;
  attachments: number;
  mails: number;
};

/**
 * One pass of the retention job: under an advisory lock (one instance), replaces the personal fields of every
 * finally closed complaint past retention with the marker (`anonymiseComplaints`), the complainant's own timeline
 * messages, their files, and the e-mails sent to them; then writes one audit entry with the counts (no personal
 * data: the audit log is append-only and must not keep what was just removed). Idempotent: anonymised rows carry
 * `anonymised_at` and are never picked again. Statistics, SLA figures and SKM data are untouched.
 */
export async function runRetentionJob(ctx: ServiceContext): Promise<RetentionRun> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const policy = await loadRetentionPolicy(trx);
    const cutoff = retentionCutoff(now, policy.retentionMonths);
    const run: RetentionRun = {
      ran: false,
      retentionMonths: policy.retentionMonths,
      cutoff: cutoff?.toISOString() ?? null,
      complaints: 0,
      messages: 0,
      attachments: 0,
      mails: 0,
    };
    if (!(await tryJobLock(trx, COMPLAINT_RETENTION_LOCK_KEY))) return run;
    run.ran = true;
    if (cutoff) {
      for (;;) {
        const due = await privacyRepo.lockDue(trx, cutoff, BATCH);
        if (due.length === 0) break;
        const ids = due.map((d) => d.id);
        const emails = [...new Set(due.flatMap((d) => (d.reporter_email ? [d.reporter_email] : [])))];
        run.messages += await privacyRepo.anonymiseCitizenMessages(
          trx,
          ids,
          LABEL_CITIZEN,
          ANONYMISED_MARKER,
        );
        run.attachments += await privacyRepo.deleteCitizenAttachments(trx, ids);
        run.mails += await forgetMailTo(trx, emails, ANONYMISED_MARKER);
        await privacyRepo.anonymiseComplaints(trx, ids, ANONYMISED_MARKER, now);
        run.complaints += ids.length;
        if (due.length < BATCH) break;
      }
    }
    await recordAudit(trx, systemContext('retensi-data-pribadi'), {
      action: 'complaint.retention_anonymised',
      entityType: 'complaint',
      after: {
        retentionMonths: run.retentionMonths,
        cutoff: run.cutoff,
        complaints: run.complaints,
        messages: run.messages,
        attachments: run.attachments,
        mails: run.mails,
      },
    });
    return run;
  });
}

// ---------------------------------------------------------------- export on request

const EXPORT_NOTE =
  'Salinan data pribadi pelapor yang disimpan SIM Kinerja (UU 27/2022 Pasal 7). Memuat setiap pengaduan dengan ' +
  'kontak ini, linimasa yang dilihat pelapor, daftar lampiran, undangan SKM dan catatan audit akses. Catatan ' +
  'internal petugas hanya dihitung. Pengaduan Anonim tidak dimuat: identitasnya tersembunyi dari petugas; pelapor ' +
  'melihatnya lewat tautan pelacakan pribadi.';

type Lookup = { by: 'EMAIL' | 'TELEPON' | 'TIKET'; value: string };

function lookupOf(q: ComplainantExportQuery): Lookup {
  if (q.ticket) return { by: 'TIKET', value: q.ticket.toUpperCase() };
  const contact = q.contact ?? '';
  if (!contact) throw invalid('contact', 'Isi kontak pelapor (e-mail atau telepon) atau nomor tiket');
  if (contact.includes('@')) {
    const email = normalizeEmail(contact);
    if (!email) throw invalid('contact', 'Alamat e-mail pelapor tidak valid');
    return { by: 'EMAIL', value: email };
  }
  const phone = normalizePhoneNumber(contact);
  if (!phone) throw invalid('contact', 'Kontak pelapor harus alamat e-mail atau nomor telepon');
  return { by: 'TELEPON', value: phone };
}

async function findRows(db: Database, lookup: Lookup) {
  if (lookup.by === 'TIKET') {
    const row = await repo.findComplaintByTicket(db, lookup.value);
    if (!row) throw notFound('Pengaduan');
    if (row.is_anonymous) {
      throw invalid(
        'ticket',
        'Pengaduan ini Anonim: identitas pelapor tersembunyi dari petugas. Pelapor melihat datanya lewat tautan pelacakan.',
      );
    }
    return [row];
  }
  return privacyRepo.findComplaintsByContact(
    db,
    lookup.by === 'EMAIL' ? { email: lookup.value } : { phone: lookup.value },
  );
}

/**
 * Everything held about one complainant, found by the contact they gave (e-mail or phone, however written) or by a
 * ticket: each complaint with the personal data, the timeline the complainant sees, the attachment list, the SKM
 * invitation and the audit entries about it. The desk or the administrator only; each exported complaint gets an
 * audit entry naming who exported it (not the contact itself). An empty result is a valid answer.
 */
export async function exportComplainantData(
  ctx: ServiceContext,
  actor: Actor,
  q: ComplainantExportQuery,
): Promise<ComplainantExport> {
  if (!canExportComplainantData(actor)) throw forbidden();
  const lookup = lookupOf(q);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await findRows(trx, lookup);
    const ids = rows.map((r) => r.id);
    for (const row of rows) {
      await recordAudit(trx, auditContextOf(actor), {
        action: 'complaint.personal_data_exported',
        entityType: 'complaint',
        entityId: row.id,
        after: { ticket: row.ticket, by: lookup.by },
      });
    }
    const events = await privacyRepo.findEventsOf(trx, ids);
    const files = await privacyRepo.findAttachmentsOf(trx, ids);
    const audit = await listAuditOfEntities(trx, 'complaint', ids.map(String));
    const complaints: ComplainantExport['complaints'] = [];
    for (const row of rows) {
      const own = events.filter((e) => e.complaint_id === row.id);
      const invitation = await getSkmInvitationForEvent({ ...ctx, db: trx }, skmEventOf(row.id));
      complaints.push({
        ticket: row.ticket,
        status: row.status,
        kind: row.kind,
        channel: row.channel,
        category: row.category_name,
        isConfidential: row.is_confidential,
        receivedAt: row.received_at.toISOString(),
        closedAt: row.closed_at?.toISOString() ?? null,
        anonymisedAt: row.anonymised_at?.toISOString() ?? null,
        reporter: { name: row.reporter_name, phone: row.reporter_phone, email: row.reporter_email },
        description: row.description,
        address: row.address,
        kelurahan: row.kelurahan,
        lat: row.lat,
        lng: row.lng,
        attributes: row.attributes,
        rating: row.rating,
        ratingComment: row.rating_comment,
        messages: own
          .filter((e) => e.is_public)
          .map((e) => ({ at: e.at.toISOString(), type: e.type, actor: e.actor_label, message: e.message })),
        internalNotes: own.filter((e) => !e.is_public).length,
        attachments: files
          .filter((f) => f.complaint_id === row.id)
          .map((f) => ({
            fileName: f.file_name,
            mime: f.mime,
            size: f.size,
            createdAt: f.created_at.toISOString(),
            fromComplainant: f.phase === null,
          })),
        survey: invitation,
        access: audit
          .filter((a) => a.entityId === String(row.id))
          .map((a) => ({ at: a.at.toISOString(), action: a.action, actor: a.actorName })),
      });
    }
    return {
      format: 'sim-kinerja/data-pelapor/v1' as const,
      generatedAt: now.toISOString(),
      generatedBy: actor.username,
      request: lookup,
      note: EXPORT_NOTE,
      complaints,
    };
  });
}
