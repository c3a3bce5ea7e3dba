import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The web app's messages: Spanish is complete (every English key, the same placeholders, no key
 * English lacks), Arabic covers every message of the public page and the shell, and every literal
 * key the code asks for exists in English.
 */
const WEB_SRC = path.resolve(__dirname, '../../web/src');
type Messages = { [key: string]: string | Messages };

function load(language: string): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (messages: Messages, prefix: string) => {
    for (const [key, value] of Object.entries(messages)) {
      if (typeof value === 'string') flat[prefix + key] = value;
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(JSON.parse(readFileSync(path.join(WEB_SRC, 'locales', `${language}.json`), 'utf8')) as Messages, '');
  return flat;
}

/** key_one, key_few ... are one message in different plural forms (languages have different sets of forms). */
const withoutPluralForm = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** The placeholders of a message; {{count}} is left out, since a plural form may say the number in words ("طلب واحد"). */
const placeholders = (message: string) =>
  [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((match) => match[1])
    .filter((name) => name !== 'count')
    .sort();

/** Namespaces the public page and the shell use; Arabic proves right-to-left on them. */
const PUBLIC_NAMESPACES = ['common', 'errors', 'shell', 'nav', 'roles', 'public', 'tiers', 'plan', 'groups', 'requestStatus', 'representation', 'surveys', 'keyResults', 'signIn'];

const en = load('en');
const es = load('es');
const ar = load('ar');

test('every English key exists in Spanish with the same placeholders, and Spanish has no key English lacks', () => {
  const keys = Object.keys(en);
  expect(keys.length).toBeGreaterThan(200);
  expect(keys.filter((key) => !(key in es))).toEqual([]);
  expect(Object.keys(es).filter((key) => !(key in en))).toEqual([]);
  expect(keys.filter((key) => JSON.stringify(placeholders(en[key])) !== JSON.stringify(placeholders(es[key] ?? '')))).toEqual([]);
  expect(keys.filter((key) => es[key].trim() === '')).toEqual([]);
});

test('Arabic has every message of the public page and the shell, with the same placeholders', () => {
  const publicKeys = Object.keys(en).filter((key) => PUBLIC_NAMESPACES.includes(key.split('.')[0]));
  expect(publicKeys.length).toBeGreaterThan(50);
  expect(publicKeys.filter((key) => !(key in ar) && !(`${withoutPluralForm(key)}_other` in ar))).toEqual([]);
  const english = new Set(Object.keys(en).map(withoutPluralForm));
  expect(Object.keys(ar).filter((key) => !english.has(withoutPluralForm(key)))).toEqual([]);
  expect(publicKeys.filter((key) => JSON.stringify(placeholders(en[key])) !== JSON.stringify(placeholders(ar[key] ?? ar[`${withoutPluralForm(key)}_other`] ?? '')))).toEqual([]);
});

test('every literal message key in web/src exists in English', () => {
  const files = (function list(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : list(full);
      return /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  })(WEB_SRC);
  const used = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'\s*[,)]/g)) used.add(match[1]);
  }
  expect(used.size).toBeGreaterThan(100);
  // A key with plural forms (key_one, key_other) counts as present.
  expect([...used].filter((key) => !(key in en) && !(`${key}_other` in en)).sort()).toEqual([]);
});
