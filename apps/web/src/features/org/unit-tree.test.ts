import type { OrgUnit } from '@sim/contracts';
import { describe, expect, it } from 'vitest';
import { buildUnitTree, descendantIds, flattenUnitTree } from './unit-tree';

const unit = (id: number, parentId: number | null, name: string): OrgUnit => ({
  id,
  parentId,
  name,
  type: 'LAINNYA',
  kemendagriCode: null,
  isActive: true,
});

describe('buildUnitTree', () => {
  const units = [
    unit(3, 1, 'Kelurahan Kemas Rindo'),
    unit(1, null, 'Kecamatan Kertapati'),
    unit(2, 1, 'Kelurahan Karya Jaya'),
    unit(4, 2, 'Seksi Pemerintahan'),
  ];

  it('nests children under their parent, sorted by name, with depth', () => {
    const roots = buildUnitTree(units);
    expect(roots.map((n) => n.name)).toEqual(['Kecamatan Kertapati']);
    expect(roots[0]?.children.map((n) => n.name)).toEqual(['Kelurahan Karya Jaya', 'Kelurahan Kemas Rindo']);
    expect(flattenUnitTree(roots).map((n) => [n.id, n.depth])).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [3, 1],
    ]);
  });

  it('treats a unit whose parent is unknown as a root', () => {
    expect(buildUnitTree([unit(5, 99, 'Orphan')]).map((n) => n.id)).toEqual([5]);
  });

  it('collects a unit and its descendants', () => {
    const root = buildUnitTree(units)[0];
    expect(root && [...descendantIds(root)].sort()).toEqual([1, 2, 3, 4]);
  });
});
