import { createHash, randomBytes } from 'node:crypto';
import { ROLES, type Me, type Role, type UserSummary } from '@sim/contracts';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, notFound } from '../../lib/errors';
import {
  checkPasswordPolicy,
  generateTemporaryPassword,
  getDummyHash,
  hashPassword,
  verifyPassword,
} from '../../lib/password';
import { normalizeStoredText } from '../../lib/text';
import { normalizeNip, todayOf } from '@sim/domain';
import { recordAudit } from '../audit/audit.service';
import { findSubordinateEmployeeIds } from '../org/org.service';
import { judgeLoginAttempt, startsLock } from './login-throttle';
import { canManageUsers, dropsOwnAdminRole } from './auth.policy';
import { capabilitiesOf } from './capabilities.policy';
import * as repo from './auth.repository';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

type LoginInput = { username: string; password: string; ip: string; userAgent: string | null };

const wib = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', hour: '2-digit', minute: '2-digit' }).format(
    d,
  );

function toRoles(list: string[]): Role[] {
  return list.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

/**
 * The signed-in user as the web app sees them, with what they may do. `actor` must be fresh: read in this request
 * (the session look-up reads the account and its roles in the same statement) or, at login, just now.
 */
async function toMe(db: Database, actor: Actor, now: Date): Promise<Me> {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: [...actor.roles],
    employeeId: actor.employeeId,
    mustChangePassword: actor.mustChangePassword,
    // Being a superior is not a role: the team dashboard's menu shows when the position tree puts someone below.
    capabilities: capabilitiesOf(actor, {
      hasSubordinates:
        actor.employeeId !== null &&
        (await findSubordinateEmployeeIds(db, actor.employeeId, todayOf(now))).length > 0,
    }),
  };
}

/**
 * The name as stored: text normalised as the database keeps it (NFC, no NUL, no lone surrogate) and an NIP typed
 * with spaces or dots (`19891025 201010 1 308`) reduced to its 18 digits, as parseNip reads it (rule 14).
 */
export function normalizeLoginName(typed: string): string {
  const text = normalizeStoredText(typed).trim();
  const digits = normalizeNip(text);
  return /^\d{18}$/.test(digits) ? digits : text;
}

const throttleSettings = (config: ServiceContext['config']) => ({
  lockAfterFailures: config.login.lockAfterFailures,
  lockMinutes: config.login.lockMinutes,
  baseDelayMs: config.login.baseDelayMs,
  maxDelayMs: config.login.maxDelayMs,
});

/**
 * The attempts on a name that the throttle judges, newest first: two lock windows (a lock counts failures within one
 * window of the latest) and never less than two minutes (the waits' window).
 */
function findAttemptsToJudge(ctx: ServiceContext, username: string, now: Date) {
  const lockMs = ctx.config.login.lockMinutes * 60_000;
  return repo.findRecentAttemptsForName(
    ctx.db,
    username,
    new Date(now.getTime() - Math.max(2 * lockMs, 120_000)),
  );
}

/**
 * Refuses the attempt when the throttle says so (see login-throttle.ts): 423 while the name is locked from this
 * address, 429 with Retry-After while a wait runs. Answers depend only on the typed name and the recorded attempts,
 * never on whether the account exists.
 */
async function enforceThrottle(ctx: ServiceContext, username: string, ip: string, audit: AuditContext) {
  const { db, config } = ctx;
  const now = ctx.now();
  const [attempts, isKnownAddress] = await Promise.all([
    findAttemptsToJudge(ctx, username, now),
    repo.hasSuccessFromAddress(
      db,
      username,
      ip,
      new Date(now.getTime() - config.login.knownAddressDays * 86_400_000),
    ),
  ]);
  const verdict = judgeLoginAttempt(attempts, ip, isKnownAddress, now, throttleSettings(config));
  if (verdict.kind === 'locked') {
    await recordAudit(db, audit, { action: 'auth.login_locked', entityType: 'user', entityId: null });
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Terlalu banyak percobaan gagal untuk akun ini dari alamat Anda. Coba lagi pukul ${wib(verdict.until)} WIB.`,
    );
  }
  if (verdict.kind === 'wait') {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Tunggu ${verdict.seconds} detik sebelum mencoba lagi.`,
      undefined,
      {
        'retry-after': String(verdict.seconds),
      },
    );
  }
}

