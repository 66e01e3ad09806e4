import { randomBytes } from 'node:crypto';
import type { ComplaintCreated, complaintIntakeBase } from '@sim/contracts';
import { getClassificationDefaults, todayOf } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { deadlineOf, type ClockFields } from './complaint-clock.rules';
import { LABEL_CITIZEN, LABEL_DESK, hashTrackingSecret } from './complaint-common';
import { mailReceipt } from './complaint-mail.service';
import { intakeReferenceFor, resolutionDaysOf, type IntakeReference } from './complaint-settings.service';
import * as repo from './complaints.repository';
import { isComplaintDesk } from './complaints.policy';
import { publishComplaintReceived } from './complaint-live.service';

// Intake: a complaint received from any channel starts in DITERIMA with the verification clock running.

export type IntakeInput = z.output<typeof complaintIntakeBase>;
type Channel = 'WEB' | 'WALK_IN' | 'PHONE' | 'OPEN311';

/**
 * The ticket of a complaint received at `now`, numbered per year (KTP-2026-000123). Call it before the filing's
 * transaction, with the database rather than a transaction (repo.reserveTicketNumber says why).
 */
export async function reserveTicket(db: Database, now: Date): Promise<string> {
  const year = Number(todayOf(now).slice(0, 4));
  const seq = await repo.reserveTicketNumber(db, year);
  return `KTP-${year}-${String(seq).padStart(6, '0')}`;
}

/**
 * What a filing needs before its transaction: the ticket ({@link reserveTicket}) and the catalogue, kelurahan, policy
 * and calendar as this instance keeps them (ADR 0014; a category or kelurahan the kept copy does not know is read
 * again before it is refused).
 */
export async function prepareIntake(
  ctx: ServiceContext,
  now: Date,
  input: Pick<IntakeInput, 'categoryCode' | 'kelurahan'>,
  channel: Channel,
): Promise<{ ticket: string; reference: IntakeReference }> {
  const [ticket, reference] = await Promise.all([
    reserveTicket(ctx.db, now),
    intakeReferenceFor(ctx, input.categoryCode, channel === 'OPEN311' ? null : input.kelurahan),
  ]);
  return { ticket, reference };
}

/**
 * Receives a complaint from any channel (web form, desk, Open311): checks the category and its required
 * attributes, applies the integrity rule (Rahasia by default, visible to the oversight team), gives it the ticket
 * reserved by {@link prepareIntake}, starts the verification clock and returns the tracking secret — shown once,
 * stored only as a hash. Runs inside the caller's transaction.
 */
export async function receiveComplaint(
  trx: Database,
  now: Date,
  input: IntakeInput,
  source: {
    channel: Channel;
    audit: AuditContext;
    actorUserId: number | null;
    ticket: string;
    reference: IntakeReference;
  },
): Promise<ComplaintCreated & { id: number }> {
  const { policy, calendar, kelurahan } = source.reference;
  const category = source.reference.categories.get(input.categoryCode);
  if (!category || !category.is_active) throw invalid('categoryCode', 'Kategori pengaduan tidak dikenal');
  // Open311 clients know no kelurahan: theirs is derived from the address and may stay "Belum ditentukan".
  const checksKelurahan = source.channel !== 'OPEN311' && kelurahan.length > 0;
  if (checksKelurahan && !kelurahan.some((k) => k.toLowerCase() === input.kelurahan.toLowerCase())) {
    throw invalid('kelurahan', `Kelurahan harus salah satu dari: ${kelurahan.join(', ')}`);
  }
  const attributes = checkAttributeValues(category.attributes, input.attributes);
  const defaults = getClassificationDefaults({
    kind: input.kind,
    maladministration: input.maladministration ?? null,
  });
  const isIntegrity = category.is_integrity || defaults.isIntegrityIssue;
  const ticket = source.ticket;
  const secret = randomBytes(32).toString('base64url');
  const clock: ClockFields = {
    status: 'DITERIMA',
    paused_status: null,
    window_started_at: now,
    window_days: policy.verificationDays,
    window_cycle: 0,
    pauses: [],
  };
  // The complaint and its first timeline entry in one statement, the watchers' and the public page's live events
  // in another (ADR 0014: round trips are most of a filing's cost).
  const { id } = await repo.insertComplaintWithEvent(
    trx,
    {
      ticket,
      tracking_hash: hashTrackingSecret(secret),
      category_id: category.id,
      kind: input.kind,
      maladministration: input.maladministration ?? null,
      channel: source.channel,
      description: input.description,
      kelurahan: kelurahan.find((k) => k.toLowerCase() === input.kelurahan.toLowerCase()) ?? input.kelurahan,
      address: input.address,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      attributes: JSON.stringify(attributes),
      reporter_name: input.reporterName ?? null,
      reporter_phone: input.reporterPhone ?? null,
      reporter_email: input.reporterEmail ?? null,
      is_anonymous: input.isAnonymous,
      is_confidential: input.isConfidential || isIntegrity,
      is_integrity: isIntegrity,
      status: 'DITERIMA',
      complexity: category.complexity,
      resolution_days: resolutionDaysOf(policy, category.complexity, category.resolution_days),
      unit_id: category.unit_id,
      received_at: now,
      window_started_at: now,
      window_days: policy.verificationDays,
      window_cycle: 0,
      pauses: JSON.stringify([]),
      deadline_at: deadlineOf(clock, calendar),
      updated_at: now,
    },
    {
      at: now,
      type: 'DITERIMA',
      is_public: true,
      actor_user_id: source.actorUserId,
      actor_label: source.actorUserId ? LABEL_DESK : LABEL_CITIZEN,
      ...repo.codedMessage('RECEIVED', { channel: source.channel, ticket }),
      data: JSON.stringify({ channel: source.channel }),
    },
  );
  // A new complaint appears in the desk's verification queue (nobody is assigned yet) and in the public figures.
  await publishComplaintReceived(trx, { id, is_integrity: isIntegrity });
  await recordAudit(trx, source.audit, {
    action: 'complaint.received',
    entityType: 'complaint',
    entityId: id,
    after: { ticket, category: category.code, channel: source.channel, isIntegrity },
  });
  return { id, ticket, trackingSecret: secret, status: 'DITERIMA' };
}

