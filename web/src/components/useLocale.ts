import { useTranslation } from 'react-i18next';

/** The BCP 47 locale for Intl formatting of the current interface language. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language === 'ar' ? 'ar' : i18n.language === 'es' ? 'es-US' : 'en-US';
}
