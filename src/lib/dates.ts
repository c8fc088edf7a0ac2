/**
 * Dates as the academy stores them (`YYYY-MM-DD` strings, which sort as dates) and shows them.
 */

/** A day as `YYYY-MM-DD`: a string is taken as it is, a Date gives its UTC day. */
export function isoDay(date: string | Date): string {
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}
