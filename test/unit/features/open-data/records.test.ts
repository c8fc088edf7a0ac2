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

describe('checklist records', () => {
  const scale = [
    { value: 'yes', label: 'Yes', score: 1 },
    { value: 'partly', label: 'Partly', score: 0.5 },
    { value: 'no', label: 'No', score: 0 },
    { value: 'na', label: 'Not applicable', score: null },
  ];
  const checklist = {
    id: 'c',
    data: {
      title: 'C',
      summary: 's',
      lastReviewed: '2026-11-21',
      sources: ['x'],
      scale,
      scales: {},
      sections: [
        {
          id: 's',
          title: 'S',
          items: [
            { id: 'i1', actions: { partly: 'Complete it.', no: 'Set it up.' } },
            { id: 'i2', actions: {} },
          ],
        },
      ],
    },
  };

  it('keep `actions` by answer and, for compatibility, `action`: the action for the lowest answer', () => {
    const record = toOpenRecord('checklists', checklist);
    const items = (record.sections as { items: { id: string; action: string | null; actions: object }[] }[])[0]!.items;
    expect(items[0]).toMatchObject({ actions: { partly: 'Complete it.', no: 'Set it up.' }, action: 'Set it up.' });
    expect(items[1]).toMatchObject({ actions: {}, action: null });
  });
});
