import type { OrgUnit } from '@sim/contracts';

export type UnitNode = OrgUnit & { depth: number; children: UnitNode[] };

/** Builds the unit tree from the flat list; units whose parent is missing become roots. Children sort by name. */
export function buildUnitTree(units: readonly OrgUnit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { ...unit, depth: 0, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: UnitNode, b: UnitNode) => a.name.localeCompare(b.name, 'id');
  const visited = new Set<number>();
  const settle = (list: UnitNode[], depth: number) => {
    list.sort(byName);
    for (const node of list) {
      if (visited.has(node.id)) continue; // a parent cycle in bad data must not loop forever
      visited.add(node.id);
      node.depth = depth;
      settle(node.children, depth + 1);
    }
  };
  settle(roots, 0);
  return roots;
}

/** Depth-first order, for selects that show the tree as an indented list. */
export function flattenUnitTree(roots: readonly UnitNode[]): UnitNode[] {
  const out: UnitNode[] = [];
  const walk = (list: readonly UnitNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

/** The unit and every unit below it (a unit cannot become its own descendant's child). */
export function descendantIds(root: UnitNode): Set<number> {
  const ids = new Set<number>();
  const walk = (node: UnitNode) => {
    ids.add(node.id);
    node.children.forEach(walk);
  };
  walk(root);
  return ids;
}
