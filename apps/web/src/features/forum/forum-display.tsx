import { Text } from '@mantine/core';
import type { ForumAuthor, ForumOfficialResponseState, ForumPolicyStatusValue } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/status-badge';

const STATUS_TONE: Record<ForumPolicyStatusValue, Tone> = {
  DRAFT: 'neutral',
  OPEN: 'positive',
  CLOSED: 'info',
};

/** The policy's status on the shared StatusBadge, whose colours keep WCAG AA contrast. */
export function PolicyStatusBadge({ status }: { status: ForumPolicyStatusValue }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATUS_TONE[status]}>{t(`forum.status.${status}`)}</StatusBadge>;
}

const STATE_TONE: Record<ForumOfficialResponseState, Tone> = {
  NOT_NEEDED: 'neutral',
  PUBLISHED: 'positive',
  LATE: 'attention',
  MISSING: 'info',
  DUE_SOON: 'attention',
  MISSING_OVERDUE: 'danger',
};

/** Where the official response of a policy stands (published, late, due soon, missing, overdue). */
export function ResponseStateBadge({ state }: { state: ForumOfficialResponseState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={STATE_TONE[state]}>{t(`forum.response.states.${state}`)}</StatusBadge>;
}

/** Who wrote it, as the server let the viewer know: a name, "Anonim", or "Anonim (tanggapan Anda)". */
export function AuthorName(props: { author: ForumAuthor | null; isAnonymous: boolean; isMine?: boolean }) {
  const { t } = useTranslation();
  const { author, isAnonymous, isMine } = props;
  if (isAnonymous && isMine)
    return (
      <Text span fw={600}>
        {t('forum.thread.anonymousMine')}
      </Text>
    );
  if (!author)
    return (
      <Text span fw={600} c="dimmed">
        {t('forum.thread.anonymous')}
      </Text>
    );
  return (
    <Text span fw={600}>
      {author.name}
      {author.unitName ? (
        <Text span c="dimmed" fw={400}>
          {' '}
          · {author.unitName}
        </Text>
      ) : null}
      {isAnonymous ? (
        <StatusBadge tone="info" ml={6} size="xs">
          {t('forum.thread.anonymous')}
        </StatusBadge>
      ) : null}
    </Text>
  );
}
