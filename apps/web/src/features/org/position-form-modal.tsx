import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import { POSITION_CATEGORIES, type Position } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { FormError } from '../../components/form-error';
import { PositionSelect } from './position-select';
import { UnitSelect } from './unit-select';
import { useSavePosition, type PositionValues } from './use-org';
import { AppModal } from '../../components/app-modal';

type PositionFormModalProps = {
  opened: boolean;
  onClose: () => void;
  position?: Position;
  defaultUnitId?: number | null;
};

export function PositionFormModal({
  opened,
  onClose,
  position,
  defaultUnitId = null,
}: PositionFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={position ? t('org.positions.editTitle') : t('org.positions.createTitle')}
    >
      {opened && <PositionForm position={position} defaultUnitId={defaultUnitId} onDone={onClose} />}
    </AppModal>
  );
}

type FormValues = Omit<PositionValues, 'unitId'> & { unitId: number | null };

function PositionForm(props: { position?: Position; defaultUnitId: number | null; onDone: () => void }) {
  const { position, defaultUnitId, onDone } = props;
  const { t } = useTranslation();
  const save = useSavePosition();
  const form = useForm<FormValues>({
    initialValues: {
      name: position?.name ?? '',
      category: position?.category ?? 'PELAKSANA',
      unitId: position?.unitId ?? defaultUnitId,
      superiorPositionId: position?.superiorPositionId ?? null,
      isActive: position?.isActive ?? true,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      unitId: (value) => (value ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    if (!values.unitId) return;
    const body: PositionValues = {
      name: values.name.trim(),
      category: values.category,
      unitId: values.unitId,
      superiorPositionId: values.superiorPositionId,
      ...(position ? { isActive: values.isActive } : {}),
    };
    save.mutate(
      { id: position?.id, values: body },
      {
        onSuccess: (saved) => {
          notify(t('org.positions.saved', { name: saved.name }));
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  });

  const superiorInitial =
    position?.superiorPositionId && position.superiorPositionName
      ? { id: position.superiorPositionId, label: position.superiorPositionName }
      : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError error={save.error} />
        <TextInput label={t('org.positions.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('org.positions.category')}
          required
          allowDeselect={false}
          data={POSITION_CATEGORIES.map((category) => ({
            value: category,
            label: t(`org.categories.${category}`),
          }))}
          {...form.getInputProps('category')}
        />
        <UnitSelect
          label={t('org.positions.unit')}
          required
          value={form.values.unitId}
          onChange={(value) => form.setFieldValue('unitId', value)}
          error={form.errors.unitId}
        />
        <PositionSelect
          label={t('org.positions.superior')}
          description={t('org.positions.superiorHint')}
          value={form.values.superiorPositionId}
          initialOption={superiorInitial}
          excludeId={position?.id}
          onChange={(value) => form.setFieldValue('superiorPositionId', value)}
          error={form.errors.superiorPositionId}
          clearable
        />
        {position && (
          <Switch
            label={t('org.positions.active')}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
