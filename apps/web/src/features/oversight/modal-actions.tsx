import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';

/** The foot of an oversight form modal: the save's error, then "Batal" and "Simpan" (busy while it saves). */
export function ModalActions(props: {
  save: { error: unknown; isPending: boolean };
  onCancel: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={props.save.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('oversight.common.cancel')}
        </Button>
        <Button loading={props.save.isPending} onClick={props.onSave}>
          {t('oversight.common.save')}
        </Button>
      </Group>
    </>
  );
}
