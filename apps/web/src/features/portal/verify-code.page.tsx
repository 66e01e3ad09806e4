import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PublicLayout } from './public-layout';
import '../performance/performance.i18n';

/** Same pattern as the API's verification code (contracts `verifyParams`): capitals, digits and dashes. */
const CODE = /^[A-Z0-9-]{6,40}$/;

/** `/verifikasi` without a code: a reader of a printed document types the code printed under its QR. */
export function VerifyCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('performance.verify.title');
  }, [t]);
  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h3">
          {t('performance.verify.title')}
        </Title>
        <Text size="sm">{t('performance.verify.intro')}</Text>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const normalised = code.trim().toUpperCase().replace(/\s+/g, '');
            if (!CODE.test(normalised)) return setError(t('performance.verify.codeInvalid'));
            void navigate(`/verifikasi/${encodeURIComponent(normalised)}`);
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('performance.verify.code')}
              description={t('performance.verify.codeHint')}
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
            />
            <Button type="submit">{t('performance.verify.check')}</Button>
          </Stack>
        </form>
      </Stack>
    </PublicLayout>
  );
}
