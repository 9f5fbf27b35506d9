import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LOCALES } from './i18n';

/** Date formatting in the interface language. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[currentLanguage(i18n)];
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const parse = (value: string | null | undefined) => {
      const date = value ? new Date(value) : null;
      return date && !Number.isNaN(date.getTime()) ? date : null;
    };
    return {
      date: (value: string | null | undefined) => {
        const date = parse(value);
        return date ? dateFormat.format(date) : t('dates.unknown');
      },
      dateTime: (value: string | null | undefined) => {
        const date = parse(value);
        return date ? dateTimeFormat.format(date) : t('dates.unknown');
      },
      list: (items: string[]) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items),
    };
  }, [locale, t]);
}
