import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import type { EmployeeDetail } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { FormError } from '../../components/form-error';
import { useSetEmployeeActive } from './use-employees';
import { AppModal } from '../../components/app-modal';

type DeactivateModalProps = { opened: boolean; onClose: () => void; employee: EmployeeDetail };

/** Confirms deactivation and asks for the reason the audit log keeps. */
export function DeactivateModal({ opened, onClose, employee }: DeactivateModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('employees.deactivate.title')}>
      {opened && <DeactivateForm employee={employee} onDone={onClose} />}
    </AppModal>
  );
}

function DeactivateForm({ employee, onDone }: { employee: EmployeeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const setActive = useSetEmployeeActive(employee.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit(({ reason }) =>
    setActive.mutate(
      { active: false, reason: reason.trim() },
      {
        onSuccess: () => {
          notify(t('employees.deactivate.done', { name: employee.fullName }));
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('employees.deactivate.message', { name: employee.fullName })}</Text>
        <FormError error={setActive.error} />
        <Textarea
          label={t('employees.deactivate.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={setActive.isPending}>
            {t('employees.deactivate.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
