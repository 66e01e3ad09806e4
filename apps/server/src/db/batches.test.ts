import { describe, expect, it } from 'vitest';
import { chunks, MAX_BIND_PARAMETERS, rowBatches } from './batches';

describe('chunks and rowBatches (multi-row statements under the 65,535 bind parameter limit)', () => {
  it('slices a list in order, the last slice shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });

  it('refuses a size that would never end', () => {
    expect(() => chunks([1], 0)).toThrow(RangeError);
  });

  it('keeps every batch of 6-column rows at or under the limit: 20,000 rows in 2 statements', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => i);
    const batches = rowBatches(rows, 6);
    expect(batches.map((b) => b.length)).toEqual([10_922, 9_078]);
    expect(Math.max(...batches.map((b) => b.length * 6))).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
    expect(batches.flat()).toEqual(rows);
  });
});
