import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_KIND_LABELS,
  MALADMINISTRATION_TYPE_LABELS,
  getClassificationDefaults,
} from './complaint-classification';
import type { ComplaintKind, MaladministrationType } from './complaint-classification';

describe('getClassificationDefaults', () => {
  it.each<[string, ComplaintKind | null, MaladministrationType | null, boolean]>([
    ['a request for payment (pungli)', 'PENGADUAN', 'PERMINTAAN_IMBALAN', true],
    ['a whistle-blowing report', 'WHISTLE_BLOWING', null, true],
    ['an undue delay', 'PENGADUAN', 'PENUNDAAN_BERLARUT', false],
    [
      'an abuse of authority (not an integrity issue by default)',
      'PENGADUAN',
      'PENYALAHGUNAAN_WEWENANG',
      false,
    ],
    ['an aspiration', 'ASPIRASI', null, false],
    ['an unclassified report', null, null, false],
  ])(
    'treats %s as an integrity issue (Rahasia, routed to oversight): %s',
    (_name, kind, maladministration, expected) => {
      expect(getClassificationDefaults({ kind, maladministration })).toEqual({
        isIntegrityIssue: expected,
        isRahasia: expected,
        routeToOversight: expected,
      });
    },
  );

  it('uses an edited list of integrity issues', () => {
    const policy = { maladministrationTypes: ['PENYALAHGUNAAN_WEWENANG' as const], kinds: [] };
    expect(
      getClassificationDefaults({ maladministration: 'PENYALAHGUNAAN_WEWENANG' }, policy).isRahasia,
    ).toBe(true);
    expect(getClassificationDefaults({ maladministration: 'PERMINTAAN_IMBALAN' }, policy).isRahasia).toBe(
      false,
    );
  });
});

describe('labels', () => {
  it('names the four LAPOR! kinds and the eight Ombudsman types in Indonesian', () => {
    expect(Object.keys(COMPLAINT_KIND_LABELS)).toHaveLength(4);
    expect(Object.keys(MALADMINISTRATION_TYPE_LABELS)).toHaveLength(8);
    expect(MALADMINISTRATION_TYPE_LABELS.PERMINTAAN_IMBALAN).toBe('Permintaan imbalan (pungli)');
  });
});
