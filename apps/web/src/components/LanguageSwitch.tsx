import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/i18n/i18n';

/** Switches between Dutch and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = currentLanguage(i18n) === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="button button--ghost button--small language-switch"
      lang={other}
      aria-label={t('header.switchLanguageLabel')}
      onClick={() => void i18n.changeLanguage(other)}
    >
      <svg aria-hidden="true" focusable="false" className="language-switch__icon" viewBox="0 0 24 24" width="16" height="16">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      {t('header.switchLanguage')}
    </button>
  );
}
