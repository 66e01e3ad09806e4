import type { Database } from '../../db/database';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';

// Test data for the forum's polls, official response, moderation and notifications: a small office with the Camat
// (Pimpinan), a moderator, employees in the seksi and the kelurahan, and persisted policies, threads and posts.

export type ForumWorld = Awaited<ReturnType<typeof seedForumWorld>>;

/** The office and its people; every person has a login (username = NIP). */
export async function seedForumWorld(db: Database) {
  const tree = await seedOrgTree(db);
  const camat = await seedEmployee(db, {
    name: 'Camat Uji',
    positionId: tree.positions.camat,
    roles: ['PIMPINAN'],
  });
  const moderator = await seedEmployee(db, {
    name: 'Moderator Uji',
    positionId: tree.positions.kasi,
    roles: ['MODERATOR'],
  });
  const author = await seedEmployee(db, {
    name: 'Rahasia Penulis',
    positionId: tree.positions.staf,
    login: true,
  });
  const reader = await seedEmployee(db, {
    name: 'Pembaca Biasa',
    positionId: tree.positions.staf,
    login: true,
  });
  const other = await seedEmployee(db, {
    name: 'Pegawai Kelurahan',
    positionId: tree.positions.stafKel,
    login: true,
  });
  const admin = await seedUser(db, { username: 'admin-forum', roles: ['ADMIN_KEPEGAWAIAN'] });
  const userOf = async (employeeId: number) =>
    (
      await db
        .selectFrom('users')
        .select('id')
        .where('employee_id', '=', employeeId)
        .executeTakeFirstOrThrow()
    ).id;
  const ids = {
    camat: await userOf(camat.id),
    moderator: await userOf(moderator.id),
    author: await userOf(author.id),
    reader: await userOf(reader.id),
    other: await userOf(other.id),
    admin: admin.id,
  };
  return { tree, camat, moderator, author, reader, other, admin, userIds: ids };
}

export function makeForumPolicy(
  overrides: Partial<{
    title: string;
    status: 'DRAFT' | 'OPEN' | 'CLOSED';
    audience: 'ALL' | 'UNITS';
    opensAt: Date;
    closesAt: Date;
    officialResponse: string | null;
    officialResponseAt: Date | null;
    closingSummary: string | null;
  }> = {},
) {
  return {
    title: 'Kebijakan Jam Layanan Fleksibel',
    status: 'OPEN' as const,
    audience: 'ALL' as const,
    opensAt: new Date('2026-12-01T01:00:00Z'),
    closesAt: new Date('2026-12-31T16:59:59Z'),
    officialResponse: null,
    officialResponseAt: null,
    closingSummary: null,
    ...overrides,
  };
}

/** A persisted policy (published by `byUserId`), with its audience units when `unitIds` is given. */
export async function seedForumPolicy(
  db: Database,
  byUserId: number,
  overrides: Parameters<typeof makeForumPolicy>[0] & { unitIds?: number[] } = {},
) {
  const p = makeForumPolicy(overrides);
  const { id } = await db
    .insertInto('forum_policies')
    .values({
      title: p.title,
      benefits_summary: 'Pelayanan lebih dekat dengan kebutuhan warga.',
      body: '<p>Isi kebijakan.</p>',
      body_text: 'Isi kebijakan.',
      consultation_opens_at: p.opensAt,
      consultation_closes_at: p.closesAt,
      audience: overrides.unitIds ? 'UNITS' : p.audience,
      status: p.status,
      official_response: p.officialResponse,
      official_response_at: p.officialResponseAt,
      official_response_by: p.officialResponse ? byUserId : null,
      closing_summary: p.closingSummary,
      published_at: p.status === 'DRAFT' ? null : p.opensAt,
      published_by: p.status === 'DRAFT' ? null : byUserId,
      created_by: byUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const unitId of overrides.unitIds ?? []) {
    await db.insertInto('forum_policy_units').values({ policy_id: id, unit_id: unitId }).execute();
  }
  return id;
}

export async function seedForumThread(
  db: Database,
  o: {
    authorUserId: number;
    policyId?: number | null;
    title?: string;
    isAnonymous?: boolean;
    isHidden?: boolean;
  },
) {
  const { id } = await db
    .insertInto('forum_threads')
    .values({
      policy_id: o.policyId ?? null,
      title: o.title ?? 'Bagaimana dengan jadwal piket Sabtu?',
      author_user_id: o.authorUserId,
      is_anonymous: o.isAnonymous ?? false,
      is_hidden: o.isHidden ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function seedForumPost(
  db: Database,
  o: {
    threadId: number;
    authorUserId: number;
    body?: string;
    isAnonymous?: boolean;
    at?: Date;
    visibility?: 'VISIBLE' | 'AUTO_HIDDEN' | 'HIDDEN' | 'DELETED';
  },
) {
  const body = o.body ?? 'Saya khawatir jam layanan sore tidak terjaga.';
  const author = await db
    .selectFrom('users')
    .select('employee_id')
    .where('id', '=', o.authorUserId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('forum_posts')
    .values({
      thread_id: o.threadId,
      author_user_id: o.authorUserId,
      author_employee_id: author.employee_id,
      is_anonymous: o.isAnonymous ?? false,
      body: `<p>${body}</p>`,
      body_text: body,
      visibility: o.visibility ?? 'VISIBLE',
      created_at: o.at ?? new Date('2026-12-05T02:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
