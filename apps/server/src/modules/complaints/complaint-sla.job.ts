import {
  computeSlaDeadline,
  computeSlaWarningAt,
  getAutoCloseAt,
  getEscalationTimes,
  toWibIsoDate,
} from '@sim/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/database';
import { systemContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { recordAudit } from '../audit/audit.service';
import { sendMail } from '../notifications/mailer';
import { fullNameOf } from '../org/employee.rules';
import { getSuperiorOf } from '../org/org.service';
import { clockOf } from './complaint-clock.rules';
import { loadSlaPolicy, loadWorkCalendar } from './complaint-settings.service';
import * as repo from './complaints.repository';
import { LABEL_SYSTEM } from './complaints.service';

// The deadlines job (complaints.md): warning at 75% of a window, breach, escalation to the assignee's superior at
// once and to the head of office 2 working days later, automatic closure 10 working days after the resolution.
// Idempotent: every event has a dedupe key per window, inserted with ON CONFLICT DO NOTHING, so a rerun (or a
// second server instance) never repeats one; and the whole run holds a transaction-scoped advisory lock so only
// one instance works at a time.

/** Advisory lock key of the complaint SLA job ("KTPSLA" folded into an int). */
export const COMPLAINT_SLA_LOCK_KEY = 0x4b54_5053;

export type SlaJobResult = { ran: boolean; events: number; closed: number };

type Row = repo.ComplaintRow;

async function emit(
  trx: Database,
  row: Row,
  at: Date,
  e: { type: string; key: string; isPublic?: boolean; message: string; data?: object },
): Promise<boolean> {
  return repo.insertEventOnce(trx, {
    complaint_id: row.id,
    at,
    type: e.type,
    is_public: e.isPublic ?? false,
    actor_user_id: null,
    actor_label: LABEL_SYSTEM,
    message: e.message,
    data: JSON.stringify(e.data ?? {}),
    dedupe_key: e.key,
  });
}

const fmt = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(d);

/**
 * One pass of the deadlines job at `now`. Returns `ran: false` when another instance holds the lock. Safe to
 * call as often as wanted: each warning, breach, escalation and closure is recorded once per window.
 */
export async function runComplaintSlaJob(ctx: ServiceContext, now: Date = ctx.now()): Promise<SlaJobResult> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.tryJobLock(trx, COMPLAINT_SLA_LOCK_KEY))) {
      return { ran: false, events: 0, closed: 0, outbox: [] };
    }
    const policy = await loadSlaPolicy(trx);
    const calendar = await loadWorkCalendar(trx);
    const audit = systemContext('complaint-sla-job');
    const today = toWibIsoDate(now);
    let events = 0;
    let closed = 0;
    let headOfOffice: { id: number; name: string }[] | null = null;
    /** E-mails to staff, sent only after the transaction commits (so a rolled-back run mails nobody). */
    const outbox: { employeeId: number; subject: string; text: string }[] = [];
    const tell = (employeeId: number | null | undefined, subject: string, text: string) => {
      if (employeeId) outbox.push({ employeeId, subject, text });
    };

    for (const row of await repo.findComplaintsForSlaJob(trx)) {
      if (row.status === 'SELESAI' && row.resolved_at) {
        const closeAt = getAutoCloseAt(row.resolved_at, calendar, policy);
        if (now.getTime() < closeAt.getTime()) continue;
        const fresh = await emit(trx, row, now, {
          type: 'DITUTUP',
          key: `DITUTUP:${row.window_cycle}`,
          isPublic: true,
          message: `Pengaduan ditutup otomatis karena tidak ada tanggapan pelapor selama ${policy.autoCloseAfterDays} hari kerja setelah penyelesaian.`,
          data: { reason: 'OTOMATIS' },
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
        continue;
      }

      const current = clockOf(row);
      if (!current) continue;
      const deadline = computeSlaDeadline(current.clock, calendar);
      if (!deadline) continue; // paused before the deadline: no clock runs
      const cycle = row.window_cycle;
      const windowLabel = current.window === 'VERIFIKASI' ? 'verifikasi' : 'penyelesaian';
      const isBreached = now.getTime() > deadline.getTime();

      // First follow-up (tindak lanjut pertama, LAPOR!: 5 HK after disposition): recorded once when missed.
      if (current.window === 'PENYELESAIAN' && cycle === 1 && !row.first_response_at) {
        const firstDue = computeSlaDeadline({ ...current.clock, days: policy.firstResponseDays }, calendar);
        if (firstDue && now.getTime() > firstDue.getTime()) {
          const fresh = await emit(trx, row, now, {
            type: 'TINDAK_LANJUT_TERLAMBAT',
            key: 'TINDAK_LANJUT_TERLAMBAT:1',
            message: `Belum ada tindak lanjut pertama untuk pelapor dalam ${policy.firstResponseDays} hari kerja sejak disposisi.`,
          });
          if (fresh) events++;
        }
      }

      if (!isBreached) {
        const warningAt = computeSlaWarningAt(current.clock, calendar, {
          warningFraction: policy.warningFraction,
        });
        if (warningAt && now.getTime() >= warningAt.getTime()) {
          const fresh = await emit(trx, row, now, {
            type: 'PERINGATAN',
            key: `PERINGATAN:${cycle}`,
            message: `Peringatan: ${Math.round(policy.warningFraction * 100)}% batas waktu ${windowLabel} telah berjalan; batas waktu ${fmt(deadline)} WIB.`,
            data: { deadline: deadline.toISOString(), assigneeId: row.assignee_employee_id },
          });
          if (fresh) {
            events++;
            tell(
              row.assignee_employee_id,
              `Peringatan batas waktu pengaduan ${row.ticket}`,
              `Batas waktu ${windowLabel} pengaduan ${row.ticket} (${row.category_name}) jatuh pada ${fmt(deadline)} WIB.`,
            );
          }
        }
        continue;
      }

      if (
        await emit(trx, row, now, {
          type: 'TERLAMBAT',
          key: `TERLAMBAT:${cycle}`,
          message: `Batas waktu ${windowLabel} (${fmt(deadline)} WIB) terlampaui.`,
          data: { deadline: deadline.toISOString(), window: current.window },
        })
      ) {
        events++;
        if (current.window === 'PENYELESAIAN' && !row.was_breached) {
          await repo.updateComplaint(trx, row.id, { was_breached: true });
        }
      }
      if (current.window !== 'PENYELESAIAN' || row.assignee_employee_id === null) continue;

      const escalation = getEscalationTimes(deadline, calendar, policy);
      if (now.getTime() >= escalation.toSuperiorAt.getTime()) {
        const superior = await getSuperiorOf(trx, row.assignee_employee_id, today);
        const fresh = await emit(trx, row, now, {
          type: 'ESKALASI_ATASAN',
          key: `ESKALASI_ATASAN:${cycle}`,
          message: superior
            ? `Dieskalasi ke atasan langsung: ${superior.fullName} (${superior.positionName}).`
            : 'Dieskalasi ke atasan langsung, tetapi jabatan atasan kosong.',
          data: { toEmployeeId: superior?.employeeId ?? null },
        });
        if (fresh) {
          events++;
          await repo.updateComplaint(trx, row.id, { escalation_level: Math.max(row.escalation_level, 1) });
          tell(
            superior?.employeeId,
            `Eskalasi pengaduan ${row.ticket}`,
            `Pengaduan ${row.ticket} (${row.category_name}) yang ditangani bawahan Anda melewati batas waktu ${fmt(deadline)} WIB.`,
          );
          await recordAudit(trx, audit, {
            action: 'complaint.escalated',
            entityType: 'complaint',
            entityId: row.id,
            after: { level: 1, toEmployeeId: superior?.employeeId ?? null },
          });
        }
      }
      if (now.getTime() >= escalation.toHeadOfOfficeAt.getTime()) {
        if (headOfOffice === null) {
          const ids = await repo.findEmployeeIdsWithRole(trx, 'PIMPINAN');
          headOfOffice = [];
          for (const id of ids) {
            const e = await repo.findEmployeeBrief(trx, id);
            if (e) headOfOffice.push({ id, name: fullNameOf(e) });
          }
        }
        const fresh = await emit(trx, row, now, {
          type: 'ESKALASI_PIMPINAN',
          key: `ESKALASI_PIMPINAN:${cycle}`,
          message: `Dieskalasi ke pimpinan kantor${headOfOffice.length > 0 ? `: ${headOfOffice.map((h) => h.name).join(', ')}` : ''}.`,
          data: { toEmployeeIds: headOfOffice.map((h) => h.id) },
        });
        if (fresh) {
          events++;
          await repo.updateComplaint(trx, row.id, { escalation_level: 2 });
          for (const head of headOfOffice) {
            tell(
              head.id,
              `Eskalasi pengaduan ${row.ticket} ke pimpinan`,
              `Pengaduan ${row.ticket} (${row.category_name}) belum selesai 2 hari kerja setelah batas waktu ${fmt(deadline)} WIB.`,
            );
          }
          await recordAudit(trx, audit, {
            action: 'complaint.escalated',
            entityType: 'complaint',
            entityId: row.id,
            after: { level: 2 },
          });
        }
      }
    }
    return { ran: true, events, closed, outbox };
  });
  if (result.outbox.length > 0) void mailStaff(ctx, result.outbox);
  return { ran: result.ran, events: result.events, closed: result.closed };
}

async function mailStaff(
  ctx: ServiceContext,
  outbox: { employeeId: number; subject: string; text: string }[],
) {
  for (const mail of outbox) {
    const employee = await repo.findEmployeeBrief(ctx.db, mail.employeeId);
    if (employee?.email)
      await sendMail(ctx.config, { to: employee.email, subject: mail.subject, text: mail.text });
  }
}

/**
 * Starts the deadlines job on an interval (default every minute) and returns a stop function for graceful
 * shutdown. Call once after the server listens; the timer does not keep the process alive.
 */
export function startComplaintJobs(
  app: { ctx: ServiceContext; log: FastifyBaseLogger },
  options: { intervalMs?: number } = {},
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runComplaintSlaJob(app.ctx);
      if (result.events > 0) app.log.info({ ...result }, 'complaint SLA job');
    } catch (err) {
      app.log.error({ err }, 'complaint SLA job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
