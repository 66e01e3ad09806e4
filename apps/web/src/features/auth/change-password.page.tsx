import { Alert, Button, List, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notify } from '../../app/notify';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api';
import { fetchSession, SESSION_KEY, useMe } from '../../app/auth/use-session';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { checkNewPassword, loadPasswordPolicy, type PasswordPolicy } from './password-rules';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // The shared policy with its strength estimator, fetched when this page opens (not in the main bundle).
  const policy = useQuery({
    queryKey: ['password-policy'],
    queryFn: loadPasswordPolicy,
    staleTime: Infinity,
    structuralSharing: false,
  });
  const loaded: PasswordPolicy | null = policy.data ?? null;

  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('auth.password.currentRequired')),
      newPassword: (value) => {
        const problem = checkNewPassword(loaded, value, me);
        return problem ? t(`auth.password.problems.${problem}`) : null;
      },
      confirmPassword: (value, values) => (value === values.newPassword ? null : t('auth.password.mismatch')),
    },
  });

  const change = useMutation({
    mutationFn: (values: Values) =>
      api.post<void>(
        '/auth/password',
        { currentPassword: values.currentPassword, newPassword: values.newPassword },
        { allowUnauthorized: true },
      ),
    onSuccess: async () => {
      notify(t('auth.password.success'));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate('/', { replace: true });
    },
    onError: async (error) => {
      if (!isApiError(error)) return;
      if (error.status === 401) {
        // 401 here is either a wrong current password or an expired session: ask who we are.
        const session = await fetchSession().catch(() => null);
        if (!session) {
          queryClient.setQueryData(SESSION_KEY, null);
          return;
        }
        form.setFieldError('currentPassword', t('auth.password.currentWrong'));
        return;
      }
      form.setErrors(error.fieldErrors());
    },
  });

  const showGeneralError =
    change.isError &&
    !(isApiError(change.error) && (change.error.status === 401 || change.error.details.length > 0));

  return (
    <Stack maw={520}>
      <PageHeader title={t('auth.password.title')} />
      {me.mustChangePassword && (
        <Alert color="yellow" variant="light" title={t('auth.password.mustChangeTitle')}>
          {t('auth.password.mustChange')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
          <Stack>
            <div>
              <Text size="sm" fw={700}>
                {t('auth.password.rulesTitle')}
              </Text>
              <List size="sm">
                <List.Item>{t('auth.password.rules.length')}</List.Item>
                <List.Item>{t('auth.password.rules.notUsername')}</List.Item>
                <List.Item>{t('auth.password.rules.notCommon')}</List.Item>
                <List.Item>{t('auth.password.rules.strong')}</List.Item>
              </List>
            </div>
            {showGeneralError && <FormError error={change.error} />}
            <PasswordInput
              label={t('auth.password.current')}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('auth.toggleVisibility') }}
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('auth.password.new')}
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('auth.toggleVisibility') }}
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label={t('auth.password.confirm')}
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('auth.toggleVisibility') }}
              {...form.getInputProps('confirmPassword')}
            />
            <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('auth.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
