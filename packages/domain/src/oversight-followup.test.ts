import { describe, expect, it } from 'vitest';
import {
  allowedRecommendationActions,
  DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY,
  daysUntilDue,
  dueFollowUpStages,
  followUpRate,
  followUpStageKey,
  isRecommendationOpen,
  isRecommendationOverdue,
  nextRecommendationStatus,
  validateOversightFollowUpPolicy,
  type FollowUpStage,
  type RecommendationAction,
  type RecommendationRelation,
  type RecommendationStatus,
} from './oversight-followup';

const OWNER: RecommendationRelation[] = ['OWNER'];
const INSPECTOR: RecommendationRelation[] = ['INSPECTOR'];
const HEAD: RecommendationRelation[] = ['HEAD_OF_OFFICE'];

describe('nextRecommendationStatus: the follow-up state machine', () => {
  it.each<
    [string, RecommendationStatus, RecommendationAction, RecommendationRelation[], RecommendationStatus]
  >([
    ['the owner follows up an open recommendation', 'OPEN', 'SUBMIT_FOLLOW_UP', OWNER, 'SUBMITTED'],
    ['the owner follows up a returned recommendation', 'RETURNED', 'SUBMIT_FOLLOW_UP', OWNER, 'SUBMITTED'],
    ['the inspector verifies sesuai: closed', 'SUBMITTED', 'VERIFY_SESUAI', INSPECTOR, 'CLOSED'],
    [
      'the inspector verifies belum sesuai: returned',
      'SUBMITTED',
      'VERIFY_BELUM_SESUAI',
      INSPECTOR,
      'RETURNED',
    ],
    [
      'the inspector finds it cannot be followed up: pending the head of office',
      'SUBMITTED',
      'VERIFY_TIDAK_DAPAT',
      INSPECTOR,
      'CANNOT_FOLLOW_UP_PENDING',
    ],
    [
      'the head of office approves: closed as not possible',
      'CANNOT_FOLLOW_UP_PENDING',
      'APPROVE_CANNOT_FOLLOW_UP',
      HEAD,
      'CANNOT_FOLLOW_UP_APPROVED',
    ],
    [
      'the head of office refuses: open again',
      'CANNOT_FOLLOW_UP_PENDING',
      'REFUSE_CANNOT_FOLLOW_UP',
      HEAD,
      'OPEN',
    ],
    [
      'a person who is both owner and inspector may follow up',
      'OPEN',
      'SUBMIT_FOLLOW_UP',
      ['OWNER', 'INSPECTOR'],
      'SUBMITTED',
    ],
  ])('%s', (_, from, action, relations, to) => {
    expect(nextRecommendationStatus(from, action, relations)).toEqual({ ok: true, status: to });
  });

  it.each<
    [
      string,
      RecommendationStatus,
      RecommendationAction,
      RecommendationRelation[],
      'WRONG_STATUS' | 'NOT_ALLOWED',
    ]
  >([
    ['an inspector cannot post the follow-up', 'OPEN', 'SUBMIT_FOLLOW_UP', INSPECTOR, 'NOT_ALLOWED'],
    ['the head of office cannot post the follow-up', 'OPEN', 'SUBMIT_FOLLOW_UP', HEAD, 'NOT_ALLOWED'],
    ['the owner cannot verify their own follow-up', 'SUBMITTED', 'VERIFY_SESUAI', OWNER, 'NOT_ALLOWED'],
    ['the head of office does not verify', 'SUBMITTED', 'VERIFY_SESUAI', HEAD, 'NOT_ALLOWED'],
    [
      'the inspector cannot approve not-possible',
      'CANNOT_FOLLOW_UP_PENDING',
      'APPROVE_CANNOT_FOLLOW_UP',
      INSPECTOR,
      'NOT_ALLOWED',
    ],
    ['nothing to verify before a follow-up', 'OPEN', 'VERIFY_SESUAI', INSPECTOR, 'WRONG_STATUS'],
    ['a second follow-up waits for the verification', 'SUBMITTED', 'SUBMIT_FOLLOW_UP', OWNER, 'WRONG_STATUS'],
    ['a closed recommendation takes no follow-up', 'CLOSED', 'SUBMIT_FOLLOW_UP', OWNER, 'WRONG_STATUS'],
    ['approval only when pending', 'SUBMITTED', 'APPROVE_CANNOT_FOLLOW_UP', HEAD, 'WRONG_STATUS'],
    [
      'an approved not-possible stays closed',
      'CANNOT_FOLLOW_UP_APPROVED',
      'REFUSE_CANNOT_FOLLOW_UP',
      HEAD,
      'WRONG_STATUS',
    ],
    ['nobody may act without a relation', 'OPEN', 'SUBMIT_FOLLOW_UP', [], 'NOT_ALLOWED'],
  ])('%s', (_, from, action, relations, code) => {
    const result = nextRecommendationStatus(from, action, relations);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).toMatch(/Rekomendasi|hanya dapat/);
    }
  });

  it('lists the buttons each party sees', () => {
    expect(allowedRecommendationActions('OPEN', OWNER)).toEqual(['SUBMIT_FOLLOW_UP']);
    expect(allowedRecommendationActions('SUBMITTED', INSPECTOR)).toEqual([
      'VERIFY_SESUAI',
      'VERIFY_BELUM_SESUAI',
      'VERIFY_TIDAK_DAPAT',
    ]);
    expect(allowedRecommendationActions('CANNOT_FOLLOW_UP_PENDING', HEAD)).toEqual([
      'APPROVE_CANNOT_FOLLOW_UP',
      'REFUSE_CANNOT_FOLLOW_UP',
    ]);
    expect(allowedRecommendationActions('CLOSED', ['OWNER', 'INSPECTOR', 'HEAD_OF_OFFICE'])).toEqual([]);
  });

  it.each<[RecommendationStatus, boolean]>([
    ['OPEN', true],
    ['SUBMITTED', true],
    ['RETURNED', true],
    ['CANNOT_FOLLOW_UP_PENDING', true],
    ['CLOSED', false],
    ['CANNOT_FOLLOW_UP_APPROVED', false],
  ])('isRecommendationOpen(%s) = %s', (status, open) => {
    expect(isRecommendationOpen(status)).toBe(open);
  });
});

