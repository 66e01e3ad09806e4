import { Anchor, Card, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { greetingPeriod, hourInWib } from '../../app/format';
import { navItemsFor } from '../../app/layout/nav-items';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { useEmployee } from '../employees/use-employees';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const shortcuts = navItemsFor(me.roles).filter((item) => item.to !== '/');
  const period = greetingPeriod(hourInWib());

  return (
    <>
      <PageHeader
        title={t(`home.greeting.${period}`, { name: me.displayName })}
        description={t('home.intro')}
      />
      <Stack gap="lg">
        {me.employeeId !== null && <MyEmployeeCard employeeId={me.employeeId} />}
        <section aria-labelledby="shortcuts-title">
          <Title order={2} fz="h4" mb="sm" id="shortcuts-title">
            {t('home.shortcutsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {shortcuts.map((item) => (
              <Card key={item.to} withBorder padding="md" component="article">
                <Anchor component={Link} to={item.to} fw={600}>
                  {t(item.label)}
                </Anchor>
                <Text size="sm" c="dimmed" mt={4}>
                  {t(item.description)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}

function MyEmployeeCard({ employeeId }: { employeeId: number }) {
  const { t } = useTranslation();
  const employee = useEmployee(employeeId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-position-title">
      <Title order={2} fz="h4" mb="sm" id="my-position-title">
        {t('home.myPosition')}
      </Title>
      {employee.isPending ? (
        <LoadingState lines={3} />
      ) : employee.isError ? (
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      ) : (
        <FieldsList
          items={[
            {
              label: t('employees.fields.position'),
              value: employee.data.position?.name ?? t('employees.noPosition'),
            },
            { label: t('employees.fields.unit'), value: employee.data.position?.unitName ?? '—' },
            {
              label: t('employees.fields.superior'),
              value: employee.data.superior
                ? `${employee.data.superior.fullName} — ${employee.data.superior.positionName}`
                : t('employees.noSuperior'),
            },
          ]}
        />
      )}
    </Paper>
  );
}
