/**
 * Forum polls ([decision] in oversight-and-forum.md: employees "vote in polls"): which ballots are valid and how the
 * results are shown. Percentages are in tenths of a percent so that they are exact and print as Indonesian decimals.
 *
 * - A **single-choice** poll shows each option's share of the voters; the shares are apportioned by the largest
 *   remainder method, so they always add up to exactly 100,0 % (never 99,9 % or 100,1 % from independent rounding).
 * - A **multiple-choice** poll shows, per option, the share of voters who chose it; a voter may choose several
 *   options, so these shares add up to 100 % or more and are rounded each on its own (half up).
 */

export type PollKind = 'SINGLE' | 'MULTIPLE';

export type PollOptionResult = {
  optionId: string;
  /** Number of voters who chose the option. */
  count: number;
  /** Share of the voters, in tenths of a percent (e.g. 333 = 33,3 %); 0 when nobody voted. */
  percentTenths: number;
};

export type PollResults = {
  /** Number of voters (ballots), not of choices. */
  voterCount: number;
  /** Number of choices made (equals voterCount in a single-choice poll). */
  choiceCount: number;
  options: PollOptionResult[];
};

export type BallotError = {
  code: 'NO_CHOICE' | 'TOO_MANY' | 'UNKNOWN_OPTION' | 'DUPLICATE';
  message: string;
};

/**
 * Whether a ballot is valid for a poll: a single-choice poll takes exactly one option, a multiple-choice poll one
 * or more distinct options; every option must belong to the poll.
 */
export function validatePollBallot(
  kind: PollKind,
  optionIds: readonly string[],
  chosen: readonly string[],
): { ok: true } | { ok: false; error: BallotError } {
  if (chosen.length === 0)
    return { ok: false, error: { code: 'NO_CHOICE', message: 'Pilih minimal satu opsi.' } };
  if (kind === 'SINGLE' && chosen.length > 1) {
    return {
      ok: false,
      error: { code: 'TOO_MANY', message: 'Jajak pendapat ini hanya menerima satu pilihan.' },
    };
  }
  if (new Set(chosen).size !== chosen.length) {
    return { ok: false, error: { code: 'DUPLICATE', message: 'Opsi yang sama dipilih lebih dari sekali.' } };
  }
  const known = new Set(optionIds);
  if (chosen.some((id) => !known.has(id))) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_OPTION', message: 'Opsi tidak termasuk dalam jajak pendapat ini.' },
    };
  }
  return { ok: true };
}

/** Whether a poll still takes (and lets a voter change) votes: open until its closing time, if it has one. */
export function isPollOpen(closesAt: Date | null, now: Date): boolean {
  return closesAt === null || now.getTime() < closesAt.getTime();
}

/** Share `count / total` in tenths of a percent, rounded half up (exact integer arithmetic). */
function tenthsOf(count: number, total: number): number {
  return Math.floor((count * 2000 + total) / (2 * total));
}

/**
 * The results of a poll from its ballots (each ballot is the option ids one voter chose; ballots are assumed
 * valid). Options keep the given order; a choice of an option not in the list is ignored.
 */
export function computePollResults(
  kind: PollKind,
  optionIds: readonly string[],
  ballots: readonly (readonly string[])[],
): PollResults {
  const counts = new Map(optionIds.map((id) => [id, 0]));
  let choiceCount = 0;
  for (const ballot of ballots) {
    for (const id of new Set(ballot)) {
      const current = counts.get(id);
      if (current === undefined) continue;
      counts.set(id, current + 1);
      choiceCount += 1;
    }
  }
  const voterCount = ballots.length;
  const options = optionIds.map((optionId) => ({
    optionId,
    count: counts.get(optionId) ?? 0,
    percentTenths: 0,
  }));
  if (voterCount === 0) return { voterCount, choiceCount, options };
  if (kind === 'MULTIPLE') {
    for (const o of options) o.percentTenths = tenthsOf(o.count, voterCount);
    return { voterCount, choiceCount, options };
  }
  // Largest remainder (Hamilton): floor every share, then give the tenths left over to the largest remainders,
  // earlier options first on a tie, so that the shown shares add up to exactly 100,0 %. The base is the number of
  // choices made (a single-choice ballot naming no option of the poll carries no share).
  if (choiceCount === 0) return { voterCount, choiceCount, options };
  const base = options.map((o) => Math.floor((o.count * 1000) / choiceCount));
  const order = options
    .map((o, i) => ({ i, rest: o.count * 1000 - base[i]! * choiceCount }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = 1000 - base.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    base[i]! += 1;
    left -= 1;
  }
  options.forEach((o, i) => (o.percentTenths = base[i]!));
  return { voterCount, choiceCount, options };
}
