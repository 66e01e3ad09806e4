import { NativeSelect } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { setLanguage, useLanguage } from '../i18n';

/**
 * Bilingual label on purpose: a user who cannot read the current language can still find it. On a phone the choice
 * reads "ID"/"EN" so the header keeps room for the app name beside the live dot, the bell and the user menu.
 */
export function LanguageSwitch() {
  const language = useLanguage();
  const wide = useMediaQuery('(min-width: 36em)', true, { getInitialValueInEffect: false });
  return (
    <NativeSelect
      label="Bahasa / Language"
      labelProps={{ className: 'sr-only' }}
      size="xs"
      w={wide ? 112 : 64}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: wide ? 'Indonesia' : 'ID' },
        { value: 'en', label: wide ? 'English' : 'EN' },
      ]}
    />
  );
}
