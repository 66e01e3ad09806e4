import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYearMonth, todayInWib } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { parseNip } from './nip';

/** What the NIP says (birth date, gender, TMT), decoded live as the user types. */
export function NipPreview({ nip }: { nip: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const digits = nip.replace(/[\s.]/g, '');
  const parsed = digits.length > 0 ? parseNip(nip, todayInWib()) : null;

  return (
    <div aria-live="polite">
      {parsed === null ? null : parsed.ok ? (
        <Alert color="blue" variant="light" title={t('employees.nipPreview.title')} p="sm">
          <Group gap="lg">
            <Text size="sm">
              {t('employees.fields.birthDate')}:{' '}
              <strong>{formatDate(parsed.value.birthDate, language)}</strong>
            </Text>
            <Text size="sm">
              {t('employees.fields.gender')}: <strong>{t(`employees.genders.${parsed.value.gender}`)}</strong>
            </Text>
            <Text size="sm">
              {t('employees.nipPreview.tmt')}:{' '}
              <strong>
                {/* A PPPK NIP holds only the TMT year. */}
                {parsed.value.kind === 'PPPK'
                  ? parsed.value.tmt.slice(0, 4)
                  : formatYearMonth(parsed.value.tmt, language)}
              </strong>
            </Text>
            <Text size="sm">
              {t('employees.fields.kind')}: <strong>{parsed.value.kind}</strong>
            </Text>
          </Group>
        </Alert>
      ) : digits.length >= 18 ? (
        <Text size="sm" c="red.9">
          {t(`employees.nipErrors.${parsed.error.code}`)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('employees.nipPreview.typing', { count: digits.length })}
        </Text>
      )}
    </div>
  );
}
