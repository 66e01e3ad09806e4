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
/**
 * Complaints per transaction, so a first run over years of history (a city's 2 M complaints, issue 15) never holds
 * the database, its row locks or the job's advisory lock for long.
 */
export const RETENTION_JOB_BATCH_SIZE = 500;

export type RetentionRun = {
  ran: boolean;
  retentionMonths: number;
  cutoff: string | null;
  complaints: number;
  messages: number;
  attachments: number;
  mails: number;
};

export type RetentionJobOptions = {
  /** Complaints per transaction. */
  batchSize?: number;
  /** Stop after this many batches (a partial run; the next run carries on with what is still due). */
  maxBatches?: number;
  /** Called after each committed batch: how far the run is. */
  onProgress?: (p: { batches: number; complaints: number }) => void;
};

type RetentionCounts = Pick<RetentionRun, 'complaints' | 'messages' | 'attachments' | 'mails'>;

/**
 * One pass of the retention job: in batches of `batchSize` complaints, each in its own short transaction that takes
 * the job's advisory lock (one instance works at a time), replaces the personal fields of every finally closed
 * complaint past retention with the marker (`anonymiseComplaints`), the complainant's own timeline messages, their
 * files, and the e-mails sent to them, and writes one audit entry with that batch's counts (no personal data: the
 * audit log is append-only and must not keep what was just removed) — so what is committed is always audited, and a
 * run cut short (crash, deploy, `maxBatches`) leaves every committed batch done and the rest for the next run. A run
 * that finds nothing due still writes one entry (the daily evidence that the job ran). The cutoff is fixed at the
 * start of the run. Returns `ran: false` when another instance holds the lock at the first batch; if another takes it
 * between batches this run stops and that one goes on. Idempotent: anonymised rows carry `anonymised_at` and are
 * never picked again. Statistics, SLA figures and SKM data are untouched.
 */
export async function runRetentionJob(
  ctx: ServiceContext,
  options: RetentionJobOptions = {},
): Promise<RetentionRun> {
  const now = ctx.now();
  const batchSize = options.batchSize ?? RETENTION_JOB_BATCH_SIZE;
  const policy = await loadRetentionPolicy(ctx.db);
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
  for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches;) {
    const batch = await ctx.db.transaction().execute(async (trx) => {
      if (!(await tryJobLock(trx, COMPLAINT_RETENTION_LOCK_KEY))) return { locked: false as const };
      const counts = cutoff ? await anonymiseDueBatch(trx, cutoff, batchSize, now) : null;
      // A batch that anonymised something is audited with it; a run that found nothing, once.
      if (counts || !run.ran) await auditRetention(trx, run, counts ?? NOTHING);
      return { locked: true as const, counts };
    });
    if (!batch.locked) break;
    run.ran = true;
    if (!batch.counts) break;
    batches++;
    run.complaints += batch.counts.complaints;
    run.messages += batch.counts.messages;
    run.attachments += batch.counts.attachments;
    run.mails += batch.counts.mails;
    options.onProgress?.({ batches, complaints: run.complaints });
    if (batch.counts.complaints < batchSize) break;
  }
  return run;
}

const NOTHING: RetentionCounts = { complaints: 0, messages: 0, attachments: 0, mails: 0 };

/** Locks and anonymises up to `limit` due complaints, oldest closing first; null when none is due. */
async function anonymiseDueBatch(
  trx: Database,
  cutoff: Date,
  limit: number,
  now: Date,
): Promise<RetentionCounts | null> {
  const due = await privacyRepo.lockDue(trx, cutoff, limit);
  if (due.length === 0) return null;
  const ids = due.map((d) => d.id);
  const emails = [...new Set(due.flatMap((d) => (d.reporter_email ? [d.reporter_email] : [])))];
  const messages = await privacyRepo.anonymiseCitizenMessages(trx, ids, LABEL_CITIZEN, ANONYMISED_MARKER);
  const attachments = await privacyRepo.deleteCitizenAttachments(trx, ids);
  const mails = await forgetMailTo(trx, emails, ANONYMISED_MARKER);
  await privacyRepo.anonymiseComplaints(trx, ids, ANONYMISED_MARKER, now);
  return { complaints: ids.length, messages, attachments, mails };
}

async function auditRetention(trx: Database, run: RetentionRun, counts: RetentionCounts) {
  await recordAudit(trx, systemContext('retensi-data-pribadi'), {
    action: 'complaint.retention_anonymised',
    entityType: 'complaint',
    after: { retentionMonths: run.retentionMonths, cutoff: run.cutoff, ...counts },
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
