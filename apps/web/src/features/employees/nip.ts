import type { EmployeeKind } from '@sim/contracts';
import { formatNip, GOLONGAN_PNS, GOLONGAN_PPPK, parseNip } from '@sim/domain';

export { parseNip };

/** `196608011988031001` → `19660801 198803 1 001`. */
export function displayNip(nip: string): string {
  return formatNip(nip);
}

/** Golongan choices for the employee's kind: PNS with pangkat, PPPK I–XVII. */
export function golonganOptions(kind: EmployeeKind): { value: string; label: string }[] {
  if (kind === 'PPPK') return GOLONGAN_PPPK.map((code) => ({ value: code, label: code }));
  return GOLONGAN_PNS.map(({ code, pangkat }) => ({ value: code, label: `${code} — ${pangkat}` }));
}
