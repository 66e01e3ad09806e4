import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditEntityPath, auditEntityTypeLabel } from './audit-actions';

// The server's sources, read as text (the web app never imports the server).
const SERVER = join(__dirname, '../../../../server/src');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sources(join(dir, d.name))
      : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
        ? [readFileSync(join(dir, d.name), 'utf8')]
        : [],
  );
}

describe('audit action labels', () => {
  it('has a readable label in both languages for every action code the server writes', () => {
    const text = sources(SERVER).join('\n');
    const literal = [...text.matchAll(/action:\s*'([a-z0-9_]+\.[a-z0-9_.]+)'/g)].map((m) => m[1]!);
    const ternary = [...text.matchAll(/action:[^\n]*\?\s*'([a-z0-9_.]+)'\s*:\s*'([a-z0-9_.]+)'/g)].flatMap(
      (m) => [m[1]!, m[2]!],
    );
    const codes = [...new Set([...literal, ...ternary])].filter((c) => !c.startsWith('test.'));
    expect(codes.length).toBeGreaterThan(40);
    const missing = codes.filter((c) => !auditActionLabel(c, 'id') || !auditActionLabel(c, 'en'));
    expect(missing).toEqual([]);
  });

  it('labels the generated codes: SKP workflow, staff complaint actions and citizen steps', () => {
    for (const code of ['skp.submitted', 'skp.approved', 'skp.returned', 'skp.revision_started'])
      expect(auditActionLabel(code, 'en')).toBeDefined();
    for (const a of ['verify', 'reject', 'disposition', 'reassign', 'note', 'request_info', 'resolve'])
      expect(auditActionLabel(`complaint.${a}`, 'id')).toBeDefined();
    for (const a of ['information', 'confirm', 'reopen', 'rating'])
      expect(auditActionLabel(`complaint.citizen_${a}`, 'id')).toMatch(/^Pelapor/);
  });

  it('falls back to the code for an unknown action and entity type', () => {
    expect(auditActionLabel('new.thing', 'id')).toBeUndefined();
    expect(auditEntityTypeLabel('new_thing', 'en')).toBe('new_thing');
    expect(auditEntityTypeLabel('perf_evaluation', 'id')).toBe('Evaluasi kinerja');
  });
});

describe('auditEntityPath', () => {
  const none = { skpId: null, periodId: null, surveyId: null };
  it('opens an evaluation within its SKP and period', () => {
    expect(
      auditEntityPath({
        entityType: 'perf_evaluation',
        entityId: '68',
        entityRef: { ...none, skpId: 5, periodId: 3 },
      }),
    ).toBe('/kinerja/skp/5/evaluasi/3');
  });
  it('links employees, complaints, SKPs and survey records', () => {
    expect(auditEntityPath({ entityType: 'employee', entityId: '9', entityRef: null })).toBe('/employees/9');
    expect(auditEntityPath({ entityType: 'complaint', entityId: '4', entityRef: null })).toBe(
      '/complaints/4',
    );
    expect(auditEntityPath({ entityType: 'perf_skp', entityId: '2', entityRef: { ...none, skpId: 2 } })).toBe(
      '/kinerja/skp/2',
    );
    expect(
      auditEntityPath({ entityType: 'skm_followup', entityId: '1', entityRef: { ...none, surveyId: 7 } }),
    ).toBe('/skm/7');
  });
  it('gives no link when the record is gone or has no page', () => {
    expect(auditEntityPath({ entityType: 'perf_skp', entityId: '2', entityRef: null })).toBeNull();
    expect(auditEntityPath({ entityType: 'user', entityId: null, entityRef: null })).toBeNull();
  });
});