/**
 * Records a failed password check on a name and, when it starts a lock from this address, notes it on the account
 * (the admin's user list shows it) and in the audit log.
 */
async function recordFailure(
  ctx: ServiceContext,
  user: { id: number; failed_logins: number } | undefined,
  username: string,
  ip: string,
  audit: AuditContext,
) {
  const { db, config } = ctx;
  const now = ctx.now();
  await repo.recordLoginAttempt(db, { username, ip, success: false, at: now });
  const attempts = await findAttemptsToJudge(ctx, username, now);
  const lockedUntil = startsLock(attempts, ip, now, throttleSettings(config));
  if (!user) {
    await recordAudit(db, audit, { action: 'auth.login_failed', entityType: 'user', entityId: null });
    return;
  }
  const failed = user.failed_logins + 1;
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, {
      failed_logins: failed,
      last_failed_at: now,
      ...(lockedUntil ? { locked_until: lockedUntil } : {}),
    });
    await recordAudit(
      trx,
      { ...audit, actorId: user.id },
      {
        action: lockedUntil ? 'auth.account_locked' : 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        after: { failedLogins: failed, ip },
      },
    );
  });
}

/**
 * Checks a username (or NIP, spaces and dots allowed) and password behind the login throttle (login-throttle.ts:
 * growing waits after 3 failures, a lock of the name from one address after LOGIN_LOCK_AFTER, a cap per address
 * across names). Every outcome is logged and audited. Returns a new session token (to put in the cookie; only its
 * hash is stored) and the user.
 */
export async function login(ctx: ServiceContext, input: LoginInput): Promise<{ token: string; user: Me }> {
  const { db, config } = ctx;
  const now = ctx.now();
  const username = normalizeLoginName(input.username);
  const audit: AuditContext = { actorId: null, actorName: username, ip: input.ip };

  const ipFailures = await repo.countRecentIpFailures(db, input.ip, new Date(now.getTime() - 15 * 60_000));
  if (ipFailures >= config.login.ipMaxFailuresPer15Min) {
    await recordAudit(db, audit, { action: 'auth.login_throttled_ip', entityType: 'user', entityId: null });
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Terlalu banyak percobaan masuk dari alamat ini. Coba lagi 15 menit lagi.',
      undefined,
      {
        'retry-after': '900',
      },
    );
  }

  await enforceThrottle(ctx, username, input.ip, audit);
  const user = await repo.findUserByUsername(db, username);
  const ok = user
    ? user.is_active && (await verifyPassword(user.password_hash, input.password))
    : (await verifyPassword(await getDummyHash(), input.password)) && false;

  if (!user || !ok) {
    await recordFailure(ctx, user, username, input.ip, audit);
    throw new AppError('UNAUTHENTICATED', 'Nama pengguna atau kata sandi salah');
  }
  await repo.recordLoginAttempt(db, { username, ip: input.ip, success: true, at: now });

  const token = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, {
      failed_logins: 0,
      last_failed_at: null,
      locked_until: null,
      last_login_at: now,
    });
    await repo.insertSession(trx, {
      id: hashToken(token),
      user_id: user.id,
      expires_at: new Date(now.getTime() + config.session.absoluteHours * 3_600_000),
      last_seen_at: now,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    });
    await recordAudit(
      trx,
      { ...audit, actorId: user.id },
      { action: 'auth.login', entityType: 'user', entityId: user.id },
    );
  });
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: toRoles(await repo.findRoles(db, user.id)),
    employeeId: user.employee_id,
    sessionId: hashToken(token),
    ip: input.ip,
    mustChangePassword: user.must_change_password,
  };
  return { token, user: await toMe(db, actor, now) };
}

/**
 * Turns a session cookie into the actor, or null when it is unknown, expired (absolute) or idle too long.
 * Refreshes the idle timer at most once a minute to keep reads cheap.
 */
