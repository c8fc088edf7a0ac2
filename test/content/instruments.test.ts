/**
 * The tracker's instruments on the real content: enough of them across every jurisdiction, each with
 * a status, a date and a source; the milestone ids published before the timeline was derived from
 * them still exist; comparison cells link instruments of their own jurisdiction (or the EU's, G7 or
 * international ones).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { milestoneIds } from '#src/features/timeline/milestones.ts';
import type { InstrumentEvent } from '#src/features/tracker/tracker.ts';

const { problems, entries } = validateContent('content');
const instruments = entries.filter((e) => e.collection === 'instruments');
const jurisdictions = entries.filter((e) => e.collection === 'jurisdictions');
const legacy = readFileSync('test/fixtures/timeline-legacy-ids.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('instruments', () => {
  it('validate', () => expect(problems).toEqual([]));

  it(`number at least 100, across all ${jurisdictions.length} jurisdictions (${instruments.length} today)`, () => {
    expect(instruments.length).toBeGreaterThanOrEqual(100);
    const covered = new Set(instruments.map((i) => i.data.jurisdiction));
    expect(jurisdictions.map((j) => j.id).filter((j) => !covered.has(j))).toEqual([]);
    expect(jurisdictions).toHaveLength(16);
  });

  it('each have a status, at least one dated event and a source', () => {
    const bad = instruments.filter((i) => {
      const events = i.data.events as InstrumentEvent[];
      return (
        typeof i.data.status !== 'string' ||
        events.length === 0 ||
        !events.every((e) => /^\d{4}/.test(e.date)) ||
        (i.data.sources as string[]).length === 0
      );
    });
    expect(bad.map((i) => i.file)).toEqual([]);
  });

  it(`keep every milestone id the timeline published before it was derived (${legacy.length})`, () => {
    expect(legacy.length).toBe(86);
    const ids = new Set(instruments.flatMap((i) => milestoneIds(i.id, i.data.events as InstrumentEvent[])));
    expect(legacy.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('are what comparison cells link: their own jurisdiction’s, the EU’s, or G7 and international ones', () => {
    const place = new Map(instruments.map((i) => [i.id, (i.data.jurisdiction as string | undefined) ?? 'intl']));
    const wrong = jurisdictions.flatMap((j) =>
      Object.entries(j.data.comparison as Record<string, { instruments?: string[] }>).flatMap(([d, cell]) =>
        (cell.instruments ?? [])
          .filter((id) => ![j.id, 'european-union', 'intl'].includes(place.get(id) ?? ''))
          .map((id) => `${j.id}.${d}: ${id}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});
