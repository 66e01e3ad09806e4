import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import type { EmployeeDetail } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { todayInWib } from '../../app/format';
import { FormError } from '../../components/form-error';
import { PositionSelect } from '../org/position-select';
import { useTransferEmployee } from './use-employees';
import { AppModal } from '../../components/app-modal';

type TransferModalProps = { opened: boolean; onClose: () => void; employee: EmployeeDetail };

/** Moves an employee to another position from an effective date; the history keeps the old one. */
export function TransferModal({ opened, onClose, employee }: TransferModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('employees.transfer.title', { name: employee.fullName })}
    >
      {opened && <TransferForm employee={employee} onDone={onClose} />}
    </AppModal>
  );
}

type Values = { positionId: number | null; effectiveDate: string; reason: string };

function TransferForm({ employee, onDone }: { employee: EmployeeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const transfer = useTransferEmployee(employee.id);
  const form = useForm<Values>({
    initialValues: { positionId: null, effectiveDate: todayInWib(), reason: '' },
    validate: {
      positionId: (value) => (value ? null : t('validation.required')),
      effectiveDate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.date')),
      reason: (value) => (value.trim() ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    if (!values.positionId) return;
    transfer.mutate(
      { positionId: values.positionId, effectiveDate: values.effectiveDate, reason: values.reason.trim() },
      {
        onSuccess: () => {
          notify(t('employees.transfer.done', { name: employee.fullName }));
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {t('employees.transfer.current')}:{' '}
          <strong>{employee.position?.name ?? t('employees.noPosition')}</strong>
          {employee.position ? ` — ${employee.position.unitName}` : ''}
        </Text>
        <FormError error={transfer.error} />
        <PositionSelect
          label={t('employees.transfer.position')}
          description={t('employees.transfer.positionHint')}
          value={form.values.positionId}
          onChange={(value) => form.setFieldValue('positionId', value)}
          error={form.errors.positionId}
          excludeId={employee.position?.id}
          vacantOnly
          required
        />
        <TextInput
          type="date"
          label={t('employees.transfer.effectiveDate')}
          required
          {...form.getInputProps('effectiveDate')}
        />
        <Textarea
          label={t('employees.transfer.reason')}
          required
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={transfer.isPending}>
            {t('employees.transfer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
