import { Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import { UNIT_TYPES, type OrgUnit } from '@sim/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { FormError } from '../../components/form-error';
import { descendantIds, type UnitNode } from './unit-tree';
import { UnitSelect } from './unit-select';
import { useSaveUnit, type UnitValues } from './use-org';
import { AppModal } from '../../components/app-modal';

type UnitFormModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The unit being edited; absent to create one. */
  unit?: UnitNode;
  defaultParentId?: number | null;
};

const KEMENDAGRI_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function UnitFormModal({ opened, onClose, unit, defaultParentId = null }: UnitFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={unit ? t('org.units.editTitle') : t('org.units.createTitle')}
    >
      {opened && <UnitForm unit={unit} defaultParentId={defaultParentId} onDone={onClose} />}
    </AppModal>
  );
}

function UnitForm({
  unit,
  defaultParentId,
  onDone,
}: {
  unit?: UnitNode;
  defaultParentId: number | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveUnit();
  const excluded = useMemo(() => (unit ? descendantIds(unit) : undefined), [unit]);
  const form = useForm<UnitValues>({
    initialValues: {
      parentId: unit ? unit.parentId : defaultParentId,
      name: unit?.name ?? '',
      type: unit?.type ?? 'SEKSI',
      kemendagriCode: unit?.kemendagriCode ?? '',
      isActive: unit?.isActive ?? true,
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      kemendagriCode: (value) =>
        !value || KEMENDAGRI_CODE.test(value.trim()) ? null : t('org.units.codeInvalid'),
    },
  });

  const submit = form.onSubmit((values) => {
    const body: UnitValues = {
      parentId: values.parentId,
      name: values.name.trim(),
      type: values.type,
      kemendagriCode: values.kemendagriCode?.trim() || null,
      ...(unit ? { isActive: values.isActive } : {}),
    };
    save.mutate(
      { id: unit?.id, values: body },
      {
        onSuccess: (saved: OrgUnit) => {
          notify(t('org.units.saved', { name: saved.name }));
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
        <FormError error={save.error} />
        <TextInput label={t('org.units.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('org.units.type')}
          required
          allowDeselect={false}
          data={UNIT_TYPES.map((type) => ({ value: type, label: t(`org.unitTypes.${type}`) }))}
          {...form.getInputProps('type')}
        />
        <TextInput
          label={t('org.units.code')}
          description={t('org.units.codeHint')}
          inputMode="decimal"
          {...form.getInputProps('kemendagriCode')}
          value={form.values.kemendagriCode ?? ''}
        />
        <UnitSelect
          label={t('org.units.parent')}
          description={t('org.units.parentHint')}
          value={form.values.parentId}
          onChange={(value) => form.setFieldValue('parentId', value)}
          error={form.errors.parentId}
          exclude={excluded}
          clearable
        />
        {unit && (
          <Switch label={t('org.units.active')} {...form.getInputProps('isActive', { type: 'checkbox' })} />
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
