import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** `body`: the raw message (headers too) with quoted-printable soft breaks joined; `text`: the body decoded. */
export type ReceivedMail = { to: string[]; body: string; text: string };

/** The decoded body of a raw message (quoted-printable or base64), without its headers. */
function decodeMail(raw: string): string {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(head)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * A real SMTP server in this process for tests (nothing mocked: nodemailer talks SMTP to it). Every accepted
 * message lands in `inbox` with quoted-printable soft line breaks joined. `refuseNext(n)` answers the next n
 * messages with a temporary failure (451), as a busy or restarting mail server does. `port` lets a test bring a
 * stopped server back on the address the app was configured with (a mail-server outage). `waitFor` resolves with
 * the first message to an address whose decoded text contains a string, waiting for it to arrive.
 */
export async function startTestSmtp(port = 0) {
  const inbox: ReceivedMail[] = [];
  let refusals = 0;
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          return callback(Object.assign(new Error('Server sibuk, coba lagi nanti'), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: raw.replace(/=\r?\n/g, ''),
          text: decodeMail(raw),
        });
        waiters.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    inbox,
    mailsTo: (address: string) => inbox.filter((m) => m.to.includes(address)),
    async waitFor(address: string, contains: string): Promise<ReceivedMail> {
      for (;;) {
        const found = inbox.find((m) => m.to.includes(address) && m.text.includes(contains));
        if (found) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    refuseNext(n: number) {
      refusals = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
