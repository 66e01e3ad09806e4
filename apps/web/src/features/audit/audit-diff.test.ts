import { describe, expect, it } from 'vitest';
import { diffRecords } from './audit-diff';

describe('diffRecords', () => {
  it('marks changed, added and removed fields', () => {
    expect(diffRecords({ name: 'A', kind: 'PNS', old: 1 }, { name: 'B', kind: 'PNS', extra: true })).toEqual([
      { path: 'extra', before: '', after: 'true', changed: true },
      { path: 'kind', before: 'PNS', after: 'PNS', changed: false },
      { path: 'name', before: 'A', after: 'B', changed: true },
      { path: 'old', before: '1', after: '', changed: true },
    ]);
  });

  it('flattens nested objects into dotted paths and keeps arrays whole', () => {
    expect(diffRecords(null, { position: { id: 3 }, roles: ['ADMIN_KEPEGAWAIAN'] })).toEqual([
      { path: 'position.id', before: '', after: '3', changed: true },
      { path: 'roles', before: '', after: '["ADMIN_KEPEGAWAIAN"]', changed: true },
    ]);
  });

  it('returns nothing when both sides are empty', () => {
    expect(diffRecords(null, null)).toEqual([]);
  });
});
