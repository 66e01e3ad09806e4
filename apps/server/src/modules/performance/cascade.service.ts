import type { Database } from '../../db/database';
import { hasRole, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid } from '../../lib/errors';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import { getPersonRefs, getYearRow, referenceDate, relationTo } from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';

// The cascade view: RHK from a leader down through everybody below, with the gaps marked.

/** The head of the office on a date: the first employee in office with nobody above in the position tree. */
async function findHeadOfOffice(db: Database, date: string): Promise<number | null> {
  for (const id of (await repo.findEmployeeIdsInOffice(db, date)).sort((a, b) => a - b)) {
    if (!(await getSuperiorOf(db, id, date))) return id;
  }
  return null;
}

/**
 * The tree of RHK from a leader down through everybody below, flattened with parent pointers. Gaps are marked: a
 * leader's RHK nobody below supports, and a subordinate's RHK that supports nothing of the superior's.
 */
export async function getCascade(ctx: ServiceContext, actor: Actor, yearId: number, rootId?: number) {
  const year = await getYearRow(ctx.db, yearId);
  const date = referenceDate(year.year, ctx.now());
  const root =
    rootId ??
    actor.employeeId ??
    (hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN') ? await findHeadOfOffice(ctx.db, date) : null);
  if (root === null) throw invalid('employeeId', 'Pilih pegawai puncak pohon kaskade');
  const relation = await relationTo(ctx.db, actor, root, date);
  if (!policy.canReadSkp(actor, relation))
    throw forbidden('Anda tidak berwenang melihat kaskade pegawai ini');
  const below = await findSubordinateEmployeeIds(ctx.db, root, date);
  const ids = [root, ...below];
  const parentOf = new Map<number, number | null>([[root, null]]);
  for (const id of below) parentOf.set(id, (await getSuperiorOf(ctx.db, id, date))?.employeeId ?? null);
  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds: ids });
  const skpOf = new Map(skps.map((s) => [s.employee_id, s]));
  const rhk = await repo.findRhkOfSkps(
    ctx.db,
    skps.map((s) => s.id),
  );
  const children = await repo.findChildRhk(
    ctx.db,
    rhk.map((r) => r.id),
  );
  const supported = new Set(children.map((c) => c.parent_rhk_id));
  const rhkOfSkp = (skpId: number | undefined) => rhk.filter((r) => r.skp_id === skpId);
  const people = await getPersonRefs(ctx.db, ids, date);
  const depthOf = (id: number): number => {
    let depth = 0;
    let cur = parentOf.get(id) ?? null;
    while (cur !== null && depth < 64) {
      depth += 1;
      cur = parentOf.get(cur) ?? null;
    }
    return depth;
  };
  // Depth-first, so each person's team follows them directly (the screen indents by depth).
  const ordered: number[] = [];
  const visit = (id: number, guard: number) => {
    ordered.push(id);
    if (guard > 64) return;
    for (const child of below.filter((b) => parentOf.get(b) === id)) visit(child, guard + 1);
  };
  visit(root, 0);
  return {
    items: ordered.flatMap((id) => {
      const employee = people.get(id);
      if (!employee) return [];
      const skp = skpOf.get(id);
      const parentId = parentOf.get(id) ?? null;
      const parentRhkIds = new Set(
        rhkOfSkp(parentId !== null ? skpOf.get(parentId)?.id : undefined).map((r) => r.id),
      );
      const hasSubordinates = below.some((b) => parentOf.get(b) === id);
      return [
        {
          skpId: skp?.id ?? null,
          parentEmployeeId: parentId,
          depth: depthOf(id),
          employee,
          status: (skp?.status as 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | undefined) ?? null,
          rhk: rhkOfSkp(skp?.id).map((r) => ({
            id: r.id,
            text: r.text,
            parentRhkId: r.parent_rhk_id,
            isUnsupported: hasSubordinates && !supported.has(r.id),
            isOrphan: parentId !== null && (r.parent_rhk_id === null || !parentRhkIds.has(r.parent_rhk_id)),
          })),
        },
      ];
    }),
  };
}
