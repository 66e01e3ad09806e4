import { NativeSelect } from '@mantine/core';
import { setLanguage, useLanguage } from '../i18n';

/** Bilingual label on purpose: a user who cannot read the current language can still find it. */
export function LanguageSwitch() {
  const language = useLanguage();
  return (
    <NativeSelect
      label="Bahasa / Language"
      labelProps={{ className: 'sr-only' }}
      size="xs"
      w={112}
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value === 'en' ? 'en' : 'id')}
      data={[
        { value: 'id', label: 'Indonesia' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
