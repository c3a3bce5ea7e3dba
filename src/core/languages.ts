/**
 * One way to name a language: an ISO 639 code (639-1 where one exists, else 639-2/3, e.g. "kar"
 * for Karen), lower case, optionally with a BCP 47 subtag ("zh-hant"). Display names come from
 * the runtime's CLDR data (Intl.DisplayNames) in the reader's interface language.
 */
import { BadUserInputError } from './errors';

export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

export const DEFAULT_LANGUAGE = 'en';

/** Languages the district serves whose names CLDR does not carry. */
const NAMES_MISSING_FROM_CLDR: Record<string, Record<string, string>> = {
  kar: { en: 'Karen', es: 'karen' },
};

/** The languages the interfaces (web app, letters) are written in. */
export const INTERFACE_LANGUAGES = ['en', 'es', 'ar'] as const;

/**
 * A reader's `locale` argument, checked: any ISO 639 code CLDR knows works (names fall back to
 * English where CLDR has none); anything else is the caller's mistake.
 */
export function interfaceLocale(locale: string): string {
  const code = locale.trim().toLowerCase();
  if (!isLanguageCode(code)) throw new BadUserInputError(`locale must be an ISO 639 language code such as en or es; got "${locale}"`, { field: 'locale' });
  return code;
}

export function isLanguageCode(value: string): boolean {
  return LANGUAGE_CODE_PATTERN.test(value);
}

/** The language's name in `displayLanguage` (e.g. "so" in "es" is "somalí"); the code itself when unknown. */
export function languageName(code: string, displayLanguage: string = DEFAULT_LANGUAGE): string {
  const known = new Intl.DisplayNames([displayLanguage, DEFAULT_LANGUAGE], { type: 'language', fallback: 'none' }).of(code);
  if (known) return known;
  const primary = code.split('-')[0];
  return NAMES_MISSING_FROM_CLDR[primary]?.[displayLanguage] ?? NAMES_MISSING_FROM_CLDR[primary]?.[DEFAULT_LANGUAGE] ?? code;
}
