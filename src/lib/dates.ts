/**
 * Dates as the academy stores them (`YYYY-MM-DD` strings, which sort as dates) and shows them.
 */

/** A day as `YYYY-MM-DD`: a string is taken as it is, a Date gives its UTC day. */
export function isoDay(date: string | Date): string {
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

/**
 * The latest of some `YYYY-MM-DD` dates (string order is date order), or undefined for none: the
 * "last reviewed" date of a page that shows several entries.
 */
export function latestDay(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => typeof d === 'string' && d.length > 0)
    .sort()
    .at(-1);
}

/** A day plus whole months; the day is clamped to the target month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A day plus (or minus) whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