export async function resolveSession(ctx: ServiceContext, token: string, ip: string): Promise<Actor | null> {
  const id = hashToken(token);
  const s = await repo.findSessionWithUser(ctx.db, id);
  if (!s || !s.is_active) return null;
  const now = ctx.now();
  const idleLimit = now.getTime() - ctx.config.session.idleMinutes * 60_000;
  if (s.expires_at <= now || s.last_seen_at.getTime() < idleLimit) {
    await repo.deleteSession(ctx.db, id);
    return null;
  }
  if (now.getTime() - s.last_seen_at.getTime() > 60_000) await repo.touchSession(ctx.db, id, now);
  return {
    userId: s.user_id,
    username: s.username,
    displayName: s.display_name,
    roles: toRoles(s.roles),
    employeeId: s.employee_id,
    sessionId: id,
    ip,
    mustChangePassword: s.must_change_password,
  };
}

/**
 * Whether a session still stands (not ended, user active, neither expiry passed), without counting as activity: an
 * open live-update stream is a screen left open, not the user at work, so it must not keep an idle session alive.
 */
export async function isSessionCurrent(ctx: ServiceContext, sessionId: string): Promise<boolean> {
  const s = await repo.findSessionWithUser(ctx.db, sessionId);
  if (!s || !s.is_active) return false;
  const now = ctx.now();
  return (
    s.expires_at > now && s.last_seen_at.getTime() >= now.getTime() - ctx.config.session.idleMinutes * 60_000
  );
}

export async function logout(ctx: ServiceContext, actor: Actor) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, actor.sessionId);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}

/**
 * GET /auth/me: the actor the session look-up of this very request read (account, roles and password-change flag in
 * one statement, auth.plugin.ts), so nothing of the account is read twice (ADR 0019: 4 statements → 2).
 */
export const getMe = (ctx: ServiceContext, actor: Actor) => toMe(ctx.db, actor, ctx.now());

/** Own password change; ends the user's other sessions. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw notFound('Pengguna');
  // The current-password check is a password guess like a login: the same throttle guards it.
  const audit = auditContextOf(actor);
  await enforceThrottle(ctx, user.username, actor.ip, audit);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await recordFailure(ctx, user, user.username, actor.ip, audit);
    throw new AppError('VALIDATION', 'Kata sandi lama salah', [
      { path: 'currentPassword', message: 'Kata sandi lama salah' },
    ]);
  }
  await repo.recordLoginAttempt(ctx.db, {
    username: user.username,
    ip: actor.ip,
    success: true,
    at: ctx.now(),
  });
  const nip = user.employee_id ? await repo.findEmployeeNip(ctx.db, user.employee_id) : null;
  const problems = checkPasswordPolicy(
    input.newPassword,
    { username: user.username, nip, displayName: user.display_name },
    ctx.config.passwordMinScore,
  );
  if (input.newPassword === input.currentPassword) {
    problems.push({ path: 'newPassword', message: 'Kata sandi baru harus berbeda dari yang lama' });
  }
  if (problems.length) throw new AppError('VALIDATION', problems[0]!.message, problems);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, {
      password_hash: passwordHash,
      must_change_password: false,
      password_changed_at: ctx.now(),
    });
    await repo.deleteUserSessions(trx, user.id, actor.sessionId);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

async function toSummaries(
  db: Database,
  users: Awaited<ReturnType<typeof repo.findUserById>>[],
): Promise<UserSummary[]> {
  const list = users.filter((u): u is NonNullable<typeof u> => !!u);
  const roles = await repo.findRolesForUsers(
    db,
    list.map((u) => u.id),
  );
  return list.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    roles: toRoles(roles.get(u.id) ?? []),
    employeeId: u.employee_id,
    isActive: u.is_active,
    mustChangePassword: u.must_change_password,
    lockedUntil: u.locked_until ? u.locked_until.toISOString() : null,
    lastLoginAt: u.last_login_at ? u.last_login_at.toISOString() : null,
  }));
}

async function getManagedUser(ctx: ServiceContext, actor: Actor, id: number) {
  if (!canManageUsers(actor)) throw forbidden();
  const user = await repo.findUserById(ctx.db, id);
  if (!user) throw notFound('Pengguna');
  return user;
}

export async function listUsers(
  ctx: ServiceContext,
  actor: Actor,
  q: { q?: string; role?: Role; page: number; pageSize: number },
) {
  if (!canManageUsers(actor)) throw forbidden();
  const { items, total } = await repo.findUsersPage(ctx.db, q, q.page, q.pageSize);
  return { items: await toSummaries(ctx.db, items), total, page: q.page, pageSize: q.pageSize };
}

/** Role changes are security events: audited with before and after. An admin cannot drop their own admin role. */
export async function setUserRoles(ctx: ServiceContext, actor: Actor, id: number, roles: Role[]) {
  const user = await getManagedUser(ctx, actor, id);
  const unique = [...new Set(roles)].sort();
  if (dropsOwnAdminRole(actor, user.id, unique)) {
    throw new AppError('VALIDATION', 'Anda tidak dapat mencabut peran Admin Kepegawaian dari akun sendiri', [
      { path: 'roles', message: 'Peran Admin Kepegawaian akun sendiri tidak dapat dicabut' },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findRoles(trx, user.id);
    await repo.replaceRoles(trx, user.id, unique);
    // A change of privilege ends the user's open sessions (OWASP: renew the session on a privilege change), so no
    // browser tab or live stream carries on under the old roles; they sign in again. The admin changing their own
    // roles keeps the session they are using.
    if ([...before].sort().join() !== unique.join())
      await repo.deleteUserSessions(trx, user.id, user.id === actor.userId ? actor.sessionId : undefined);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'auth.roles_changed',
      entityType: 'user',
      entityId: user.id,
      before: { roles: before },
      after: { roles: unique },
    });
  });
  return (await toSummaries(ctx.db, [await repo.findUserById(ctx.db, user.id)]))[0]!;
}

