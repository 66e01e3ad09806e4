import { describe, expect, it } from 'vitest';
import { computePollResults, isPollOpen, validatePollBallot } from './forum-poll';

const opts = ['a', 'b', 'c'];

describe('validatePollBallot', () => {
  it.each<[string, 'SINGLE' | 'MULTIPLE', string[], string | null]>([
    ['single with one option is valid', 'SINGLE', ['a'], null],
    ['single with two options is refused', 'SINGLE', ['a', 'b'], 'TOO_MANY'],
    ['an empty ballot is refused', 'SINGLE', [], 'NO_CHOICE'],
    ['an empty multiple ballot is refused', 'MULTIPLE', [], 'NO_CHOICE'],
    ['multiple with several options is valid', 'MULTIPLE', ['a', 'c'], null],
    ['multiple with every option is valid', 'MULTIPLE', ['a', 'b', 'c'], null],
    ['the same option twice is refused', 'MULTIPLE', ['a', 'a'], 'DUPLICATE'],
    ['an option of another poll is refused', 'SINGLE', ['z'], 'UNKNOWN_OPTION'],
    ['an unknown option among known ones is refused', 'MULTIPLE', ['a', 'z'], 'UNKNOWN_OPTION'],
  ])('%s', (_name, kind, chosen, code) => {
    const result = validatePollBallot(kind, opts, chosen);
    if (code === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, error: { code } });
  });
});

describe('isPollOpen (votes can be cast and changed until the closing time)', () => {
  const closes = new Date('2026-12-10T10:00:00Z');
  it.each<[Date | null, string, boolean]>([
    [null, '2030-01-01T00:00:00Z', true],
    [closes, '2026-12-10T09:59:59.999Z', true],
    [closes, '2026-12-10T10:00:00Z', false],
    [closes, '2026-12-11T00:00:00Z', false],
  ])('closing %s, now %s → open %s', (closesAt, now, expected) => {
    expect(isPollOpen(closesAt, new Date(now))).toBe(expected);
  });
});

const shares = (r: ReturnType<typeof computePollResults>) => r.options.map((o) => o.percentTenths);

describe('computePollResults — single choice (largest remainder: shares add up to 100,0 %)', () => {
  it.each<[string, string[][], number[], number[]]>([
    ['nobody voted', [], [0, 0, 0], [0, 0, 0]],
    ['one vote', [['b']], [0, 1, 0], [0, 1000, 0]],
    ['thirds: the first option gets the spare tenth', [['a'], ['b'], ['c']], [1, 1, 1], [334, 333, 333]],
    ['2 of 3 and 1 of 3', [['a'], ['a'], ['c']], [2, 0, 1], [667, 0, 333]],
    ['half and half', [['a'], ['b']], [1, 1, 0], [500, 500, 0]],
    [
      '1/7, 2/7, 4/7: 14,3 + 28,6 + 57,1',
      [['a'], ['b'], ['b'], ['c'], ['c'], ['c'], ['c']],
      [1, 2, 4],
      [143, 286, 571],
    ],
  ])('%s', (_name, ballots, counts, tenths) => {
    const r = computePollResults('SINGLE', opts, ballots);
    expect(r.options.map((o) => o.count)).toEqual(counts);
    expect(shares(r)).toEqual(tenths);
    expect(r.voterCount).toBe(ballots.length);
    if (ballots.length > 0) expect(shares(r).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('always adds up to exactly 1000 tenths for any spread of up to 12 voters on 6 options', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let voters = 1; voters <= 12; voters += 1) {
      for (let seed = 0; seed < 20; seed += 1) {
        const ballots = Array.from({ length: voters }, (_, i) => [six[(i * (seed + 1) + seed) % 6]!]);
        const r = computePollResults('SINGLE', six, ballots);
        expect(shares(r).reduce((a, b) => a + b, 0)).toBe(1000);
      }
    }
  });
});

describe('computePollResults — multiple choice (share of voters per option, each rounded half up)', () => {
  it.each<[string, string[][], number[], number[], number]>([
    ['nobody voted', [], [0, 0, 0], [0, 0, 0], 0],
    [
      'everybody chose everything: 100 % each',
      [
        ['a', 'b', 'c'],
        ['a', 'b', 'c'],
      ],
      [2, 2, 2],
      [1000, 1000, 1000],
      6,
    ],
    ['1 of 3 voters → 33,3 %; 2 of 3 → 66,7 %', [['a', 'b'], ['b'], ['c']], [1, 2, 1], [333, 667, 333], 4],
    ['a duplicate choice on one ballot counts once', [['a', 'a']], [1, 0, 0], [1000, 0, 0], 1],
    ['an unknown option is ignored', [['a', 'z']], [1, 0, 0], [1000, 0, 0], 1],
  ])('%s', (_name, ballots, counts, tenths, choices) => {
    const r = computePollResults('MULTIPLE', opts, ballots);
    expect(r.options.map((o) => o.count)).toEqual(counts);
    expect(shares(r)).toEqual(tenths);
    expect(r.choiceCount).toBe(choices);
    expect(r.voterCount).toBe(ballots.length);
  });

  it('rounds half up: 1 of 8 voters is 12,5 %, 1 of 16 is 6,3 %', () => {
    const eight = Array.from({ length: 8 }, (_, i) => (i === 0 ? ['a'] : ['b']));
    expect(computePollResults('MULTIPLE', opts, eight).options[0]!.percentTenths).toBe(125);
    const sixteen = Array.from({ length: 16 }, (_, i) => (i === 0 ? ['a'] : ['b']));
    expect(computePollResults('MULTIPLE', opts, sixteen).options[0]!.percentTenths).toBe(63);
  });
});