function checkAttributeValues(
  definitions: { code: string; datatype: string; required: boolean; values?: { key: string }[] }[],
  given: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const def of definitions) {
    const value = given[def.code];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
    if (empty) {
      if (def.required) throw invalid(`attributes.${def.code}`, 'Isian ini wajib diisi');
      continue;
    }
    const keys = def.values?.map((v) => v.key);
    const values = Array.isArray(value) ? value : [value];
    if (def.datatype === 'singlevaluelist' || def.datatype === 'multivaluelist') {
      if (def.datatype === 'singlevaluelist' && values.length > 1) {
        throw invalid(`attributes.${def.code}`, 'Pilih satu nilai saja');
      }
      const wrong = values.find((v) => !keys?.includes(v));
      if (wrong !== undefined) throw invalid(`attributes.${def.code}`, `Pilihan "${wrong}" tidak dikenal`);
    }
    if (def.datatype === 'number' && values.some((v) => !Number.isFinite(Number(v)))) {
      throw invalid(`attributes.${def.code}`, 'Isian ini harus berupa angka');
    }
    result[def.code] = def.datatype === 'multivaluelist' ? values : values[0]!;
  }
  return result;
}

/** A complaint filed by a citizen on the public form (no login); the honeypot is checked by the route. */
export async function fileComplaint(
  ctx: ServiceContext,
  input: IntakeInput,
  ip: string,
): Promise<ComplaintCreated> {
  const now = ctx.now();
  const { ticket, reference } = await prepareIntake(ctx, now, input, 'WEB');
  const created = await ctx.db.transaction().execute(async (trx) => {
    const made = await receiveComplaint(trx, now, input, {
      channel: 'WEB',
      audit: auditContextOf(null, ip),
      actorUserId: null,
      ticket,
      reference,
    });
    await mailReceipt(trx, ctx, input.reporterEmail, made);
    return made;
  });
  return { ticket: created.ticket, trackingSecret: created.trackingSecret, status: created.status };
}

/** A walk-in or phone complaint recorded by the Petugas Pengaduan, with the channel noted. */
export async function recordStaffComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: IntakeInput & { channel: 'WALK_IN' | 'PHONE' },
): Promise<ComplaintCreated> {
  if (!isComplaintDesk(actor))
    throw forbidden('Hanya Petugas Pengaduan yang dapat mencatat pengaduan langsung');
  const now = ctx.now();
  const { ticket, reference } = await prepareIntake(ctx, now, input, input.channel);
  const created = await ctx.db.transaction().execute(async (trx) => {
    const made = await receiveComplaint(trx, now, input, {
      channel: input.channel,
      audit: auditContextOf(actor),
      actorUserId: actor.userId,
      ticket,
      reference,
    });
    await mailReceipt(trx, ctx, input.reporterEmail, made);
    return made;
  });
  return { ticket: created.ticket, trackingSecret: created.trackingSecret, status: created.status };
}
