import { describe, expect, it } from 'vitest';
import { isoDay, latestDay } from '#src/lib/dates.ts';

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
