import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

// Outgoing e-mail over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example:587). Without SMTP_URL nothing is sent:
// the message is only logged, so a laptop demo works offline. Sending never fails the caller's request: mail is
// a courtesy on top of the tracking page, which always has the full story.

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
 * Sends one e-mail; resolves to true when the SMTP server accepted it, false when SMTP_URL is unset (logged) or
 * sending failed (logged). Never throws.
 */
export async function sendMail(config: Pick<Config, 'smtpUrl' | 'publicUrl'>, mail: Mail): Promise<boolean> {
  if (!config.smtpUrl) {
    process.stdout.write(`SMTP_URL belum diatur; e-mail "${mail.subject}" tidak dikirim.\n`);
    return false;
  }
  try {
    await transportFor(config.smtpUrl).sendMail({ from: senderOf(config), ...mail });
    return true;
  } catch (err) {
    process.stderr.write(
      `Gagal mengirim e-mail "${mail.subject}": ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return false;
  }
}
