/**
 * The i18next instance and its setup, without any translations: each entry point hands in the
 * namespaces it needs (the app all of them in ./i18n.ts, the respondents' page only `common` and
 * `surveys` in respondent-main.tsx), so a respondent's phone does not download the admin texts.
 */
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'miernik.lang';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked (privacy mode); Polish is the product's default anyway.
  }
  return 'pl';
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage.
  }
}

/** Initialises the shared instance with `resources` (`{ pl: { ns: … }, en: { ns: … } }`). */
export function initI18n(resources: Resource & { pl: Record<string, unknown> }): void {
  i18n.on('languageChanged', applyLanguage);

  void i18n.use(initReactI18next).init({
    resources,
    lng: readStoredLanguage(),
    fallbackLng: 'pl',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.pl),
    defaultNS: 'common',
    // Resources are bundled, so initialisation is synchronous and the first render is translated.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'pl';
}

export default i18n;
