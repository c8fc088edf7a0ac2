import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '#src/features/whats-new/ical.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds lines at 75 octets without splitting a character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'Réglementation « sécurité » de la recherche – '.repeat(6)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });
});

describe('the calendar file', () => {
  const ics = icsCalendar(
    {
      prodId: '-//Academy//Upcoming dates//EN',
      name: 'Academy: upcoming dates',
      description: 'Deadlines, and the days instruments come into force.',
      stamp: new Date('2026-12-02T00:00:00Z'),
    },
    [
      {
        uid: 'nz-consultation-consultation-closes-2027-01-16@academy.example.org',
        date: '2027-01-16',
        summary: 'Proposals to strengthen export controls: consultation closes',
        description:
          'Last day for submissions; covers intangible transfers, research and teaching.\n\nSecond paragraph.',
        url: 'https://academy.example.org/tracker/nz-consultation/',
      },
      {
        uid: 'de-platform-launched-2027@academy.example.org',
        date: '2027-01-01',
        summary: 'National platform: starts work (expected: 2027, exact date not known)',
        description: 'Planned start.',
        url: 'https://academy.example.org/tracker/de-platform/',
      },
    ],
  );

  it('uses CRLF line ends and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => !l.includes('\n') && octets(l) <= 75)).toBe(true);
  });

  it('parses with ical.js: all-day events with UID, DTSTAMP, SUMMARY, DESCRIPTION and URL', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Academy//Upcoming dates//EN');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const first = new ICAL.Event(events[0]!);
    expect(first.uid).toBe('nz-consultation-consultation-closes-2027-01-16@academy.example.org');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2027-01-16');
    expect(first.endDate.toString()).toBe('2027-01-17');
    expect(first.summary).toBe('Proposals to strengthen export controls: consultation closes');
    expect(first.description).toBe(
      'Last day for submissions; covers intangible transfers, research and teaching.\n\nSecond paragraph.',
    );
    expect(events[0]!.getFirstPropertyValue('url')).toBe('https://academy.example.org/tracker/nz-consultation/');
    expect(String(events[0]!.getFirstPropertyValue('dtstamp'))).toBe('2026-12-02T00:00:00Z');
  });
});
