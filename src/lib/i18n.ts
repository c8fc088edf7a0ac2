/**
 * UI strings: one flat dictionary per locale (`src/i18n/<locale>.json`), dotted keys grouped by
 * component. Resolved on the server; islands receive the strings they need as props, so no i18n
 * runtime ships to the browser. Every locale must have every key (checked by a unit test).
 */
import en from '../i18n/en.json' with { type: 'json' };
import fr from '../i18n/fr.json' with { type: 'json' };

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type UiKey = keyof typeof en;
export const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { en, fr };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A translator for one locale: `t('search.results', { count: 3 })`. */
export function useTranslations(locale: string | undefined) {
  const dict = DICTIONARIES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return (key: UiKey, vars: Record<string, string | number> = {}) =>
    (dict[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The path of a page in a locale: the default locale has no prefix ("/areas/" → "/fr/areas/"). */
export function localizedPath(path: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}
