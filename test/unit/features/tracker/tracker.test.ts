import { describe, expect, it } from 'vitest';
import {
  citingCells,
  comingSoon,
  dateSpan,
  filterItem,
  hasEnded,
  instrumentCsvRows,
  INSTRUMENT_CSV_COLUMNS,
  keyDates,
  keyEvent,
  placeKey,
  recentlyChanged,
  reverseLinks,
  statusGroup,
  upcomingEvents,
} from '#src/features/tracker/tracker.ts';
import { INSTRUMENT_STATUSES } from '#src/schemas/instrument.ts';
import { instrument, instruments } from './helpers.ts';

const byId = (id: string) => instruments.find((i) => i.id === id)!;

describe('dates of an instrument', () => {
  it('reads a partial date as the span of days it can mean', () => {
    expect(dateSpan('2024-05-01')).toEqual({ start: '2024-05-01', end: '2024-05-01' });
    expect(dateSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateSpan('2027')).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('finds the key dates (first event of each type) and the one date a list shows', () => {
    const dates = keyDates(byId('ca-policy').data);
    expect(dates.announced?.date).toBe('2023-02');
    expect(dates['applies-from']?.date).toBe('2024-05-01');
    expect(dates.adopted).toBeUndefined();
    expect(keyEvent(byId('ca-policy').data).type).toBe('applies-from');
    expect(keyEvent(byId('de-platform').data).type).toBe('adopted');
    // An instrument that ended shows when it ended.
    expect(keyEvent(byId('ca-old').data)).toMatchObject({ type: 'superseded', approximate: true });
  });

  it('groups statuses into current, pending and ended, and flags ended ones for a banner', () => {
    expect(INSTRUMENT_STATUSES.map((s) => statusGroup(s))).toEqual([
      'pending',
      'pending',
      'pending',
      'current',
      'current',
      'ended',
      'ended',
      'ended',
    ]);
    expect(hasEnded('superseded')).toBe(true);
    expect(hasEnded('amended')).toBe(false);
  });

  it('files an instrument under its jurisdiction, or its scope when it has none', () => {
    expect(placeKey(byId('ca-policy').data)).toBe('canada');
    expect(placeKey(byId('g7-statement').data)).toBe('g7');
  });
});

describe('sections of /tracker/', () => {
  it('lists what comes into force, applies or starts work in the next 12 months, partial dates included', () => {
    const coming = comingSoon(instruments, '2026-12-02');
    expect(coming.map((c) => `${c.instrument.id} ${c.event.type}`)).toEqual(['de-platform launched']);
    expect(comingSoon(instruments, '2024-04-01').map((c) => c.instrument.id)).toEqual(['ca-policy']);
    // The horizon is 12 months: a date in 2027 is out of reach from early 2025.
    expect(comingSoon(instruments, '2025-06-01')).toEqual([]);
  });

  it('lists major changes of the last 90 days, newest first, minor ones never', () => {
    const recent = recentlyChanged(instruments, '2026-12-02');
    expect(recent.map((r) => r.change.note)).toEqual(['Start date moved to 2027.']);
    expect(recentlyChanged(instruments, '2027-01-15')).toEqual([]);
  });

  it('lists dates still ahead for the calendar: deadlines, commencements, bodies starting work', () => {
    const ahead = upcomingEvents(instruments, '2026-12-02');
    expect(ahead.map((a) => `${a.instrument.id} ${a.event.type} ${a.event.date}`)).toEqual([
      'de-platform launched 2027',
      'nz-consultation consultation-closes 2027-01-16',
    ]);
  });

  it('finds, for every instrument, those that amend it and those that replace it, in list order', () => {
    const list = [
      instrument('a'),
      instrument('b', { amends: ['a', 'a'] }),
      instrument('c', { amends: ['b'], supersedes: ['a'] }),
      instrument('d', { amends: ['a'], supersedes: ['a', 'b'] }),
    ];
    const { amendedBy, supersededBy } = reverseLinks(list);
    const ids = (map: Map<string, { id: string }[]>, id: string) => (map.get(id) ?? []).map((i) => i.id);
    expect(ids(amendedBy, 'a')).toEqual(['b', 'd']);
    expect(ids(amendedBy, 'b')).toEqual(['c']);
    expect(ids(amendedBy, 'd')).toEqual([]);
    expect(ids(supersededBy, 'a')).toEqual(['c', 'd']);
    expect(ids(supersededBy, 'b')).toEqual(['d']);
  });

  it('finds the comparison cells that name each instrument, by jurisdiction then cell', () => {
    const cells = citingCells([
      { id: 'ca', data: { title: 'Canada', comparison: { law: { instruments: ['a', 'a'] }, list: {} } } },
      {
        id: 'fr',
        data: { title: 'France', comparison: { list: { instruments: ['b'] }, law: { instruments: ['a'] } } },
      },
    ]);
    expect(cells.get('a')).toEqual([
      { jurisdiction: 'Canada', dimension: 'law', href: '/compare/?j=ca#dimension-law' },
      { jurisdiction: 'France', dimension: 'law', href: '/compare/?j=fr#dimension-law' },
    ]);
    expect(cells.get('b')).toEqual([
      { jurisdiction: 'France', dimension: 'list', href: '/compare/?j=fr#dimension-list' },
    ]);
    expect(cells.get('c')).toBeUndefined();
  });

  it('writes what the filter reads into each list item', () => {
    expect(filterItem(byId('ca-old').data)).toEqual({
      j: 'canada',
      status: 'superseded',
      who: ['institutions'],
      years: [2019, 2024],
    });
  });
});

describe('/data/instruments.csv', () => {
  it('has one row per instrument, sorted by id, with status and the four key dates as columns', () => {
    const rows = instrumentCsvRows(instruments, (id) => `/tracker/${id}/`);
    expect(rows[0]).toEqual([...INSTRUMENT_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'ca-old',
      'ca-policy',
      'de-platform',
      'g7-statement',
      'nz-consultation',
    ]);
    const col = (name: (typeof INSTRUMENT_CSV_COLUMNS)[number]) => INSTRUMENT_CSV_COLUMNS.indexOf(name);
    const policy = rows[2]!;
    expect(policy[col('status')]).toBe('in-force');
    expect(policy[col('announced')]).toBe('2023-02');
    expect(policy[col('applies_from')]).toBe('2024-05-01');
    expect(policy[col('in_force')]).toBe('');
    expect(policy[col('stakeholders')]).toBe('institutions;researchers');
    expect(policy[col('url')]).toBe('/tracker/ca-policy/');
    expect(rows[1]![col('superseded_by')]).toBe('ca-policy');
    const platform = rows[3]!;
    expect(platform[col('adopted')]).toBe('2025-12-19');
    expect(platform[col('jurisdiction')]).toBe('germany');
    expect(rows[4]![col('jurisdiction')]).toBe('');
    expect(rows.every((r) => r.length === INSTRUMENT_CSV_COLUMNS.length)).toBe(true);
  });

  it('names the key dates that are approximate', () => {
    const rows = instrumentCsvRows(
      [instrument('x', { events: [{ date: '2026', type: 'applies-from', approximate: true }] })],
      (id) => id,
    );
    expect(rows[1]![INSTRUMENT_CSV_COLUMNS.indexOf('approximate_dates')]).toBe('applies_from');
  });
});
