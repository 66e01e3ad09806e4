// Comparing two kept versions of an SKP: each RHK (matched by id) with its indicators, targets and bukti sistem link
// as one line of text, marked added, removed, changed or unchanged.

export type SnapshotRhk = {
  id?: number;
  section?: string;
  text?: string;
  indicators?: { text?: string; targetLabel?: string; systemSource?: string | null }[];
};

export type VersionDiffRow = {
  key: string;
  before: string | null;
  after: string | null;
  change: 'added' | 'removed' | 'changed' | 'same';
};

/** The RHK list of a stored snapshot, ignoring anything that is not an RHK object (older or partial snapshots). */
export function rhkOfSnapshot(snapshot: unknown): SnapshotRhk[] {
  if (typeof snapshot !== 'object' || snapshot === null || !('rhk' in snapshot)) return [];
  const rhk = (snapshot as { rhk: unknown }).rhk;
  return Array.isArray(rhk) ? rhk.filter((r): r is SnapshotRhk => typeof r === 'object' && r !== null) : [];
}

function describe(r: SnapshotRhk): string {
  const indicators = (r.indicators ?? [])
    .map(
      (i) =>
        `${i.text ?? ''}: ${i.targetLabel ?? ''}${i.systemSource ? ` (bukti sistem ${i.systemSource})` : ''}`,
    )
    .join('; ');
  return `${r.section ? `[${r.section}] ` : ''}${r.text ?? ''}${indicators ? ` — ${indicators}` : ''}`;
}

/** Row-by-row comparison of two snapshots' RHK, in the order of the later version, removed ones last. */
export function diffSnapshots(before: unknown, after: unknown): VersionDiffRow[] {
  const a = rhkOfSnapshot(before);
  const b = rhkOfSnapshot(after);
  const keyOf = (r: SnapshotRhk, index: number) => (r.id !== undefined ? `id:${r.id}` : `i:${index}`);
  const beforeByKey = new Map(a.map((r, i) => [keyOf(r, i), describe(r)]));
  const rows: VersionDiffRow[] = b.map((r, i) => {
    const key = keyOf(r, i);
    const previous = beforeByKey.get(key) ?? null;
    const current = describe(r);
    beforeByKey.delete(key);
    return {
      key,
      before: previous,
      after: current,
      change: previous === null ? 'added' : previous === current ? 'same' : 'changed',
    };
  });
  for (const [key, text] of beforeByKey) rows.push({ key, before: text, after: null, change: 'removed' });
  return rows;
}
