import type { KyselyPlugin } from 'kysely';
import type { Database } from '../db/database';
import type { ServiceContext } from './context';

// A dashboard read (issue 14 §2) gathers its figures through many modules' services, and several of them ask the
// database the same question in one request: who is below the reader today, an SKP's parts, a year's periods, the
// settings. On the embedded database every query is a round-trip to one backend that runs one statement at a time,
// so each repeat costs every waiting request. `readView` makes a view of the database for one read-only request in
// which such questions are answered once: the memo hangs on that view object, so a service handed the ordinary
// `ctx.db` or a transaction (where a write may change the answer) never sees it, and it goes when the request ends.

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Changes nothing: it only gives the view its own object (the memo's key) on the same connection pool. */
const sameQueries: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => args.result,
};

/** A view of `db` for one read-only request; lookups made through `memoRead` with it are loaded once. */
export function readView(db: Database): Database {
  const view = db.withPlugin(sameQueries);
  memos.set(view, new Map());
  return view;
}

/** Whether `db` is a read view (a lookup may then load more at once, knowing the answer is kept). */
export function isReadView(db: Database): boolean {
  return memos.has(db);
}

/**
 * `load()` once per read view and key; without a view (any other request, a transaction) simply `load()`. The
 * answer is shared by every caller in the request: callers must not change it (the wrappers hand out copies).
 */
export function memoRead<T>(db: Database, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memos.get(db);
  if (!memo) return load();
  let answer = memo.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    memo.set(key, answer);
    // A failed load is not remembered: the request fails anyway, and a retry in it asks again.
    answer.catch(() => memo.delete(key));
  }
  return answer;
}

/**
 * Keeps `value` as the answer to `key` in a read view (when nothing is kept there yet): a lookup that loaded many
 * keys' answers in one query hands each to the `memoRead` calls that follow. Without a view it does nothing.
 */
export function primeRead<T>(db: Database, key: string, value: T): void {
  const memo = memos.get(db);
  if (memo && !memo.has(key)) memo.set(key, Promise.resolve(value));
}

/** The service context of one read-only request, its database a `readView`. */
export function forOneRead(ctx: ServiceContext): ServiceContext {
  return { ...ctx, db: readView(ctx.db) };
}
