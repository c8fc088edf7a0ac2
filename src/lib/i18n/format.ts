/**
 * Dates and numbers for people, in the page's locale (`Intl`, no library). Content stores dates as
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
import { INTL_LOCALE, type Locale } from './locale.ts';

/*
 * Making an Intl formatter is slow (it loads locale data; a build made one per date shown, which
 * was the largest single cost of rendering pages): each is made once per locale and options.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], options);
    dateFormats.set(key, f);
  }
  return f;
}
const partialDates = new Map<string, string>();

/** "2024-02" → "February 2024"; "2024" → "2024"; "2024-02-05" → "5 February 2024" (en); "5 février 2024" (fr). */
export function formatPartialDate(date: string, locale: Locale): string {
  const key = `${locale}|${date}`;
  const known = partialDates.get(key);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number);
  let out: string;
  if (!m) out = String(y);
  else {
    const dt = new Date(Date.UTC(y!, m - 1, d ?? 1));
    out = dateFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(d ? { day: 'numeric' } : {}),
    }).format(dt);
  }
  partialDates.set(key, out);
  return out;
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
  return dateFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A whole number for people: "1,234" (en), "1 234" (fr). */
const numberFormats = new Map<Locale, Intl.NumberFormat>();
export function formatNumber(value: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, f);
  }
  return f.format(value);
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
const languageNames = new Map<Locale, Intl.DisplayNames>();
export function languageName(code: string, locale: Locale): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' });
      languageNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
