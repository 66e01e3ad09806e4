import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useMe, VIEWER_ROLES } from '../../app/auth/use-session';
import { useLanguage } from '../../app/i18n';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { EmployeeSummary } from '../employees/employee-detail.page';
import { useEmployee } from '../employees/use-employees';
import './profile.i18n';

/** The signed-in user's account and, for employees, their own employee record. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const employee = useEmployee(me.employeeId);

  return (
    <>
      <PageHeader
        title={t('profile.title')}
        actions={
          <Button component={Link} to="/change-password" variant="default">
            {t('nav.changePassword')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="sm">
            {t('profile.account')}
          </Title>
          <FieldsList
            items={[
              { label: t('profile.displayName'), value: me.displayName },
              {
                label: t('profile.username'),
                value: (
                  <Text ff="monospace" size="sm">
                    {me.username}
                  </Text>
                ),
              },
              {
                label: t('profile.roles'),
                value:
                  me.roles.length > 0 ? (
                    <Group gap={4}>
                      {me.roles.map((role) => (
                        <StatusBadge key={role} size="sm" tone="info">
                          {t(`roles.${role}`)}
                        </StatusBadge>
                      ))}
                    </Group>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Paper>
        {me.employeeId === null ? (
          <Text size="sm" c="dimmed">
            {t('profile.noEmployee')}
          </Text>
        ) : employee.isPending ? (
          <LoadingState lines={8} />
        ) : employee.isError ? (
          <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
        ) : (
          <EmployeeSummary
            employee={employee.data}
            language={language}
            linkSuperior={hasAnyRole(me, VIEWER_ROLES)}
          />
        )}
      </Stack>
    </>
  );
}
