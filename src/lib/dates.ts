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
