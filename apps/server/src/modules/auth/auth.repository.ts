import { sql, type SqlBool, type Updateable } from 'kysely';
import type { Role } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { UsersTable } from '../../db/schema';
import { fetchPage } from '../../db/paging';

export async function findUserByUsername(db: Database, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Database, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRoles(db: Database, userId: number): Promise<Role[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

export async function findRolesForUsers(db: Database, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, Role[]>();
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
  const map = new Map<number, Role[]>();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role]);
  return map;
}

export async function replaceRoles(db: Database, userId: number, roles: readonly Role[]) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

export async function insertUser(
  db: Database,
  u: {
    username: string;
    display_name: string;
    password_hash: string;
    employee_id: number | null;
    must_change_password: boolean;
  },
) {
  return db.insertInto('users').values(u).returning('id').executeTakeFirstOrThrow();
}

export async function updateUser(
  db: Database,
  id: number,
  patch: Pick<
    Updateable<UsersTable>,
    | 'password_hash'
    | 'must_change_password'
    | 'failed_logins'
    | 'last_failed_at'
    | 'locked_until'
    | 'last_login_at'
    | 'password_changed_at'
    | 'display_name'
    | 'is_active'
  >,
) {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function recordLoginAttempt(
  db: Database,
  a: { username: string; ip: string; success: boolean; at: Date },
) {
  await db.insertInto('login_attempts').values(a).execute();
}

export async function countRecentIpFailures(db: Database, ip: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('success', '=', false)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Attempts on a typed name (existing or not) since a time, newest first. */
export async function findRecentAttemptsForName(db: Database, username: string, since: Date) {
  return db
    .selectFrom('login_attempts')
    .select(['ip', 'success', 'at'])
    .where('username', '=', username)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1000)
    .execute();
}

/** Whether the name has logged in successfully from this address since a time. */
export async function hasSuccessFromAddress(db: Database, username: string, ip: string, since: Date) {
  const row = await db
    .selectFrom('login_attempts')
    .select('id')
    .where('username', '=', username)
    .where('ip', '=', ip)
    .where('success', '=', true)
    .where('at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** An admin's unlock: forget the name's failed attempts, so no address stays locked or slowed. */
export async function deleteFailedAttempts(db: Database, username: string) {
  await db
    .deleteFrom('login_attempts')
    .where('username', '=', username)
    .where('success', '=', false)
    .execute();
}

export async function insertSession(
  db: Database,
  s: {
    id: string;
    user_id: number;
    expires_at: Date;
    last_seen_at: Date;
    ip: string | null;
    user_agent: string | null;
  },
) {
  await db.insertInto('sessions').values(s).execute();
}

export async function findSessionWithUser(db: Database, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.expires_at',
      's.last_seen_at',
      'u.username',
      'u.display_name',
      'u.employee_id',
      'u.is_active',
      'u.must_change_password',
      // Roles in the same round trip: this runs on every authenticated request.
      sql<Role[]>`array(select r.role from user_roles r where r.user_id = u.id order by r.role)`.as('roles'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Database, id: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Database, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Database, userId: number, exceptId?: string) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  await q.execute();
}

export async function deleteExpiredSessions(db: Database, now: Date, idleSince: Date) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleSince)]))
    .execute();
}

export async function findEmployeeNip(db: Database, employeeId: number) {
  const row = await db.selectFrom('employees').select('nip').where('id', '=', employeeId).executeTakeFirst();
  return row?.nip ?? null;
}

export async function findUsersPage(
  db: Database,
  f: { q?: string; role?: Role },
  page: number,
  pageSize: number,
) {
  let q = db.selectFrom('users as u');
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    q = q.where((eb) =>
      eb.or([eb(sql`lower(u.username)`, 'like', like), eb(sql`lower(u.display_name)`, 'like', like)]),
    );
  }
  if (f.role)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', f.role!)
          .select('r.user_id'),
      ),
    );
  return fetchPage(q.selectAll('u').orderBy('u.username'), q, page, pageSize);
}

// ---------------------------------------------------------------- accounts of employees
// Bulk creation (import, demo seed) cannot go through createUser: it hashes a password per account with argon2
// (~20 ms each), which would make a 10,000-row import take minutes. These write the same rows in multi-row
// statements with a hash the caller provides.

/** Which of these usernames are taken. */
export async function findExistingUsernames(db: Database, usernames: string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('username')
    .where(sql<SqlBool>`username = any(${usernames}::text[])`)
    .execute();
  return new Set(rows.map((r) => r.username));
}

export type NewAccount = {
  username: string;
  display_name: string;
  password_hash: string;
  employee_id: number | null;
  must_change_password: boolean;
  roles: readonly Role[];
  is_active?: boolean;
};

/** Multi-row insert of accounts and their roles; returns the user ids in the order of `accounts`. */
export async function insertAccounts(db: Database, accounts: NewAccount[]): Promise<number[]> {
  if (accounts.length === 0) return [];
  const inserted = await db
    .insertInto('users')
    .values(accounts.map(({ roles: _roles, ...u }) => u))
    .returning(['id', 'username'])
    .execute();
  const byName = new Map(inserted.map((r) => [r.username, r.id]));
  const ids = accounts.map((a) => byName.get(a.username)!);
  const roleRows = accounts.flatMap((a, i) =>
    [...new Set(a.roles)].map((role) => ({ user_id: ids[i]!, role })),
  );
  if (roleRows.length) await db.insertInto('user_roles').values(roleRows).execute();
  return ids;
}

export async function findUserIdOfEmployee(db: Database, employeeId: number) {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('employee_id', '=', employeeId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A deactivated employee cannot log in (sessions of an inactive account resolve to nobody). */
export async function setAccountActiveOfEmployee(db: Database, employeeId: number, isActive: boolean) {
  await db.updateTable('users').set({ is_active: isActive }).where('employee_id', '=', employeeId).execute();
}

/** Keeps the account's display name in step with the employee's name and titles. */
export async function setAccountDisplayNameOfEmployee(db: Database, employeeId: number, displayName: string) {
  await db
    .updateTable('users')
    .set({ display_name: displayName })
    .where('employee_id', '=', employeeId)
    .execute();
}

/** The active accounts holding a role (a job's recipients, e.g. the Pimpinan's monthly summary). */
export async function findActiveUserIdsWithRole(db: Database, role: Role): Promise<number[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.role', '=', role)
    .where('u.is_active', '=', true)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => r.id);
}
