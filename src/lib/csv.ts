/**
 * CSV (RFC 4180), the one writer used by every download and by /data/comparison.csv: fields that
 * hold a comma, a double quote, CR or LF are quoted, quotes are doubled, lines end with CRLF.
 */

/** One field. null and undefined become an empty field. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text, each line ending with CRLF. */
export function csvLines(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
