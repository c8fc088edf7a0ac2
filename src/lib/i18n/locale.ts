/**
 * The locales of the academy. English is the default and has no path prefix; French pages live
 * under `/fr/` (astro.config.mjs `i18n`). Every date, number, plural and sort order is formatted
 * for the page's locale through `Intl` (see format.ts and messages.ts).
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a page (`Astro.currentLocale`), the default when it has none. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The BCP 47 tag `Intl` formats with: British English (day month year), French of France. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
