import { Badge, Text } from '@mantine/core';
import type { ForumAuthor, ForumPolicyStatusValue } from '@sim/contracts';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<ForumPolicyStatusValue, string> = { DRAFT: 'gray', OPEN: 'green', CLOSED: 'dark' };

export function PolicyStatusBadge({ status }: { status: ForumPolicyStatusValue }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`forum.status.${status}`)}
    </Badge>
  );
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
        <Badge ml={6} size="xs" variant="outline">
          {t('forum.thread.anonymous')}
        </Badge>
      ) : null}
    </Text>
  );
}
