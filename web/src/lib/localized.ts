import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A text in both languages, as the server sends names and descriptions. */
export interface Localized {
  pl: string;
  en?: string | null;
}

/** Picks the text of a `{pl, en}` pair in the user's language (Polish when English is missing). */
export function useLocalized(): (text: Localized | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'pl';
  return useCallback((text) => (text ? text[language] || text.pl : ''), [language]);
}
