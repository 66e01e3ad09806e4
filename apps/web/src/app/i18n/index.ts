import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Language } from '../format';
import { shellEn, shellId } from './shell.i18n';

export const LANGUAGES: readonly Language[] = ['id', 'en'];
const STORAGE_KEY = 'sim-kinerja.language';

function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
}

// Only the shell strings at start; the staff and feature dictionaries add themselves when their chunk loads.
void i18n.use(initReactI18next).init({
  resources: { id: { translation: shellId }, en: { translation: shellEn } },
  lng: readStoredLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', applyLanguage);

/**
 * Adds a feature's strings in both languages. Each dictionary module calls this when it is first imported, so the
 * strings arrive with the chunk that uses them and the public pages never download the staff app's (ADR 0005).
 * Synchronous: the strings are there before the chunk's components render.
 */
export function addDictionaries<T extends object>(dictionaries: { id: T; en: T }): void {
  i18n.addResourceBundle('id', 'translation', dictionaries.id, true, false);
  i18n.addResourceBundle('en', 'translation', dictionaries.en, true, false);
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
}

/** The current UI language, narrowed to the two we ship. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'id';
}

export { i18n };
