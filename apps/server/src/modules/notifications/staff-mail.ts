import type { ServiceContext } from '../../lib/context';
import { findEmployeeEmails } from '../org/org.service';
import { sendMail } from './mailer';

export type StaffMail = { employeeId: number; subject: string; text: string };

/**
 * E-mails staff by employee id, after the job's commit: the addresses are read in one query, employees without one
 * are skipped. Never throws: a job runs it awaited, and a failure (database gone at shutdown) must not become an
 * unhandled rejection that ends the server process; each mail not sent is written to stderr.
 */
export async function mailEmployees(ctx: ServiceContext, outbox: readonly StaffMail[]): Promise<void> {
  if (outbox.length === 0) return;
  let emails: Map<number, string>;
  try {
    emails = await findEmployeeEmails(ctx.db, [...new Set(outbox.map((m) => m.employeeId))]);
  } catch (err) {
    for (const mail of outbox) {
      process.stderr.write(
        `E-mail "${mail.subject}" tidak dikirim: ${err instanceof Error ? err.message : String(err)}\n`,
      );
    }
    return;
  }
  for (const mail of outbox) {
    const to = emails.get(mail.employeeId);
    if (to) await sendMail(ctx.config, { to, subject: mail.subject, text: mail.text });
  }
}
