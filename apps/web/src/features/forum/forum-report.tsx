import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { FORUM_REPORT_REASONS, type ForumPost, type ForumReportInput } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { notify } from '../../app/notify';
import { AppModal } from '../../components/app-modal';
import { FormError } from '../../components/form-error';
import { useReportPost } from './use-forum-moderation';

/**
 * "Laporkan" on a post: a reason and an optional note for the moderators. Offered on posts others wrote that are
 * shown (the server refuses one's own post and a second pending report, and answers with the message to show).
 */
export function ReportPostButton({ post }: { post: ForumPost }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (post.isMine || post.visibility !== 'VISIBLE') return null;
  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)}>
        {t('forumModeration.report.action')}
      </Button>
      {open && <ReportModal postId={post.id} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReportModal({ postId, onClose }: { postId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportPost(postId);
  const [reason, setReason] = useState<ForumReportInput['reason'] | null>(null);
  const [note, setNote] = useState('');
  const fieldErrors = isApiError(report.error) ? report.error.fieldErrors() : {};
  return (
    <AppModal opened onClose={onClose} title={t('forumModeration.report.title')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason) return;
          report.mutate(
            { reason, note: note.trim() ? note : undefined },
            {
              onSuccess: () => {
                notify(t('forumModeration.report.done'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('forumModeration.report.hint')}</Text>
          <Select
            label={t('forumModeration.report.reason')}
            required
            value={reason}
            onChange={(v) => setReason(v as ForumReportInput['reason'] | null)}
            data={FORUM_REPORT_REASONS.map((r) => ({ value: r, label: t(`forumModeration.reasons.${r}`) }))}
            error={fieldErrors.reason}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
          <Textarea
            label={t('forumModeration.report.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldErrors.note}
            autosize
            minRows={2}
            maxLength={500}
          />
          <FormError error={report.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!reason} loading={report.isPending}>
              {t('forumModeration.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
