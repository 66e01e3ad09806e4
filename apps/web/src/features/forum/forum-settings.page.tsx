import { Button, Card, Group, NumberInput, Stack } from '@mantine/core';
import type { ForumSettings } from '@sim/contracts';
import {
  FORUM_AUTO_HIDE_REPORTS_MAX,
  FORUM_AUTO_HIDE_REPORTS_MIN,
  FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
  FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
} from '@sim/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { notify } from '../../app/notify';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useForumSettings, useUpdateForumSettings } from './use-forum-moderation';

const FIELDS = [
  { key: 'autoHideReports', min: FORUM_AUTO_HIDE_REPORTS_MIN, max: FORUM_AUTO_HIDE_REPORTS_MAX },
  {
    key: 'responseDueSoonDays',
    min: FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
    max: FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
  },
  { key: 'digestHourWib', min: 0, max: 23 },
] as const satisfies readonly { key: keyof ForumSettings; min: number; max: number }[];

/**
 * The forum settings (issue 13; oversight-and-forum.md marks them agency decisions): the auto-hide threshold, the
 * "due soon" days of the official response and the digest hour. The server checks the ranges and who may save
 * (the Pimpinan and the HR administrator) and audit-logs every change; its messages show on the fields.
 */
export function ForumSettingsPage() {
  const { t } = useTranslation();
  const settings = useForumSettings();
  const save = useUpdateForumSettings();
  const [draft, setDraft] = useState<ForumSettings | null>(null);
  useEffect(() => {
    if (settings.data) setDraft(settings.data);
  }, [settings.data]);
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors() : {};
  return (
    <>
      <PageHeader
        title={t('forumModeration.settings.title')}
        description={t('forumModeration.settings.description')}
      />
      {settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !draft ? (
        <LoadingState lines={3} />
      ) : (
        <Card withBorder maw={560}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate(draft, { onSuccess: () => notify(t('forumModeration.settings.saved')) });
            }}
          >
            <Stack>
              {FIELDS.map((f) => (
                <NumberInput
                  key={f.key}
                  label={t(`forumModeration.settings.${f.key}`)}
                  description={t(`forumModeration.settings.${f.key}Hint`)}
                  required
                  allowDecimal={false}
                  min={f.min}
                  max={f.max}
                  value={draft[f.key]}
                  // An emptied field is sent as it is, so the server names the field instead of a silent default.
                  onChange={(v) => setDraft({ ...draft, [f.key]: typeof v === 'number' ? v : Number.NaN })}
                  error={fieldErrors[f.key]}
                />
              ))}
              <FormError error={save.error} />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
    </>
  );
}
