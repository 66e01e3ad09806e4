import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

// Outgoing e-mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example:587). Only the outbox sender
// (notification-outbox.job.ts) calls it: every module writes its mail to the outbox in its own transaction, so a
// request never waits for the mail server and an outage loses nothing.

export type Mail = { to: string; subject: string; text: string };

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** The sender address: no-reply at the public host, or at localhost when PUBLIC_URL is unset. */
export function senderOf(config: Pick<Config, 'publicUrl'>): string {
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  return `SIM Kinerja Kecamatan Kertapati <no-reply@${host}>`;
}

/**
 * Hands one e-mail to the SMTP server. Resolves to 'sent' when it accepted the message and to 'skipped' when
 * SMTP_URL is unset (a laptop demo works offline; the message is logged); throws the server's refusal or a
 * connection error, which the outbox sender records and retries.
 */
export async function deliverMail(
  config: Pick<Config, 'smtpUrl' | 'publicUrl'>,
  mail: Mail,
): Promise<'sent' | 'skipped'> {
  if (!config.smtpUrl) {
    process.stdout.write(`SMTP_URL belum diatur; e-mail "${mail.subject}" tidak dikirim.\n`);
    return 'skipped';
  }
  await transportFor(config.smtpUrl).sendMail({ from: senderOf(config), ...mail });
  return 'sent';
}
