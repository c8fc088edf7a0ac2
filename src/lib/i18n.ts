/**
 * UI strings: per-locale dictionaries with flat dotted keys grouped by feature
 * (`src/features/<feature>/i18n/<locale>.json <feature>.json`, e.g. `en/quiz.json` with `quiz.submit`). Resolved on the
 * server; islands receive the strings they need as props, so no i18n runtime ships to the browser.
 * Every locale must have every key (checked by a unit test); a key missing from English is a bug
 * and throws, so the build fails instead of showing a raw key.
 */
import { fill } from './template.ts';

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const files = import.meta.glob<Record<string, string>>(['../ui/i18n/*.json', '../features/*/i18n/*.json'], { eager: true, import: 'default' });

function load(locale: Locale): Record<string, string> {
  const dict: Record<string, string> = {};
  for (const [path, strings] of Object.entries(files)) {
    if (path.endsWith(`/i18n/${locale}.json`)) Object.assign(dict, strings);
  }
  return dict;
}

export const DICTIONARIES: Record<Locale, Record<string, string>> = { en: load('en'), fr: load('fr') };

/** Any key of the English dictionary. */
export type UiKey = string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A translator for one locale: `t('search.results', { count: 3 })`. */
export function useTranslations(locale: string | undefined) {
  const dict = DICTIONARIES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return (key: UiKey, vars: Record<string, string | number> = {}): string => {
    const template = dict[key] ?? DICTIONARIES.en[key];
    if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/en/*.json`);
    return fill(template, vars);
  };
}

/** The path of a page in a locale: the default locale has no prefix ("/areas/" → "/fr/areas/"). */
export function localizedPath(path: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}
