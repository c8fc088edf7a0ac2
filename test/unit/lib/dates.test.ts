import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isoDay, latestDay } from '#src/lib/dates.ts';

describe('dates', () => {
  it('finds the latest day of some, ignoring missing ones', () => {
    expect(latestDay(['2026-01-02', undefined, '2026-11-21', '2025-12-31'])).toBe('2026-11-21');
    expect(latestDay([])).toBeUndefined();
  });

  it('writes a day as YYYY-MM-DD', () => {
    expect(isoDay('2026-11-21')).toBe('2026-11-21');
    expect(isoDay(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-21');
  });
});

describe('adding months and days', () => {
  it('adds months, clamping the day to the length of the target month', () => {
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-02', 12)).toBe('2027-12-02');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
  it('adds and subtracts days across months and years', () => {
    expect(addDays('2026-12-02', 30)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
