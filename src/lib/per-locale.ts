/** Build-time lookups shared by the pages of one locale (server only). */
import type { Locale } from './i18n/locale.ts';

/**
 * `make(locale)`, worked out once per locale and build and then shared (the content does not change
 * during a build), for what many pages look up: read what it returns, never change it.
 */
export function oncePerLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    if (!cache.has(locale)) cache.set(locale, make(locale));
    return cache.get(locale) as T;
  };
}
