import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it.each([
    ['/employees?q=budi', '/employees?q=budi'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/login?next=/x', '/'],
  ])('turns %s into %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
