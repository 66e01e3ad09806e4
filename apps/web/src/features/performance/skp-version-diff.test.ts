import { describe, expect, it } from 'vitest';
import { diffSnapshots, rhkOfSnapshot } from './skp-version-diff';

const rhk = (id: number, text: string, target = '12 dokumen', systemSource: string | null = null) => ({
  id,
  section: 'UTAMA',
  text,
  indicators: [{ text: 'Jumlah dokumen', targetLabel: target, systemSource }],
});

describe('diffSnapshots', () => {
  it.each([
    ['unchanged', [rhk(1, 'A')], [rhk(1, 'A')], ['same']],
    ['a changed text', [rhk(1, 'A')], [rhk(1, 'B')], ['changed']],
    ['a changed target', [rhk(1, 'A')], [rhk(1, 'A', '15 dokumen')], ['changed']],
    ['a new system source', [rhk(1, 'A')], [rhk(1, 'A', '12 dokumen', 'COMPLAINTS_FINISHED')], ['changed']],
    ['an added RHK', [rhk(1, 'A')], [rhk(1, 'A'), rhk(2, 'B')], ['same', 'added']],
    ['a removed RHK', [rhk(1, 'A'), rhk(2, 'B')], [rhk(2, 'B')], ['same', 'removed']],
  ])('marks %s', (_name, before, after, changes) => {
    expect(diffSnapshots({ rhk: before }, { rhk: after }).map((r) => r.change)).toEqual(changes);
  });

  it('describes an RHK with its indicators and targets', () => {
    expect(diffSnapshots({ rhk: [] }, { rhk: [rhk(1, 'A')] })[0]).toMatchObject({
      before: null,
      after: '[UTAMA] A — Jumlah dokumen: 12 dokumen',
    });
  });

  it.each([[null], [{}], [{ rhk: [1, 2] }], ['x']])('reads no RHK from the snapshot %j', (snapshot) => {
    expect(rhkOfSnapshot(snapshot)).toEqual([]);
  });
});