/** Admin reset: a temporary password shown once; the user must change it at the next login. */
export async function resetUserPassword(ctx: ServiceContext, actor: Actor, id: number) {
  const user = await getManagedUser(ctx, actor, id);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, {
      password_hash: passwordHash,
      must_change_password: true,
      failed_logins: 0,
      locked_until: null,
    });
    await repo.deleteFailedAttempts(trx, user.username);
    await repo.deleteUserSessions(trx, user.id);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'auth.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { temporaryPassword };
}

export async function unlockUser(ctx: ServiceContext, actor: Actor, id: number) {
  const user = await getManagedUser(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null, last_failed_at: null });
    await repo.deleteFailedAttempts(trx, user.username);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'auth.unlocked',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return (await toSummaries(ctx.db, [await repo.findUserById(ctx.db, user.id)]))[0]!;
}

/**
 * Creates an account (used by the CLI, the demo seed and employee creation). Without a password the account gets
 * an unusable random one and must change it: an admin hands out a temporary password with a reset.
 */
export async function createUser(
  db: Database,
  audit: AuditContext,
  input: {
    username: string;
    displayName: string;
    roles: Role[];
    employeeId?: number | null;
    password?: string;
  },
) {
  const password = input.password ?? randomBytes(24).toString('base64url');
  const { id } = await repo.insertUser(db, {
    username: input.username,
    display_name: input.displayName,
    password_hash: await hashPassword(password),
    employee_id: input.employeeId ?? null,
    must_change_password: input.password === undefined,
  });
  await repo.replaceRoles(db, id, [...new Set(input.roles)]);
  await recordAudit(db, audit, {
    action: 'auth.user_created',
    entityType: 'user',
    entityId: id,
    after: { username: input.username, roles: input.roles, employeeId: input.employeeId ?? null },
  });
  return id;
}

/** Accounts of employees, for the org module: created in bulk (import, demo seed) with a caller-provided hash. */
export const createAccountsBulk = (db: Database, accounts: repo.NewAccount[]) =>
  repo.insertAccounts(db, accounts);
export type NewAccount = repo.NewAccount;
export const findTakenUsernames = (db: Database, usernames: string[]) =>
  repo.findExistingUsernames(db, usernames);
export const findUserIdOfEmployee = (db: Database, employeeId: number) =>
  repo.findUserIdOfEmployee(db, employeeId);
/** A deactivated employee cannot log in (sessions of an inactive account resolve to nobody). */
export const setEmployeeAccountActive = (db: Database, employeeId: number, isActive: boolean) =>
  repo.setAccountActiveOfEmployee(db, employeeId, isActive);
export const setEmployeeAccountDisplayName = (db: Database, employeeId: number, displayName: string) =>
  repo.setAccountDisplayNameOfEmployee(db, employeeId, displayName);

/** The active accounts holding `role`, for a job that tells them something (no actor: the job decided). */
export async function findActiveUserIdsWithRole(db: Database, role: Role): Promise<number[]> {
  return repo.findActiveUserIdsWithRole(db, role);
}
