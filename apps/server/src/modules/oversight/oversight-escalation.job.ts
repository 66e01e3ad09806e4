import { dueFollowUpStages, followUpStageKey, formatTanggal, todayOf } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import { systemContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { recordAudit } from '../audit/audit.service';
import { notifyAll } from '../notifications/notifications.service';
import { findNearestRoleHolders, getSuperiorOf } from '../org/org.service';
import { findOwnerEmployeeIds, loadFollowUpPolicy } from './oversight-followups.service';
import { OVERSIGHT_ESCALATION_ROLE } from './oversight-followups.policy';
import * as repo from './oversight-followups.repository';

// The reminder and escalation job of recommendations (oversight-and-forum.md step 7; the rule is @sim/domain's
// `dueFollowUpStages`): a reminder to the owner some days before the due date, and once overdue an escalation to
// the owner's superior and to the head of office (the Pimpinan nearest up the tree from the finding's unit). An
// integrity finding is escalated to the Pimpinan only: the owner's superior is not among those who may know of it.
// Idempotent like the complaint SLA job: each event has a dedupe key per recommendation, stage and due date,
// inserted with ON CONFLICT DO NOTHING, and the whole run holds a transaction-scoped advisory lock, so a rerun or a
// second instance never repeats one. Each one told is notified in the run's transaction (in-app, and e-mail through
// the outbox).

/** Advisory lock key of the oversight escalation job ("KTPOVS" folded into an int). */
export const OVERSIGHT_ESCALATION_LOCK_KEY = 0x4b54_4f56;

export type OversightNotification = { employeeId: number; recommendationId: number; subject: string };
export type OversightJobResult = { ran: boolean; events: number; notified: OversightNotification[] };

/**
 * One pass at `now`; `ran: false` when another instance holds the lock. Safe to call as often as wanted: each
 * reminder and escalation is recorded once per recommendation and due date.
 */
export async function runOversightEscalationJob(
  ctx: ServiceContext,
  now: Date = ctx.now(),
): Promise<OversightJobResult> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, OVERSIGHT_ESCALATION_LOCK_KEY)))
      return { ran: false, events: 0, notified: [] };
    const policy = await loadFollowUpPolicy(trx);
    const today = todayOf(now);
    const audit = systemContext('oversight-escalation-job');
    const notified: OversightNotification[] = [];
    let events = 0;

    for (const row of await repo.findRecommendations(trx, { statuses: ['OPEN', 'RETURNED'] })) {
      const stages = dueFollowUpStages({ status: row.status, dueDate: row.due_date, today, policy });
      if (stages.length === 0) continue;
      const due = formatTanggal(row.due_date);
      const label = `rekomendasi "${row.finding_title}"`;
      const tell = async (employeeIds: number[], stage: string, subject: string, text: string) => {
        await notifyAll(
          trx,
          employeeIds.map((employeeId) => ({
            to: { employeeId },
            type: 'RECOMMENDATION_DEADLINE' as const,
            params: { title: row.finding_title, dueDate: row.due_date, stage },
            link: `/pengawasan/rekomendasi/${row.id}`,
            mail: { subject, text },
            at: now,
          })),
        );
        for (const employeeId of employeeIds)
          notified.push({ employeeId, recommendationId: row.id, subject });
      };
      const emit = (
        type: 'REMINDER' | 'ESCALATED_SUPERIOR' | 'ESCALATED_PIMPINAN',
        key: string,
        message: string,
        data: object,
      ) =>
        repo.insertEventOnce(trx, {
          recommendation_id: row.id,
          at: now,
          type,
          actor_user_id: null,
          message,
          data: JSON.stringify(data),
          dedupe_key: key,
        });
      const owners = await findOwnerEmployeeIds(trx, row, today);

      if (stages.includes('PENGINGAT')) {
        const key = followUpStageKey('PENGINGAT', row.due_date);
        if (
          await emit('REMINDER', key, `Pengingat: batas waktu tindak lanjut ${due}.`, {
            toEmployeeIds: owners,
          })
        ) {
          events++;
          await tell(
            owners,
            'REMINDER',
            `Pengingat tindak lanjut ${label}`,
            `Batas waktu tindak lanjut ${label} jatuh pada ${due}. Kirim tindak lanjut beserta buktinya di SIM Kinerja.`,
          );
        }
      }
      if (!stages.includes('ESKALASI')) continue;

      if (!row.is_integrity) {
        const superiors = new Map<number, string>();
        for (const owner of owners) {
          const superior = await getSuperiorOf(trx, owner, today);
          if (superior && !owners.includes(superior.employeeId))
            superiors.set(superior.employeeId, superior.fullName);
        }
        const ids = [...superiors.keys()];
        const key = `${followUpStageKey('ESKALASI', row.due_date)}:ATASAN`;
        const message =
          ids.length > 0
            ? `Dieskalasi ke atasan penanggung jawab: ${[...superiors.values()].join(', ')} (batas waktu ${due} terlampaui).`
            : `Batas waktu ${due} terlampaui; jabatan atasan penanggung jawab kosong.`;
        if (await emit('ESCALATED_SUPERIOR', key, message, { toEmployeeIds: ids })) {
          events++;
          await repo.updateRecommendation(trx, row.id, {
            escalation_level: Math.max(row.escalation_level, 1),
          });
          await tell(
            ids,
            'ESCALATION',
            `Eskalasi ${label}`,
            `Tindak lanjut ${label} oleh bawahan Anda melewati batas waktu ${due}.`,
          );
          await recordAudit(trx, audit, {
            action: 'oversight.recommendation.escalated',
            entityType: 'oversight_recommendation',
            entityId: row.id,
            after: { level: 1, toEmployeeIds: ids },
          });
        }
      }

      const heads = await findNearestRoleHolders(trx, OVERSIGHT_ESCALATION_ROLE, row.finding_unit_id, today);
      const headIds = heads.map((h) => h.id);
      const key = `${followUpStageKey('ESKALASI', row.due_date)}:PIMPINAN`;
      const message = `Dieskalasi ke pimpinan${heads.length > 0 ? `: ${heads.map((h) => h.name).join(', ')}` : ''} (batas waktu ${due} terlampaui).`;
      if (await emit('ESCALATED_PIMPINAN', key, message, { toEmployeeIds: headIds })) {
        events++;
        await repo.updateRecommendation(trx, row.id, { escalation_level: 2 });
        await tell(
          headIds,
          'ESCALATION_HEAD',
          `Eskalasi ${label} ke pimpinan`,
          `Tindak lanjut ${label} melewati batas waktu ${due}.`,
        );
        await recordAudit(trx, audit, {
          action: 'oversight.recommendation.escalated',
          entityType: 'oversight_recommendation',
          entityId: row.id,
          after: { level: 2, toEmployeeIds: headIds },
        });
      }
    }
    return { ran: true, events, notified };
  });
}

/**
 * Starts the job on an interval (default every 15 minutes: due dates are whole days) and returns a stop function
 * for graceful shutdown. The timer does not keep the process alive.
 */
export function startOversightJobs(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'oversight escalation job',
    intervalMs: options.intervalMs ?? 15 * 60_000,
    run: runOversightEscalationJob,
    summarise: (r) => (r.events > 0 ? { events: r.events, notified: r.notified.length } : null),
  });
}
