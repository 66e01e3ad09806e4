import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS,
  getConsultationCloseBlockers,
  getOfficialResponseState,
  isPolicyFlaggedForLeadership,
  type ForumPolicyStatus,
  type OfficialResponseState,
} from './forum-consultation';

const closes = new Date('2026-12-20T16:59:59.999Z'); // end of 20 December 2026 WIB
const at = (iso: string) => new Date(iso);

describe('getOfficialResponseState (official response due / missing)', () => {
  it('defaults "due soon" to 7 days', () => {
    expect(DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS).toBe(7);
  });

  it.each<[string, ForumPolicyStatus, Date | null, string, number | undefined, OfficialResponseState]>([
    ['a draft needs none yet', 'DRAFT', null, '2026-12-01T00:00:00Z', undefined, 'NOT_NEEDED'],
    ['open, 19 days left → missing', 'OPEN', null, '2026-12-01T00:00:00Z', undefined, 'MISSING'],
    ['open, just over 7 days left → missing', 'OPEN', null, '2026-12-13T16:59:59.998Z', undefined, 'MISSING'],
    ['open, exactly 7 days left → due soon', 'OPEN', null, '2026-12-13T16:59:59.999Z', undefined, 'DUE_SOON'],
    ['open, 1 hour left → due soon', 'OPEN', null, '2026-12-20T16:00:00Z', undefined, 'DUE_SOON'],
    ['open, window ended → overdue', 'OPEN', null, '2026-12-20T16:59:59.999Z', undefined, 'MISSING_OVERDUE'],
    ['open, 10 days left, setting 14 → due soon', 'OPEN', null, '2026-12-10T16:59:59.999Z', 14, 'DUE_SOON'],
    ['open, 10 days left, setting 3 → missing', 'OPEN', null, '2026-12-10T16:59:59.999Z', 3, 'MISSING'],
    [
      'published in the window',
      'OPEN',
      at('2026-12-18T03:00:00Z'),
      '2026-12-25T00:00:00Z',
      undefined,
      'PUBLISHED',
    ],
    [
      'published after the window → late',
      'OPEN',
      at('2026-12-21T03:00:00Z'),
      '2026-12-25T00:00:00Z',
      undefined,
      'LATE',
    ],
    [
      'closed with its response',
      'CLOSED',
      at('2026-12-19T03:00:00Z'),
      '2027-01-05T00:00:00Z',
      undefined,
      'PUBLISHED',
    ],
  ])('%s', (_name, status, publishedAt, now, dueSoonDays, expected) => {
    expect(
      getOfficialResponseState(
        { status, consultationClosesAt: closes, officialResponsePublishedAt: publishedAt },
        at(now),
        { dueSoonDays },
      ),
    ).toBe(expected);
  });
});

describe('isPolicyFlaggedForLeadership (open policies without an official response are flagged)', () => {
  it.each<[OfficialResponseState, ForumPolicyStatus, boolean]>([
    ['MISSING', 'OPEN', true],
    ['DUE_SOON', 'OPEN', true],
    ['MISSING_OVERDUE', 'OPEN', true],
    ['PUBLISHED', 'OPEN', false],
    ['LATE', 'OPEN', false],
    ['NOT_NEEDED', 'DRAFT', false],
    ['PUBLISHED', 'CLOSED', false],
  ])('%s on a %s policy → flagged %s', (state, status, expected) => {
    expect(isPolicyFlaggedForLeadership(state, status)).toBe(expected);
  });
});

describe('getConsultationCloseBlockers (a policy cannot be closed without its response and summary)', () => {
  it.each<[string, ForumPolicyStatus, boolean, string | null, string[]]>([
    ['both present → may close', 'OPEN', true, 'Jam layanan tetap 08.00–16.00.', []],
    ['no response', 'OPEN', false, 'Ringkasan', ['officialResponse']],
    ['no summary', 'OPEN', true, null, ['closingSummary']],
    ['blank summary', 'OPEN', true, '   ', ['closingSummary']],
    ['neither', 'OPEN', false, '', ['officialResponse', 'closingSummary']],
    ['a draft cannot be closed', 'DRAFT', true, 'x', ['status']],
    ['a closed policy cannot be closed again', 'CLOSED', true, 'x', ['status']],
  ])('%s', (_name, status, hasOfficialResponse, closingSummary, fields) => {
    expect(
      getConsultationCloseBlockers({ status, hasOfficialResponse, closingSummary }).map((e) => e.field),
    ).toEqual(fields);
  });
});
