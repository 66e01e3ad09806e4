import { todayOf } from '@sim/domain';
import { writeGenerationOf } from '../../db/write-generation';
import type { Actor } from '../../lib/actor';
import type { FastifyReply } from 'fastify';
import { AnswerCache } from '../../lib/answer-cache';
import type { ServiceContext } from '../../lib/context';

// The three dashboard reads' answers, reused per user while nothing has been written (ADR 0012). One cache per app
// (its ServiceContext). On a PostgreSQL server the other instances' writes reach the generation as notices (ADR
// 0018): the cache serves while the listener hears them, or always when DASHBOARD_CACHE_SINGLE_INSTANCE says this is
// the only instance.

const caches = new WeakMap<ServiceContext, AnswerCache>();

export function dashboardCacheOf(ctx: ServiceContext): AnswerCache {
  let cache = caches.get(ctx);
  if (!cache) {
    const { ttlMs, maxEntries, singleInstance } = ctx.config.dashboardCache;
    cache = new AnswerCache(writeGenerationOf(ctx.db), { ttlMs, maxEntries, soleWriter: singleInstance });
    caches.set(ctx, cache);
  }
  return cache;
}

/** The query with its keys sorted and unset ones left out, so the same question is the same key. */
function normalizedQuery(query: Record<string, unknown>): string {
  const set = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(set);
}

/** The response header that says whether a dashboard answer came from the cache (hit, miss, off). */
export const CACHE_HEADER = 'x-dashboard-cache';

/**
 * `compute()`'s answer for this reader, this dashboard and this query, kept until a write or the TTL. The key holds
 * everything the answer may depend on besides the data: who asks (user, employee, roles — capabilities derive from
 * them), which dashboard, the query, and the WIB date ("today" decides the default year and who is below whom).
 * The reply says where the answer came from (`x-dashboard-cache`), for operations and the benchmark's hit rate.
 */
export function cachedDashboard<T>(
  ctx: ServiceContext,
  reply: FastifyReply,
  actor: Actor,
  dashboard: 'me' | 'team' | 'leadership',
  query: Record<string, unknown>,
  compute: () => Promise<T>,
): Promise<T> {
  const key = [
    dashboard,
    actor.userId,
    actor.employeeId ?? '-',
    [...actor.roles].sort().join(','),
    todayOf(ctx.now()),
    normalizedQuery(query),
  ].join('|');
  return dashboardCacheOf(ctx).answer(key, ctx.now, compute, (source) => reply.header(CACHE_HEADER, source));
}
