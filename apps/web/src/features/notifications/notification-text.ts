import type { Notification } from '@sim/contracts';
import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatNumber, formatYearMonth, type Language } from '../../app/format';

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function oneOf<T extends string>(list: readonly T[], v: unknown, fallback: T): T {
  return list.includes(v as T) ? (v as T) : fallback;
}

/** The notification's sentence in the reader's language, from its kind and parameters (dates shown in WIB). */
export function notificationText(n: Notification, t: TFunction, language: Language): string {
  const p = n.params;
  switch (n.type) {
    case 'COMPLAINT_ASSIGNED':
      return t('notifications.messages.complaintAssigned', { ticket: text(p.ticket) });
    case 'COMPLAINT_DEADLINE': {
      const stage = oneOf(
        ['WARNING', 'BREACH', 'ESCALATION', 'ESCALATION_HEAD'] as const,
        p.stage,
        'WARNING',
      );
      const window = oneOf(
        ['VERIFIKASI', 'TINDAK_LANJUT', 'PENYELESAIAN'] as const,
        p.window,
        'PENYELESAIAN',
      );
      return t(`notifications.messages.complaintDeadline.${stage}`, {
        ticket: text(p.ticket),
        window: t(`notifications.windows.${window}`),
      });
    }
    case 'COMPLAINT_RATED':
      return t('notifications.messages.complaintRated', { ticket: text(p.ticket), score: text(p.score) });
    case 'SKP_APPROVED':
      return t('notifications.messages.skpApproved', { by: text(p.by), year: text(p.year) });
    case 'SKP_RETURNED':
      return t('notifications.messages.skpReturned', {
        by: text(p.by),
        year: text(p.year),
        comment: text(p.comment),
      });
    case 'SKP_FEEDBACK':
      return t('notifications.messages.skpFeedback', { by: text(p.by), year: text(p.year) });
    case 'RECOMMENDATION_ASSIGNED':
      return t('notifications.messages.recommendationAssigned', {
        date: formatDate(text(p.dueDate), language),
      });
    case 'RECOMMENDATION_DEADLINE': {
      const stage = oneOf(['REMINDER', 'ESCALATION', 'ESCALATION_HEAD'] as const, p.stage, 'REMINDER');
      return t(`notifications.messages.recommendationDeadline.${stage}`, {
        title: text(p.title),
        date: formatDate(text(p.dueDate), language),
      });
    }
    case 'TRAINING_ENROLMENT': {
      const status = oneOf(['APPROVED', 'WAITLISTED', 'REJECTED'] as const, p.status, 'APPROVED');
      return t(`notifications.messages.trainingEnrolment.${status}`, { title: text(p.title) });
    }
    case 'TRAINING_REMINDER':
      return t('notifications.messages.trainingReminder', {
        title: text(p.title),
        date: formatDateTime(text(p.startsAt), language),
      });
    case 'TRAINING_JP_TARGET':
      return t('notifications.messages.trainingJpTarget', {
        year: text(p.year),
        jp: text(p.jp),
        target: text(p.target),
      });
    case 'FORUM_MENTION':
      return p.author
        ? t('notifications.messages.forumMention', { author: text(p.author), thread: text(p.thread) })
        : t('notifications.messages.forumMentionAnonymous', { thread: text(p.thread) });
    case 'FORUM_OFFICIAL_RESPONSE':
      return t('notifications.messages.forumOfficialResponse', { policy: text(p.policy) });
    case 'SKM_RESULT':
    case 'SKM_RESULT_LOW': {
      if (typeof p.ikm !== 'number')
        return t('notifications.messages.skmResultNoIkm', { title: text(p.title) });
      return t(`notifications.messages.${n.type === 'SKM_RESULT_LOW' ? 'skmResultLow' : 'skmResult'}`, {
        title: text(p.title),
        ikm: formatNumber(p.ikm, language),
        mutu: text(p.mutu),
      });
    }
    case 'DASHBOARD_MONTHLY_SUMMARY':
      return t('notifications.messages.dashboardMonthlySummary', {
        month: formatYearMonth(text(p.month), language),
      });
    // An anonymous author has no name in the params at all (the server never stores it); the sentence says so.
    case 'FORUM_REPLY':
      return p.author
        ? t('notifications.messages.forumReply', { author: text(p.author), thread: text(p.thread) })
        : t('notifications.messages.forumReplyAnonymous', { thread: text(p.thread) });
    case 'FORUM_POLICY_CLOSED':
      return t('notifications.messages.forumPolicyClosed', { policy: text(p.policy) });
    case 'FORUM_REPORT_REVIEWED': {
      const outcome = oneOf(['UPHELD', 'DISMISSED'] as const, p.outcome, 'UPHELD');
      return t(`notifications.messages.forumReportReviewed.${outcome}`, { thread: text(p.thread) });
    }
    case 'FORUM_POST_MODERATED': {
      const action = oneOf(
        ['HIDE_POST', 'DELETE_POST', 'RESTORE_POST', 'WARN_AUTHOR'] as const,
        p.action,
        'HIDE_POST',
      );
      return t(`notifications.messages.forumPostModerated.${action}`, {
        thread: text(p.thread),
        reason: text(p.reason),
      });
    }
    case 'FORUM_AUTHOR_REVEALED':
      return t('notifications.messages.forumAuthorRevealed', {
        thread: text(p.thread),
        reason: text(p.reason),
      });
  }
}
