import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORUM_AUTO_HIDE_REPORTS,
  nextPostModerationState,
  shouldAutoHidePost,
  type ForumModerationAction,
  type ForumPostModerationState,
} from './forum-moderation';

describe('shouldAutoHidePost (auto-hide after 3 reports pending review)', () => {
  it('defaults to 3 reporters', () => {
    expect(DEFAULT_FORUM_AUTO_HIDE_REPORTS).toBe(3);
  });

  it.each<['VISIBLE' | 'HIDDEN', number, number | undefined, boolean]>([
    ['VISIBLE', 0, undefined, false],
    ['VISIBLE', 2, undefined, false],
    ['VISIBLE', 3, undefined, true],
    ['VISIBLE', 4, undefined, true],
    ['HIDDEN', 5, undefined, false],
    ['VISIBLE', 1, 1, true],
    ['VISIBLE', 4, 5, false],
    ['VISIBLE', 5, 5, true],
  ])(
    '%s post with %i pending reporters, threshold %s → hide %s',
    (visibility, count, threshold, expected) => {
      expect(shouldAutoHidePost({ visibility, pendingReporterCount: count, threshold })).toBe(expected);
    },
  );
});

describe('nextPostModerationState (restore, hide, delete-as-hidden, warn)', () => {
  it.each<[ForumPostModerationState, ForumModerationAction, ForumPostModerationState | null]>([
    ['AUTO_HIDDEN', 'RESTORE', 'VISIBLE'],
    ['HIDDEN', 'RESTORE', 'VISIBLE'],
    ['VISIBLE', 'RESTORE', null],
    ['DELETED', 'RESTORE', null],
    ['VISIBLE', 'HIDE', 'HIDDEN'],
    ['AUTO_HIDDEN', 'HIDE', 'HIDDEN'],
    ['HIDDEN', 'HIDE', null],
    ['DELETED', 'HIDE', null],
    ['VISIBLE', 'DELETE', 'DELETED'],
    ['AUTO_HIDDEN', 'DELETE', 'DELETED'],
    ['HIDDEN', 'DELETE', 'DELETED'],
    ['DELETED', 'DELETE', null],
    ['VISIBLE', 'WARN', 'VISIBLE'],
    ['AUTO_HIDDEN', 'WARN', 'AUTO_HIDDEN'],
    ['HIDDEN', 'WARN', 'HIDDEN'],
    ['DELETED', 'WARN', null],
  ])('%s + %s → %s', (state, action, expected) => {
    expect(nextPostModerationState(state, action)).toBe(expected);
  });
});
