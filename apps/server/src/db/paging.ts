import type { SelectQueryBuilder } from 'kysely';

/** One page of a list and the number of rows in the whole filtered list. */
export type Page<T> = { items: T[]; total: number };

/**
 * Runs one page of a list query: `rows` is the filtered, selected and ordered query; `filtered` is the same filter
 * before any select, which the total is counted on. Both run at once; `page` counts from 1.
 */
export async function fetchPage<O, DB, TB extends keyof DB, C>(
  rows: { limit(n: number): { offset(n: number): { execute(): Promise<O[]> } } },
  filtered: SelectQueryBuilder<DB, TB, C>,
  page: number,
  pageSize: number,
): Promise<Page<O>> {
  const [items, count] = await Promise.all([
    rows
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number((count as { n: number | string }).n) };
}
