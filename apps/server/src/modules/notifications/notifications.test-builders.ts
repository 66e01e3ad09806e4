import type { ServiceContext } from '../../lib/context';
import { runOutboxSender } from './notification-outbox.job';

/** Far enough ahead that every queued e-mail is due, whatever clock the test's jobs ran on. */
const LATER = new Date('2999-01-01T00:00:00Z');

/**
 * Delivers every due e-mail of the outbox now, as the sender job would on its next pass (tests do not start the
 * job). Resolves once the SMTP server has answered each message.
 */
export async function flushOutbox(ctx: ServiceContext) {
  return runOutboxSender(ctx, LATER);
}
