import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRAINING_NEED_SETTINGS,
  competencyGap,
  hasLateComplaintSignal,
  isLowPredikat,
  isValidCompetencyScore,
  isWeakSkmUnsur,
  needStatus,
} from './competency-needs';

describe('competencyGap: required level against the latest assessed score', () => {
  it.each([
    [3, 1, 'KURANG', 2],
    [3, 2, 'KURANG', 1],
    [3, 3, 'MEMENUHI', 0],
    [3, 5, 'MEMENUHI', 0],
    [1, 1, 'MEMENUHI', 0],
    [5, 4, 'KURANG', 1],
  ] as const)('required %d, scored %d → %s with gap %d', (required, score, status, gap) => {
    expect(competencyGap(required, score)).toEqual({ status, gap });
  });

  it('an unassessed competency has no known gap (not counted as below standard)', () => {
    expect(competencyGap(4, null)).toEqual({ status: 'BELUM_DINILAI', gap: null });
  });
});

describe('isValidCompetencyScore: whole levels 1 to the competency maximum (never above 5)', () => {
  it.each([
    [1, 5, true],
    [5, 5, true],
    [0, 5, false],
    [6, 5, false],
    [2.5, 5, false],
    [3, 3, true],
    [4, 3, false],
    [5, 9, true],
    [6, 9, false],
  ])('score %d with max level %d: %s', (score, max, ok) => {
    expect(isValidCompetencyScore(score, max)).toBe(ok);
  });
});

describe('isLowPredikat: Butuh Perbaikan or lower makes a need', () => {
  it.each([
    ['SANGAT_BAIK', false],
    ['BAIK', false],
    ['BUTUH_PERBAIKAN', true],
    ['KURANG', true],
    ['SANGAT_KURANG', true],
  ] as const)('%s → %s', (p, low) => {
    expect(isLowPredikat(p)).toBe(low);
  });
});

describe('isWeakSkmUnsur: converted U6/U7 below the threshold (default the mutu B lower bound 76.61)', () => {
  const min = DEFAULT_TRAINING_NEED_SETTINGS.skmMinKonversi;
  it.each([
    [3.0644, false], // 76.61: exactly the mutu B lower bound
    [3.06, true], // 76.5: mutu C
    [2.5, true],
    [3.5, false],
    [null, false], // hidden below the privacy threshold: no signal
  ])('NRR %s → weak %s', (nrr, weak) => {
    expect(isWeakSkmUnsur(nrr, min)).toBe(weak);
  });

  it('rounds the converted score to two decimals first, as the IKM does (3.0643 × 25 = 76.6075 → 76.61)', () => {
    expect(isWeakSkmUnsur(3.0643, min)).toBe(false);
    expect(isWeakSkmUnsur(3.0641, min)).toBe(true);
  });

  it('follows a configured threshold', () => {
    expect(isWeakSkmUnsur(3.2, 88.31)).toBe(true);
    expect(isWeakSkmUnsur(3.6, 88.31)).toBe(false);
    expect(min).toBe(76.61);
  });
});

describe('hasLateComplaintSignal: at least the minimum count of breached complaints', () => {
  it.each([
    [0, 1, false],
    [1, 1, true],
    [2, 3, false],
    [3, 3, true],
    [1, 0, true], // a minimum below 1 still needs one late complaint
    [0, 0, false],
  ])('%d late with minimum %d → %s', (late, min, yes) => {
    expect(hasLateComplaintSignal(late, min)).toBe(yes);
  });
});

describe('needStatus: a decision stands until the signal changes', () => {
  it('no decision → open', () => {
    expect(needStatus(null, 'a')).toBe('OPEN');
  });
  it('dismissed for the same signal stays dismissed', () => {
    expect(needStatus({ decision: 'DISMISSED', fingerprint: 'late=2' }, 'late=2')).toBe('DISMISSED');
  });
  it('dismissed for an older signal opens again', () => {
    expect(needStatus({ decision: 'DISMISSED', fingerprint: 'late=2' }, 'late=3')).toBe('OPEN');
  });
  it('accepted for the same signal stays accepted', () => {
    expect(needStatus({ decision: 'ACCEPTED', fingerprint: 'x' }, 'x')).toBe('ACCEPTED');
  });
});

describe('default signal → competency mapping', () => {
  it('late complaints point to Pengelolaan Pengaduan and Pelayanan Publik; U6/U7 to Pelayanan Publik', () => {
    expect(DEFAULT_TRAINING_NEED_SETTINGS.signalCompetencies.LATE_COMPLAINTS).toEqual([
      'PENGELOLAAN_PENGADUAN',
      'PELAYANAN_PUBLIK',
    ]);
    expect(DEFAULT_TRAINING_NEED_SETTINGS.signalCompetencies.WEAK_SKM_UNSUR).toEqual(['PELAYANAN_PUBLIK']);
  });
});
