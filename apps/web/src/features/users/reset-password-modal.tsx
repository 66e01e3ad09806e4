import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { UserSummary } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/confirm-modal';
import { useResetPassword } from './use-users';
import { AppModal } from '../../components/app-modal';

type ResetPasswordModalProps = { user: UserSummary | null; onClose: () => void };

/** Confirms, resets, then shows the temporary password exactly once; closing forgets it. */
export function ResetPasswordModal({ user, onClose }: ResetPasswordModalProps) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const close = () => {
    reset.reset();
    onClose();
  };

  if (reset.data && user) {
    return (
      <AppModal opened onClose={close} title={t('users.reset.resultTitle')} closeOnClickOutside={false}>
        <Stack>
          <Text size="sm">
            {t('users.reset.resultMessage', { name: user.displayName, username: user.username })}
          </Text>
          <Text size="sm" fw={600} id="temporary-password-label">
            {t('users.reset.password')}
          </Text>
          <Group gap="sm" wrap="nowrap" role="group" aria-labelledby="temporary-password-label">
            <Code
              fz="lg"
              p="sm"
              style={{ userSelect: 'all', overflowWrap: 'anywhere' }}
              data-testid="temporary-password"
            >
              {reset.data.temporaryPassword}
            </Code>
            <CopyButton value={reset.data.temporaryPassword}>
              {({ copied, copy }) => (
                <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
                  {copied ? t('users.reset.copied') : t('users.reset.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="yellow" variant="light">
            {t('users.reset.onceWarning')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      </AppModal>
    );
  }

  return (
    <ConfirmModal
      opened={user !== null}
      onClose={close}
      title={t('users.reset.title')}
      message={t('users.reset.message', { name: user?.displayName ?? '' })}
      confirmLabel={t('users.reset.confirm')}
      loading={reset.isPending}
      error={reset.error}
      danger
      onConfirm={() => user && reset.mutate(user.id)}
    />
  );
}