describe('isRecommendationOverdue: only while the next step is the owner’s', () => {
  it.each<[RecommendationStatus, string, string, boolean]>([
    ['OPEN', '2026-03-31', '2026-03-31', false],
    ['OPEN', '2026-03-31', '2026-04-01', true],
    ['RETURNED', '2026-03-31', '2026-04-01', true],
    ['SUBMITTED', '2026-03-31', '2026-04-20', false],
    ['CANNOT_FOLLOW_UP_PENDING', '2026-03-31', '2026-04-20', false],
    ['CLOSED', '2026-03-31', '2026-04-20', false],
  ])('%s due %s on %s → %s', (status, due, today, overdue) => {
    expect(isRecommendationOverdue(status, due, today)).toBe(overdue);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isRecommendationOverdue('OPEN', '2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('dueFollowUpStages: reminder before the due date, escalation when overdue', () => {
  const policy = DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY;
  it.each<[string, RecommendationStatus, string, string, typeof policy, FollowUpStage[]]>([
    ['8 days before: nothing yet', 'OPEN', '2026-06-30', '2026-06-22', policy, []],
    ['7 days before: reminder', 'OPEN', '2026-06-30', '2026-06-23', policy, ['PENGINGAT']],
    ['on the due date: still the reminder', 'OPEN', '2026-06-30', '2026-06-30', policy, ['PENGINGAT']],
    ['the first overdue day: escalation', 'OPEN', '2026-06-30', '2026-07-01', policy, ['ESKALASI']],
    ['returned and overdue: escalation', 'RETURNED', '2026-06-30', '2026-08-01', policy, ['ESKALASI']],
    ['waiting for verification: no reminder', 'SUBMITTED', '2026-06-30', '2026-06-29', policy, []],
    [
      'waiting for the head of office: no escalation',
      'CANNOT_FOLLOW_UP_PENDING',
      '2026-06-30',
      '2026-07-10',
      policy,
      [],
    ],
    ['closed: nothing', 'CLOSED', '2026-06-30', '2026-07-10', policy, []],
    [
      'escalation 3 days after: a gap after the due date',
      'OPEN',
      '2026-06-30',
      '2026-07-02',
      { reminderDaysBefore: 7, escalateAfterDaysOverdue: 3 },
      [],
    ],
    [
      'escalation 3 days after: on the 4th day',
      'OPEN',
      '2026-06-30',
      '2026-07-04',
      { reminderDaysBefore: 7, escalateAfterDaysOverdue: 3 },
      ['ESKALASI'],
    ],
    [
      'reminder 0 days before: only on the due date',
      'OPEN',
      '2026-06-30',
      '2026-06-29',
      { reminderDaysBefore: 0, escalateAfterDaysOverdue: 0 },
      [],
    ],
    ['across a year end', 'OPEN', '2027-01-03', '2026-12-28', policy, ['PENGINGAT']],
  ])('%s', (_, status, dueDate, today, p, stages) => {
    expect(dueFollowUpStages({ status, dueDate, today, policy: p })).toEqual(stages);
  });

  it('keys a stage by its due date, so a moved due date reminds again', () => {
    expect(followUpStageKey('PENGINGAT', '2026-06-30')).toBe('PENGINGAT:2026-06-30');
    expect(followUpStageKey('PENGINGAT', '2026-07-31')).not.toBe(followUpStageKey('PENGINGAT', '2026-06-30'));
  });

  it.each([
    ['2026-06-30', '2026-06-23', 7],
    ['2026-06-30', '2026-06-30', 0],
    ['2026-06-30', '2026-07-02', -2],
    ['2024-03-01', '2024-02-28', 2],
  ])('daysUntilDue(%s, %s) = %s', (due, today, days) => {
    expect(daysUntilDue(due, today)).toBe(days);
  });
});

describe('validateOversightFollowUpPolicy', () => {
  it('accepts the defaults', () => {
    expect(validateOversightFollowUpPolicy(DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY)).toEqual([]);
  });
  it.each([
    [{ reminderDaysBefore: -1, escalateAfterDaysOverdue: 0 }, /Pengingat/],
    [{ reminderDaysBefore: 1.5, escalateAfterDaysOverdue: 0 }, /Pengingat/],
    [{ reminderDaysBefore: 91, escalateAfterDaysOverdue: 0 }, /paling banyak 90/],
    [{ reminderDaysBefore: 7, escalateAfterDaysOverdue: -3 }, /Eskalasi/],
    [{ reminderDaysBefore: 7, escalateAfterDaysOverdue: 100 }, /Eskalasi.*90/],
  ])('refuses %j', (policy, message) => {
    const problems = validateOversightFollowUpPolicy(policy);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});

describe('followUpRate: persentase tindak lanjut', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [4, 0, 0],
    [4, 4, 100],
    [3, 2, 66.7],
    [8, 1, 12.5],
  ])('%s due, %s done → %s', (due, done, rate) => {
    expect(followUpRate({ due, done })).toBe(rate);
  });
  it('refuses more done than due', () => {
    expect(() => followUpRate({ due: 1, done: 2 })).toThrow(RangeError);
  });
});
