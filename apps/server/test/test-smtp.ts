import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; body: string };

/**
 * A real SMTP server in this process for tests (nothing mocked: nodemailer talks SMTP to it). Every accepted
 * message lands in `inbox` with quoted-printable soft line breaks joined. `refuseNext(n)` answers the next n
 * messages with a temporary failure (451), as a busy or restarting mail server does. `port` lets a test bring a
 * stopped server back on the address the app was configured with (a mail-server outage).
 */
export async function startTestSmtp(port = 0) {
  const inbox: ReceivedMail[] = [];
  let refusals = 0;
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
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          body: Buffer.concat(chunks)
            .toString('utf8')
            .replace(/=\r?\n/g, ''),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    inbox,
    mailsTo: (address: string) => inbox.filter((m) => m.to.includes(address)),
    refuseNext(n: number) {
      refusals = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
