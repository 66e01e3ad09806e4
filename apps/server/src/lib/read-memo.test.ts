import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/test-db';
import { findSetting, upsertSetting } from '../db/settings';
import { findSubordinateEmployeeIds } from '../modules/org/org.service';
import { isReadView, memoRead, readView } from './read-memo';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe('read memo (one read-only request answers a repeated lookup once)', () => {
  it('a read view loads each key once; another key loads on its own', async () => {
    const view = readView(t.db);
    const load = vi.fn(async () => [1, 2]);
    const [a, b] = await Promise.all([memoRead(view, 'k', load), memoRead(view, 'k', load)]);
    expect(a).toEqual([1, 2]);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
    await memoRead(view, 'other', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('the ordinary database, a transaction and a second view never share a view’s answers', async () => {
    const view = readView(t.db);
    const load = vi.fn(async () => 'answer');
    await memoRead(view, 'k', load);
    await memoRead(t.db, 'k', load);
    await memoRead(t.db, 'k', load);
    await view.transaction().execute(async (trx) => {
      expect(isReadView(trx)).toBe(false);
      await memoRead(trx, 'k', load);
    });
    await memoRead(readView(t.db), 'k', load);
    expect(load).toHaveBeenCalledTimes(5);
    expect(isReadView(t.db)).toBe(false);
  });

  it('a failed load is not remembered', async () => {
    const view = readView(t.db);
    const load = vi.fn().mockRejectedValueOnce(new Error('gone')).mockResolvedValueOnce('ok');
    await expect(memoRead(view, 'k', load)).rejects.toThrow('gone');
    await expect(memoRead(view, 'k', load)).resolves.toBe('ok');
  });

  it('settings read through a view are the stored values, each caller its own copy', async () => {
    await upsertSetting(t.db, 'test.memo', { days: [1, 2] }, new Date());
    const view = readView(t.db);
    const first = (await findSetting(view, 'test.memo')) as { days: number[] };
    expect(first).toEqual(await findSetting(t.db, 'test.memo'));
    first.days.push(3);
    expect(await findSetting(view, 'test.memo')).toEqual({ days: [1, 2] });
    expect(await findSetting(view, 'test.absent')).toBeNull();
  });

  it('subordinates read through a view are a copy the caller may change', async () => {
    const view = readView(t.db);
    const ids = await findSubordinateEmployeeIds(view, 999_999, '2026-01-01');
    ids.push(42);
    expect(await findSubordinateEmployeeIds(view, 999_999, '2026-01-01')).toEqual([]);
  });
});
