import type { Role } from '@sim/contracts';

/** Who is asking: set by the auth plugin from the session cookie, passed to every service call. */
export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  roles: readonly Role[];
  employeeId: number | null;
  sessionId: string;
  ip: string;
  mustChangePassword: boolean;
};

/** Context for actions without a logged-in user (system jobs, CLI, anonymous citizens). */
export type AuditContext = { actorId: number | null; actorName: string | null; ip: string | null };

export function auditContextOf(actor: Actor | null, ip?: string): AuditContext {
  return actor
    ? { actorId: actor.userId, actorName: actor.username, ip: actor.ip }
    : { actorId: null, actorName: null, ip: ip ?? null };
}

export const systemContext = (name = 'system'): AuditContext => ({
  actorId: null,
  actorName: name,
  ip: null,
});

export const hasRole = (actor: Pick<Actor, 'roles'>, ...roles: Role[]) =>
  roles.some((r) => actor.roles.includes(r));
