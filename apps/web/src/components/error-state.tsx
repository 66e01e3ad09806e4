import { Alert, Button, Stack, Text, type BoxProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDescribeError } from '../app/errors';
import { PageHeader } from './page-header';

type ErrorStateProps = BoxProps & { error: unknown; onRetry?: () => void; title?: string };

/** A failed load: what went wrong and a retry button. */
export function ErrorState({ error, onRetry, title, ...boxProps }: ErrorStateProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} role="alert" {...boxProps}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describe(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Shown on a page the user's roles do not allow (the page's h1 says so). */
export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.forbiddenTitle')} />
      <Alert color="yellow" variant="light">
        <Text size="sm">{t('errors.forbidden')}</Text>
      </Alert>
    </>
  );
}
