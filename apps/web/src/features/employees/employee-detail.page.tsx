import { Anchor, Button, Grid, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { notify } from '../../app/notify';
import type { EmployeeDetail } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { ConfirmModal } from '../../components/confirm-modal';
import { ErrorState } from '../../components/error-state';
import { FieldsList } from '../../components/fields-list';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { DeactivateModal } from './deactivate-modal';
import { displayNip } from './nip';
import { TransferModal } from './transfer-modal';
import { useEmployee, useSetEmployeeActive } from './use-employees';
import { StatusBadge } from '../../components/status-badge';

export function EmployeeDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe();
  const employee = useEmployee(Number(id) || null);

  if (employee.isSuccess)
    return <EmployeeDetailView employee={employee.data} canEdit={me.capabilities.org.manage} />;
  return (
    <>
      <PageHeader title={t('employees.detailTitle')} />
      {employee.isError ? (
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      ) : (
        <LoadingState lines={10} />
      )}
    </>
  );
}

type ViewProps = { employee: EmployeeDetail; canEdit: boolean };

function EmployeeDetailView({ employee, canEdit }: ViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [transferOpen, setTransferOpen] = useState(false);
  const [deactivateOpen, setDeactivateOpen] = useState(false);
  const [activateOpen, setActivateOpen] = useState(false);
  const setActive = useSetEmployeeActive(employee.id);

  return (
    <>
      <PageHeader
        title={employee.fullName}
        description={
          <>
            {t('employees.fields.nip')} {displayNip(employee.nip)} ·{' '}
            <StatusBadge tone={employee.isActive ? 'positive' : 'neutral'} size="sm">
              {employee.isActive ? t('common.active') : t('common.inactive')}
            </StatusBadge>
          </>
        }
        actions={
          canEdit && (
            <>
              <Button component={Link} to={`/employees/${employee.id}/edit`} variant="default">
                {t('common.edit')}
              </Button>
              {employee.isActive && (
                <Button variant="default" onClick={() => setTransferOpen(true)}>
                  {t('employees.transfer.open')}
                </Button>
              )}
              {employee.isActive ? (
                <Button color="red" variant="outline" onClick={() => setDeactivateOpen(true)}>
                  {t('employees.deactivate.open')}
                </Button>
              ) : (
                <Button variant="outline" onClick={() => setActivateOpen(true)}>
                  {t('employees.activate.open')}
                </Button>
              )}
            </>
          )
        }
      />
      <EmployeeSummary employee={employee} language={language} linkSuperior />

      {canEdit && (
        <>
          <TransferModal opened={transferOpen} onClose={() => setTransferOpen(false)} employee={employee} />
          <DeactivateModal
            opened={deactivateOpen}
            onClose={() => setDeactivateOpen(false)}
            employee={employee}
          />
          <ConfirmModal
            opened={activateOpen}
            onClose={() => setActivateOpen(false)}
            title={t('employees.activate.title')}
            message={t('employees.activate.message', { name: employee.fullName })}
            confirmLabel={t('employees.activate.confirm')}
            loading={setActive.isPending}
            error={setActive.error}
            onConfirm={() =>
              setActive.mutate(
                { active: true },
                {
                  onSuccess: () => {
                    notify(t('employees.activate.done'));
                    setActivateOpen(false);
                  },
                },
              )
            }
          />
        </>
      )}
    </>
  );
}

/** Data, superior and position history of one employee (also used by the profile page). */
export function EmployeeSummary(props: {
  employee: EmployeeDetail;
  language: 'id' | 'en';
  /** Link the superior to their page only for users who may open employee pages. */
  linkSuperior: boolean;
}) {
  const { employee, language, linkSuperior } = props;
  const { t } = useTranslation();
  const history = [...employee.history].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Title order={2} fz="h4" mb="sm">
              {t('employees.sections.data')}
            </Title>
            <FieldsList
              items={[
                { label: t('employees.fields.nip'), value: displayNip(employee.nip) },
                { label: t('employees.fields.fullName'), value: employee.fullName },
                { label: t('employees.fields.kind'), value: employee.kind },
                { label: t('employees.fields.gender'), value: t(`employees.genders.${employee.gender}`) },
                { label: t('employees.fields.birthDate'), value: formatDate(employee.birthDate, language) },
                {
                  label: t('employees.fields.golongan'),
                  value: [employee.golongan, employee.pangkat].filter(Boolean).join(' — ') || '—',
                },
                { label: t('employees.fields.email'), value: employee.email ?? '—' },
                { label: t('employees.fields.phone'), value: employee.phone ?? '—' },
              ]}
            />
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} fz="h4" mb="sm">
              {t('employees.sections.position')}
            </Title>
            <FieldsList
              items={[
                {
                  label: t('employees.fields.position'),
                  value: employee.position?.name ?? t('employees.noPosition'),
                },
                {
                  label: t('employees.fields.category'),
                  value: employee.position ? t(`org.categories.${employee.position.category}`) : '—',
                },
                { label: t('employees.fields.unit'), value: employee.position?.unitName ?? '—' },
                {
                  label: t('employees.fields.superior'),
                  value: employee.superior ? (
                    <>
                      {linkSuperior ? (
                        <Anchor component={Link} to={`/employees/${employee.superior.employeeId}`} size="sm">
                          {employee.superior.fullName}
                        </Anchor>
                      ) : (
                        <Text size="sm">{employee.superior.fullName}</Text>
                      )}
                      <Text size="xs" c="dimmed">
                        {employee.superior.positionName}
                      </Text>
                    </>
                  ) : (
                    t('employees.noSuperior')
                  ),
                },
              ]}
            />
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md">
          <Title order={2} fz="h4" mb="md">
            {t('employees.sections.history')}
          </Title>
          {history.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('employees.historyEmpty')}
            </Text>
          ) : (
            <Timeline
              active={history.findIndex((entry) => entry.endDate === null)}
              bulletSize={16}
              lineWidth={2}
            >
              {history.map((entry) => (
                <Timeline.Item key={entry.id} title={entry.positionName}>
                  <Text size="sm">{entry.unitName}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(entry.startDate, language)} –{' '}
                    {entry.endDate ? formatDate(entry.endDate, language) : t('employees.now')}
                  </Text>
                  {entry.reason && (
                    <Text size="xs" c="dimmed">
                      {t('employees.reason')}: {entry.reason}
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
