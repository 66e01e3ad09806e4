import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { notify } from '../../app/notify';
import { ROLES, type Role, type UserSummary } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/form-error';
import { useSetRoles } from './use-users';
import { AppModal } from '../../components/app-modal';

type RolesModalProps = { user: UserSummary | null; onClose: () => void };

export function RolesModal({ user, onClose }: RolesModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={t('users.roles.title', { name: user?.displayName ?? '' })}
    >
      {user && <RolesForm user={user} onDone={onClose} />}
    </AppModal>
  );
}

function RolesForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const save = useSetRoles();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = ROLES.filter((role) => roles.includes(role)) as Role[];
    save.mutate(
      { id: user.id, roles: chosen },
      {
        onSuccess: () => {
          notify(t('users.roles.saved', { name: user.displayName }));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <FormError error={save.error} />
        <Checkbox.Group
          label={t('users.roles.label')}
          description={t('users.roles.hint')}
          value={roles}
          onChange={setRoles}
        >
          <Stack gap="xs" mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
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
