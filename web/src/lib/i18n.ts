import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const LANGUAGE_KEY = 'cbh.language';

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** ?lang= first (links can be shared in a language), then the last choice, then the browser's. */
function initialLanguage(): LanguageCode {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  const stored = window.localStorage.getItem(LANGUAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : 'en';
}

/** English ships with the app; other languages are separate chunks loaded when chosen. */
const otherLocales: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('../locales/es.json'),
  ar: () => import('../locales/ar.json'),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = otherLocales[language];
    if (!load) return callback(null, en);
    load().then(
      (module: { default: Record<string, unknown> }) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

function applyDocumentLanguage(language: string): void {
  const dir = LANGUAGES.find((entry) => entry.code === language)?.dir ?? 'ltr';
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
}

export async function initI18n(): Promise<void> {
  i18next.on('languageChanged', (language) => {
    applyDocumentLanguage(language);
    window.localStorage.setItem(LANGUAGE_KEY, language);
  });
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      fallbackLng: 'en',
      supportedLngs: LANGUAGES.map((language) => language.code),
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  applyDocumentLanguage(i18next.language);
}
