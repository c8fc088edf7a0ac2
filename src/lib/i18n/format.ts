/**
 * Dates and numbers for people, in the page's locale (`Intl`, no library). Content stores dates as
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
import { INTL_LOCALE, type Locale } from './locale.ts';

/** "2024-02" → "February 2024"; "2024" → "2024"; "2024-02-05" → "5 February 2024" (en); "5 février 2024" (fr). */
export function formatPartialDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const dt = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(d ? { day: 'numeric' } : {}),
  }).format(dt);
}

/**
 * A date or timestamp as a day for people ("21 November 2026"), in the given locale. `timeZone`
 * defaults to the reader's own (a quiz passed late in the evening shows that evening's date).
 * Returns '' for a value that is not a date.
 */
export function formatDay(value: string | Date | undefined, locale: Locale, timeZone?: string): string {
  if (value === undefined) return '';
  const date =
    value instanceof Date
      ? value
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T12:00:00Z`)
        : new Date(value);
  if (Number.isNaN(date.valueOf())) return '';
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A whole number for people: "1,234" (en), "1 234" (fr). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** A file size for people: "9.9 MB", "120 kB" (en); "9,9 Mo", "120 ko" (fr). Sizes under a megabyte in whole kilobytes. */
export function formatBytes(bytes: number, locale: Locale): string {
  const mb = bytes >= 1_000_000;
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: mb ? 1 : 0,
  }).format(mb ? bytes / 1_000_000 : bytes / 1000);
}

const collators = new Map<Locale, Intl.Collator>();

/** Compares two texts in the locale's alphabetical order (`Intl.Collator`): "Éthique" sorts with "E" in French. */
export function compareText(locale: Locale): (a: string, b: string) => number {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(INTL_LOCALE[locale]);
    collators.set(locale, c);
  }
  return c.compare;
}

/** The name of a language in the locale: "de" → "German" (en), "allemand" (fr); the code itself when unknown. */
export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
