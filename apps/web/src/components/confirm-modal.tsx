import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../app/errors';
import { AppModal } from './app-modal';

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading?: boolean;
  error?: unknown;
  danger?: boolean;
  /** Fields the action needs (e.g. a required reason), shown under the message. */
  children?: ReactNode;
};

/** Asks before an action that cannot be undone silently. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { opened, title, message, confirmLabel, onConfirm, onClose, loading, error, danger, children } =
    props;
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <AppModal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        {/* A message with fields (a reason to give) is a div: a paragraph cannot hold a form control. */}
        <Text size="sm" component={typeof message === 'string' ? 'p' : 'div'}>
          {message}
        </Text>
        {children}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {describe(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={danger ? 'red.9' : undefined} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
