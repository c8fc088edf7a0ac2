import { describe, expect, it } from 'vitest';
import { toOpenRecord } from '#src/features/open-data/records.ts';

describe('open data records', () => {
  it('open records carry the common fields and enrichments', () => {
    const area = {
      id: 'quantum',
      data: { title: 'Quantum', summary: 's', lastReviewed: '2026-11-21', sources: ['x'], kind: 'technology' },
    };
    const list = {
      id: 'l',
      data: { items: [{ id: 'q', label: 'Quantum tech', areas: ['quantum'], highestRisk: true }] },
    };
    expect(toOpenRecord('areas', area, { 'technology-lists': [list] })).toEqual({
      id: 'quantum',
      url: '/areas/quantum/',
      title: 'Quantum',
      summary: 's',
      lastReviewed: '2026-11-21',
      sources: ['x'],
      kind: 'technology',
      lists: [{ list: 'l', item: 'q', label: 'Quantum tech', highestRisk: true }],
    });
  });
});
