import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import { notifyAll, type NotifyInput } from '../notifications/notifications.service';
import { findUnitHeads } from '../org/org.service';
import * as aggregateRepo from './survey-aggregates.repository';
import * as peopleRepo from './survey-people.repository';
import type * as repo from './surveys.repository';
import { SURVEY_MANAGER_ROLES } from './surveys.policy';
import { formatAngka, ikmOfAggregate, isResultBelowBaik } from './surveys.rules';

// "A survey result" (issue 14 §1/§3): when a survey is closed its SKM result is final, so the people who act on it
// hear of it — the head of the survey's unit (who owns the follow-up plan) and the survey managers (HR and the
// Pimpinan, who publish it). Closed with an IKM of mutu C or D, the notice is SKM_RESULT_LOW instead, a separate kind so
// that someone who turns routine results off by e-mail still gets the one that needs a plan. Written in the closing
// transaction; the person who closed it is not told of their own step.

type SurveyRow = Pick<repo.SurveyRow, 'id' | 'title' | 'unit_id' | 'weight'>;

export async function notifySurveyResult(trx: Database, actor: Actor, survey: SurveyRow, now: Date) {
  const aggregate = (await aggregateRepo.findSurveyAggregates(trx, [survey.id])).get(survey.id);
  const outcome = ikmOfAggregate(aggregate, survey.weight);
  const result = outcome.ok ? outcome.result : null;
  const low = result !== null && isResultBelowBaik(result);

  const heads = (await findUnitHeads(trx, survey.unit_id, todayOf(now))).map((h) => h.id);
  const managers = await peopleRepo.findActiveUsersWithRoles(trx, SURVEY_MANAGER_ROLES);
  // One notice per person however they qualify; an employee with an account is addressed through the employee.
  const employees = new Set(heads);
  const to: NotifyInput['to'][] = heads.map((employeeId) => ({ employeeId }));
  for (const m of managers) {
    if (m.employee_id !== null && employees.has(m.employee_id)) continue;
    if (m.employee_id !== null) employees.add(m.employee_id);
    to.push(m.employee_id !== null ? { employeeId: m.employee_id } : { userId: m.id });
  }
  const recipients = to.filter((r) =>
    'userId' in r ? r.userId !== actor.userId : r.employeeId !== actor.employeeId,
  );

  const ikm = result ? formatAngka(result.konversi, 2) : null;
  const what = result
    ? `IKM ${ikm} (mutu ${result.mutu}, ${result.kinerja})`
    : 'IKM belum dapat dihitung (belum ada jawaban yang sah)';
  const subject = low
    ? `Hasil SKM ${survey.title}: mutu ${result!.mutu}, perlu rencana tindak lanjut`
    : `Hasil SKM ${survey.title} sudah final`;
  const text =
    `Survei "${survey.title}" telah ditutup. Hasilnya: ${what}.` +
    (low
      ? '\n\nMutu pelayanan di bawah B (Baik). Susun rencana tindak lanjut perbaikan pada tab Tindak lanjut survei.'
      : '') +
    '\n\nLihat hasil lengkap di SIM Kinerja.';
  await notifyAll(
    trx,
    recipients.map((r) => ({
      to: r,
      type: low ? 'SKM_RESULT_LOW' : 'SKM_RESULT',
      params: { title: survey.title, ikm: result?.konversi ?? null, mutu: result?.mutu ?? null },
      link: `/skm/${survey.id}?tab=results`,
      mail: { subject, text },
      at: now,
    })),
  );
}
