import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MeBody } from '@sim/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, isApiError } from '../../app/api';
import { useSession, useSetSession } from '../../app/auth/use-session';
import { useDescribeError } from '../../app/errors';
import { LanguageSwitch } from '../../app/layout/language-switch';
import { safeNext } from './safe-next';
import '../../app/styles/staff-styles';

export function LoginPage() {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const session = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));

  useEffect(() => {
    document.title = `${t('auth.login.title')} · ${t('app.name')}`;
  }, [t]);

  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('auth.login.usernameRequired')),
      password: (value) => (value ? null : t('auth.login.passwordRequired')),
    },
  });

  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      api.post<MeBody>(
        '/auth/login',
        { username: values.username.trim(), password: values.password },
        { allowUnauthorized: true },
      ),
    onSuccess: async ({ user }) => {
      setSession(user);
      await navigate(user.mustChangePassword ? '/change-password' : next, { replace: true });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 400) form.setErrors(error.fieldErrors());
      form.setFieldValue('password', '');
    },
  });

  if (session.data)
    return <Navigate to={session.data.mustChangePassword ? '/change-password' : next} replace />;

  function loginErrorMessage(error: unknown): string {
    if (isApiError(error) && error.status === 401) return t('auth.login.invalid');
    if (isApiError(error) && (error.status === 423 || error.status === 429)) {
      return error.message || t('auth.login.locked');
    }
    return describe(error);
  }

  return (
    <Center component="main" mih="100dvh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
            <Stack>
              <div>
                <Text fw={700} c="blue.9">
                  {t('app.name')} · {t('app.unit')}
                </Text>
                <Title order={1} fz="h2">
                  {t('auth.login.title')}
                </Title>
              </div>
              {login.isError && (
                <Alert color="red" variant="light" role="alert">
                  {loginErrorMessage(login.error)}
                </Alert>
              )}
              <TextInput
                label={t('auth.login.username')}
                description={t('auth.login.usernameHint')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('auth.login.password')}
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('auth.toggleVisibility') }}
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={login.isPending} fullWidth>
                {t('auth.login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        {/* Citizens who open the address land here: point them to what they can do without an account. */}
        <Paper withBorder p="md" radius="md" component="nav" aria-labelledby="public-links-title">
          <Text id="public-links-title" fw={600} mb="xs">
            {t('auth.login.publicTitle')}
          </Text>
          <Stack gap={4}>
            <Anchor component={Link} to="/pengaduan">
              {t('auth.login.publicComplaint')}
            </Anchor>
            <Anchor component={Link} to="/transparansi/skm">
              {t('auth.login.publicSkm')}
            </Anchor>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
