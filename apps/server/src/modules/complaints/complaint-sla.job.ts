import { createHash } from 'node:crypto';
import {
  computeSlaDeadline,
  computeSlaWarningAt,
  getAutoCloseAt,
  getEscalationTimes,
  toWibIsoDate,
  type SlaClock,
} from '@sim/domain';
import { COMPLAINT_MESSAGE_TERMS_ID } from '@sim/contracts';
import { tryJobLock } from '../../db/advisory-lock';
import type { Database } from '../../db/database';
import { systemContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { recordAudit } from '../audit/audit.service';
import { notifyAll } from '../notifications/notifications.service';
import { findNearestRoleHolders, getSuperiorOf } from '../org/org.service';
import { clockOf } from './complaint-clock.rules';
import { loadSlaPolicy, loadWorkCalendar } from './complaint-settings.service';
import { ESCALATION_ROLE } from './complaints.policy';
import * as repo from './complaints.repository';
import {
  deadlineParam,
  formatDateId as fmtDate,
  formatDateTimeId as fmt,
  LABEL_SYSTEM,
} from './complaint-common';
import { publishComplaintLive } from './complaint-live.service';

// The deadlines job (complaints.md): warning at 75% of a window, breach, escalation to the assignee's superior at
// once and to the head of office 2 working days later, automatic closure 10 working days after the resolution (or
// after the reporter's latest reply). The windows watched: verification, the first follow-up (tindak lanjut
// pertama, 5 HK after disposition) and resolution; each gets the same warning, breach and escalation steps.
// A deadline breached before the complaint was paused for a question to the reporter stays breached and keeps
// escalating: asking a question late must not silence the escalation.
// Idempotent: every event has a dedupe key per window, inserted with ON CONFLICT DO NOTHING, so a rerun (or a
// second server instance) never repeats one; and the whole run holds a transaction-scoped advisory lock so only
// one instance works at a time.
// Reads only what can change (issue 15, ADR 0013): after looking at a complaint the job stores in `sla_check_at` the
// first future instant at which one of its steps becomes due; a run reads the complaints whose instant has come
// (however long ago: a server that was off catches up on its first run). Any other write to a complaint resets the
// instant to "at the next run" (a database trigger), and a change of the deadline rules or the calendar marks every
// watched complaint, so nothing computed from an old state is trusted.

/** Advisory lock key of the complaint SLA job ("KTPSLA" folded into an int). */
export const COMPLAINT_SLA_LOCK_KEY = 0x4b54_5053;

/** One staff notification the run recorded (in-app, and e-mail through the outbox in the run's transaction). */
export type SlaNotification = { employeeId: number; ticket: string; subject: string };

/** Which step a deadline notification reports (the in-app sentence is chosen by it). */
type SlaStage = 'WARNING' | 'BREACH' | 'ESCALATION' | 'ESCALATION_HEAD';

export type SlaJobResult = {
  ran: boolean;
  events: number;
  closed: number;
  notified: SlaNotification[];
  /** Complaints read (those whose check time had come). */
  checked: number;
};

type Row = Awaited<ReturnType<typeof repo.findComplaintsDueForSlaCheck>>[number];

async function emit(
  trx: Database,
  row: Row,
  at: Date,
  e: {
    type: string;
    key: string;
    isPublic?: boolean;
    /** The line as a code with parameters (repo.codedMessage), so each reader sees it in their language. */
    coded: ReturnType<typeof repo.codedMessage>;
    data?: object;
  },
): Promise<boolean> {
  const fresh = await repo.insertEventOnce(trx, {
    complaint_id: row.id,
    at,
    type: e.type,
    is_public: e.isPublic ?? false,
    actor_user_id: null,
    actor_label: LABEL_SYSTEM,
    ...e.coded,
    data: JSON.stringify(e.data ?? {}),
    dedupe_key: e.key,
  });
  // A warning, breach, escalation or closure changes the countdowns on the handlers' screens.
  if (fresh) await publishComplaintLive(trx, row, at, 'complaint.deadline');
  return fresh;
}

/** The windows the job watches; the first follow-up has its own event types so it never hides the resolution's. */
type WatchedWindow = {
  name: 'VERIFIKASI' | 'TINDAK_LANJUT' | 'PENYELESAIAN';
  clock: SlaClock;
  /** Prefix of the event types and dedupe keys ('' for verification and resolution, as before). */
  prefix: '' | 'TINDAK_LANJUT_';
  /** Indonesian name of the window, for e-mails (timeline lines store the window's code). */
  label: string;
};

/** The head of office for a complaint: the Pimpinan nearest up the tree from the complaint's unit. */
async function findHeadOfOffice(trx: Database, unitId: number | null, today: string) {
  return unitId === null ? [] : findNearestRoleHolders(trx, ESCALATION_ROLE, unitId, today);
}

/** Complaints looked at per transaction (issue 15: the first round on a city's data was one 7-minute transaction). */
export const SLA_JOB_BATCH_SIZE = 500;

export type SlaJobOptions = {
  /** Complaints per transaction. */
  batchSize?: number;
  /** Stop after this many batches (a partial run; the next run carries on where the work is still due). */
  maxBatches?: number;
  /** Called after each committed batch: how far the run is. */
  onProgress?: (p: { batches: number; checked: number; events: number; lastId: number }) => void;
};

type BatchResult = { ran: boolean; events: number; closed: number; checked: number; lastId: number };

/**
 * One pass of the deadlines job at `now`, in batches of complaints by id, each in its own short transaction that
 * takes the job's advisory lock: a long first round no longer holds locks or a transaction for minutes, and a
 * round cut short (crash, deploy, `maxBatches`) leaves every committed batch done and the rest for the next run.
 * Returns `ran: false` when another instance holds the lock at the first batch; if another instance takes it between
 * batches this run stops and that one goes on. Safe to call as often as wanted: each warning, breach, escalation and
 * closure is recorded once per window (dedupe keys), so a rerun over a batch already done changes nothing.
 */
export async function runComplaintSlaJob(
  ctx: ServiceContext,
  now: Date = ctx.now(),
  options: SlaJobOptions = {},
): Promise<SlaJobResult> {
  const batchSize = options.batchSize ?? SLA_JOB_BATCH_SIZE;
  const total: SlaJobResult = { ran: false, events: 0, closed: 0, notified: [], checked: 0 };
  const headsByUnit = new Map<number | null, { id: number; name: string }[]>();
  let checked = 0;
  for (let batches = 0; options.maxBatches === undefined || batches < options.maxBatches;) {
    const notified: SlaNotification[] = [];
    // No cursor: every complaint a batch looked at gets a check time after `now`, so the next batch reads the next
    // ones due.
    const batch = await ctx.db
      .transaction()
      .execute((trx) => runBatch(trx, now, batchSize, headsByUnit, notified));
    if (!batch.ran) break;
    batches++;
    total.ran = true;
    total.events += batch.events;
    total.closed += batch.closed;
    total.notified.push(...notified);
    checked += batch.checked;
    total.checked = checked;
    options.onProgress?.({ batches, checked, events: total.events, lastId: batch.lastId });
    if (batch.checked < batchSize) break;
  }
  return total;
}

/** The deadline rules and calendar in one stamp: stored check times are only valid for the stamp they were made with. */
function rulesStamp(policy: unknown, calendar: unknown): string {
  return createHash('sha256').update(JSON.stringify({ policy, calendar })).digest('hex');
}

async function runBatch(
  trx: Database,
  now: Date,
  batchSize: number,
  headsByUnit: Map<number | null, { id: number; name: string }[]>,
  notified: SlaNotification[],
): Promise<BatchResult> {
  if (!(await tryJobLock(trx, COMPLAINT_SLA_LOCK_KEY))) {
    return { ran: false, events: 0, closed: 0, checked: 0, lastId: 0 };
  }
  const policy = await loadSlaPolicy(trx);
  const calendar = await loadWorkCalendar(trx);
  // A new holiday, another window length or warning fraction moves deadlines of complaints nobody touched.
  const stamp = rulesStamp(policy, calendar);
  if ((await repo.findSlaRulesStamp(trx)) !== stamp) {
    await repo.markAllForSlaCheck(trx);
    await repo.saveSlaRulesStamp(trx, stamp, now);
  }
  const audit = systemContext('complaint-sla-job');
  const today = toWibIsoDate(now);
  let events = 0;
  let closed = 0;
  /** Notifications to staff, recorded at the end of the batch's transaction (a rolled-back batch tells nobody). */
  const outbox: (SlaNotification & {
    text: string;
    stage: SlaStage;
    window: string;
    complaintId: number;
  })[] = [];

  const rows = await repo.findComplaintsDueForSlaCheck(trx, now, batchSize);
  /** Each complaint's next check, written after all of the batch's other writes (they reset it, see the trigger). */
  const nextChecks: { id: number; at: Date | null }[] = [];
  for (const row of rows) {
    /** The future instants at which a step of this complaint becomes due; the earliest is its next check. */
    const upcoming: number[] = [];
    const watch = (at: Date | null) => {
      if (at && at.getTime() > now.getTime()) upcoming.push(at.getTime());
    };
    await checkComplaint(row, watch);
    nextChecks.push({ id: row.id, at: upcoming.length > 0 ? new Date(Math.min(...upcoming)) : null });
  }
  await repo.setSlaCheckTimes(trx, nextChecks);

  /** Everything due on one complaint at `now`; `watch` is told every step's instant (past ones are ignored). */
  async function checkComplaint(row: Row, watch: (at: Date | null) => void): Promise<void> {
    const tell = (
      employeeId: number | null | undefined,
      step: { stage: SlaStage; window: string },
      subject: string,
      text: string,
    ) => {
      if (employeeId && !outbox.some((m) => m.employeeId === employeeId && m.subject === subject)) {
        outbox.push({ employeeId, ticket: row.ticket, complaintId: row.id, subject, text, ...step });
      }
    };

    if (row.status === 'SELESAI' && row.resolved_at) {
      const lastReply = row.last_reporter_reply_at ? new Date(row.last_reporter_reply_at) : null;
      const closeAt = getAutoCloseAt(row.resolved_at, calendar, policy, lastReply);
      watch(closeAt);
      if (now.getTime() < closeAt.getTime()) return;
      const repliedAfterResolution = lastReply !== null && lastReply.getTime() > row.resolved_at.getTime();
      const fresh = await emit(trx, row, now, {
        type: 'DITUTUP',
        key: `DITUTUP:${row.window_cycle}`,
        isPublic: true,
        coded: repliedAfterResolution
          ? repo.codedMessage(
              'AUTO_CLOSED_AFTER_REPLY',
              { days: policy.autoCloseAfterDays, lastReply: lastReply.toISOString() },
              { lastReply: fmtDate(lastReply) },
            )
          : repo.codedMessage('AUTO_CLOSED', { days: policy.autoCloseAfterDays }),
        data: {
          reason: 'OTOMATIS',
          lastReporterReplyAt: repliedAfterResolution ? lastReply.toISOString() : null,
        },
      });
      if (fresh) {
        await repo.updateComplaint(trx, row.id, {
          status: 'DITUTUP',
          closed_at: now,
          close_reason: 'OTOMATIS',
          updated_at: now,
        });
        await recordAudit(trx, audit, {
          action: 'complaint.auto_closed',
          entityType: 'complaint',
          entityId: row.id,
          before: { status: row.status },
          after: { status: 'DITUTUP' },
        });
        events++;
        closed++;
      }
      return;
    }

    const current = clockOf(row);
    if (!current) return;
    const cycle = row.window_cycle;
    let escalationLevel = row.escalation_level;
    const windows: WatchedWindow[] = [];
    // First follow-up (tindak lanjut pertama, LAPOR!: 5 HK after disposition), until the assignee's first public
    // note or the resolution; pauses for the reporter stop it like the resolution clock.
    if (current.window === 'PENYELESAIAN' && cycle === 1 && !row.first_response_at) {
      windows.push({
        name: 'TINDAK_LANJUT',
        clock: { ...current.clock, days: policy.firstResponseDays },
        prefix: 'TINDAK_LANJUT_',
        label: COMPLAINT_MESSAGE_TERMS_ID.window.TINDAK_LANJUT,
      });
    }
    windows.push({
      name: current.window,
      clock: current.clock,
      prefix: '',
      label: COMPLAINT_MESSAGE_TERMS_ID.window[current.window],
    });

    for (const w of windows) {
      const deadline = computeSlaDeadline(w.clock, calendar);
      if (!deadline) continue; // paused before the deadline: this clock stands still
      if (w.prefix === '' && row.deadline_at?.getTime() !== deadline.getTime()) {
        // Rows paused after their deadline before rule 8.2.8 was fixed stored no deadline; show the breached one.
        await repo.updateComplaint(trx, row.id, { deadline_at: deadline });
      }
      const isBreached = now.getTime() > deadline.getTime();

      if (!isBreached) {
        const warningAt = computeSlaWarningAt(w.clock, calendar, {
          warningFraction: policy.warningFraction,
        });
        watch(warningAt);
        // Breached is "after the deadline": the first instant it holds is one millisecond later.
        watch(new Date(deadline.getTime() + 1));
        if (warningAt && now.getTime() >= warningAt.getTime()) {
          const fresh = await emit(trx, row, now, {
            type: `${w.prefix}PERINGATAN`,
            key: `${w.prefix}PERINGATAN:${cycle}`,
            coded: repo.codedMessage(
              'DEADLINE_WARNING',
              {
                percent: Math.round(policy.warningFraction * 100),
                window: w.name,
                ...deadlineParam(deadline).params,
              },
              deadlineParam(deadline).indonesian,
            ),
            data: {
              deadline: deadline.toISOString(),
              assigneeId: row.assignee_employee_id,
              window: w.name,
            },
          });
          if (fresh) {
            events++;
            tell(
              row.assignee_employee_id,
              { stage: 'WARNING', window: w.name },
              `Peringatan batas waktu ${w.label} pengaduan ${row.ticket}`,
              `Batas waktu ${w.label} pengaduan ${row.ticket} (${row.category_name}) jatuh pada ${fmt(deadline)} WIB.`,
            );
          }
        }
        continue;
      }

      const { params: deadlineIso, indonesian: deadlineId } = deadlineParam(deadline);
      const breach =
        w.name === 'TINDAK_LANJUT'
          ? repo.codedMessage(
              'FIRST_RESPONSE_BREACHED',
              { days: policy.firstResponseDays, ...deadlineIso },
              deadlineId,
            )
          : repo.codedMessage('DEADLINE_BREACHED', { window: w.name, ...deadlineIso }, deadlineId);
      if (
        await emit(trx, row, now, {
          type: `${w.prefix}TERLAMBAT`,
          key: `${w.prefix}TERLAMBAT:${cycle}`,
          coded: breach,
          data: { deadline: deadline.toISOString(), window: w.name },
        })
      ) {
        events++;
        if (w.name === 'PENYELESAIAN' && !row.was_breached) {
          await repo.updateComplaint(trx, row.id, { was_breached: true });
        }
        tell(
          row.assignee_employee_id,
          { stage: 'BREACH', window: w.name },
          `Batas waktu ${w.label} pengaduan ${row.ticket} terlampaui`,
          `${breach.message} Pengaduan ${row.ticket} (${row.category_name}).`,
        );
      }
      if (w.name === 'VERIFIKASI' || row.assignee_employee_id === null) continue;

      const escalation = getEscalationTimes(deadline, calendar, policy);
      watch(escalation.toSuperiorAt);
      watch(escalation.toHeadOfOfficeAt);
      if (now.getTime() >= escalation.toSuperiorAt.getTime()) {
        const superior = await getSuperiorOf(trx, row.assignee_employee_id, today);
        const fresh = await emit(trx, row, now, {
          type: `${w.prefix}ESKALASI_ATASAN`,
          key: `${w.prefix}ESKALASI_ATASAN:${cycle}`,
          coded: superior
            ? repo.codedMessage('ESCALATED_TO_SUPERIOR', {
                window: w.name,
                name: superior.fullName,
                position: superior.positionName,
              })
            : repo.codedMessage('ESCALATED_TO_VACANT_SUPERIOR', { window: w.name }),
          data: { toEmployeeId: superior?.employeeId ?? null, window: w.name },
        });
        if (fresh) {
          events++;
          escalationLevel = Math.max(escalationLevel, 1);
          await repo.updateComplaint(trx, row.id, { escalation_level: escalationLevel });
          tell(
            superior?.employeeId,
            { stage: 'ESCALATION', window: w.name },
            `Eskalasi pengaduan ${row.ticket}`,
            `Pengaduan ${row.ticket} (${row.category_name}) yang ditangani bawahan Anda melewati batas waktu ${w.label} ${fmt(deadline)} WIB.`,
          );
          await recordAudit(trx, audit, {
            action: 'complaint.escalated',
            entityType: 'complaint',
            entityId: row.id,
            after: { level: 1, window: w.name, toEmployeeId: superior?.employeeId ?? null },
          });
        }
      }
      if (now.getTime() >= escalation.toHeadOfOfficeAt.getTime()) {
        let heads = headsByUnit.get(row.unit_id);
        if (!heads) {
          heads = await findHeadOfOffice(trx, row.unit_id, today);
          headsByUnit.set(row.unit_id, heads);
        }
        const fresh = await emit(trx, row, now, {
          type: `${w.prefix}ESKALASI_PIMPINAN`,
          key: `${w.prefix}ESKALASI_PIMPINAN:${cycle}`,
          coded:
            heads.length > 0
              ? repo.codedMessage('ESCALATED_TO_HEAD', {
                  window: w.name,
                  names: heads.map((h) => h.name).join(', '),
                })
              : repo.codedMessage('ESCALATED_TO_NO_HEAD', { window: w.name }),
          data: { toEmployeeIds: heads.map((h) => h.id), window: w.name },
        });
        if (fresh) {
          events++;
          escalationLevel = 2;
          await repo.updateComplaint(trx, row.id, { escalation_level: escalationLevel });
          for (const head of heads) {
            tell(
              head.id,
              { stage: 'ESCALATION_HEAD', window: w.name },
              `Eskalasi pengaduan ${row.ticket} ke pimpinan`,
              `Batas waktu ${w.label} pengaduan ${row.ticket} (${row.category_name}) terlampaui sejak ${fmt(deadline)} WIB dan belum dipenuhi ${policy.escalateToHeadOfOfficeAfterDays} hari kerja kemudian.`,
            );
          }
          await recordAudit(trx, audit, {
            action: 'complaint.escalated',
            entityType: 'complaint',
            entityId: row.id,
            after: { level: 2, window: w.name, toEmployeeIds: heads.map((h) => h.id) },
          });
        }
      }
    }
  }
  await notifyAll(
    trx,
    outbox.map((m) => ({
      to: { employeeId: m.employeeId },
      type: 'COMPLAINT_DEADLINE',
      params: { ticket: m.ticket, stage: m.stage, window: m.window },
      link: `/complaints/${m.complaintId}`,
      mail: { subject: m.subject, text: m.text },
      at: now,
    })),
  );
  notified.push(...outbox.map(({ employeeId, ticket, subject }) => ({ employeeId, ticket, subject })));
  return { ran: true, events, closed, checked: rows.length, lastId: rows.at(-1)?.id ?? 0 };
}

/**
 * Starts the deadlines job on an interval (default every minute) and returns a stop function for graceful
 * shutdown. Call once after the server listens; the timer does not keep the process alive.
 */
export function startComplaintJobs(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'complaint SLA job',
    intervalMs: options.intervalMs ?? 60_000,
    // Progress of a long round (a city's first run) in the log, one line per 20 batches.
    run: (ctx) =>
      runComplaintSlaJob(ctx, ctx.now(), {
        onProgress: (p) => {
          if (p.batches % 20 === 0) app.log.info(p, 'complaint SLA job progress');
        },
      }),
    summarise: (r) =>
      r.events > 0 ? { events: r.events, closed: r.closed, notified: r.notified.length } : null,
  });
}
