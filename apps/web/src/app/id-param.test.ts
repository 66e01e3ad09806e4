import { describe, expect, it } from 'vitest';
import { parseIdParam } from './id-param';

describe('parseIdParam (the id of a detail page URL)', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['999999999999999', 999_999_999_999_999],
  ])('reads %s as the record id', (raw, id) => {
    expect(parseIdParam(raw)).toBe(id);
  });

  it.each([undefined, '', 'queue', '0', '-1', '01', '1e3', '1.5', ' 7', '7 ', '0x10', '1234567890123456'])(
    'answers not found for %j',
    (raw) => {
      expect(parseIdParam(raw)).toBeNull();
    },
  );
});
