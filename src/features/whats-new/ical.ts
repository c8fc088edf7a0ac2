/**
 * An iCalendar file (RFC 5545) of all-day dates: one VEVENT per date with UID, DTSTAMP, an all-day
 * DTSTART (and DTEND the next day), SUMMARY, DESCRIPTION and URL. Text values are escaped (§3.3.11),
 * lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character (§3.1).
 * Pure and locale-free: the caller words the summaries.
 */

export interface CalendarEvent {
  /** Globally unique and stable across builds: `<what>@<host>`. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Absolute URL of the page about it. */
  url: string;
}

export interface CalendarMeta {
  /** PRODID: who made the file, `-//Org//Product//EN`. */
  prodId: string;
  /** The calendar's name (X-WR-CALNAME, shown by most calendar apps). */
  name: string;
  description: string;
  /** DTSTAMP of every event: when this file was made (UTC). */
  stamp: Date;
}

/** A TEXT value with backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (d: string) => d.replaceAll('-', '');
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const utcStamp = (t: Date) => `${t.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function icsCalendar(meta: CalendarMeta, events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${meta.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    `X-WR-CALDESC:${escapeText(meta.description)}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(meta.stamp)}`,
      `DTSTART;VALUE=DATE:${day(e.date)}`,
      `DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
