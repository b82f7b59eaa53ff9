import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../lib/i18n-setup';

const NAMES: Record<(typeof LANGUAGES)[number], string> = { pl: 'Polski', en: 'English' };

/** Each option is labelled in its own language (and marked with `lang`) so anyone can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}
