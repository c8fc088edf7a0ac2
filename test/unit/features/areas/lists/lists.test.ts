import { describe, expect, it } from 'vitest';
import { crosswalkRows, listsNaming, type TechListLike } from '#src/features/areas/lists/lists.ts';

const item = (id: string, areas: string[], highestRisk = false) => ({
  id,
  label: id.toUpperCase(),
  areas,
  highestRisk,
  source: `src-${id}`,
});
const lists: TechListLike[] = [
  {
    id: 'ca',
    shortTitle: 'Canada',
    jurisdiction: 'canada',
    items: [item('life', ['bio', 'genomics']), item('quantum', ['quantum'])],
  },
  {
    id: 'eu',
    shortTitle: 'EU',
    jurisdiction: 'european-union',
    items: [item('biotech', ['bio'], true), item('qt', ['quantum'], true), item('bio2', ['bio'])],
  },
  { id: 'nl', shortTitle: 'NL', jurisdiction: 'netherlands', items: [item('ai', ['ai'])] },
];

describe('listsNaming', () => {
  it('lists each naming list once, in list order, with its items', () => {
    const m = listsNaming('bio', lists);
    expect(m.map((x) => x.list)).toEqual(['ca', 'eu']);
    expect(m[1]!.items.map((i) => i.id)).toEqual(['biotech', 'bio2']);
    expect(m[1]!.highestRisk).toBe(true);
    expect(m[0]!.highestRisk).toBe(false);
    expect(m[0]!.jurisdiction).toBe('canada');
  });
  it('is empty for an area no list names (e.g. a G7 category)', () => {
    expect(listsNaming('dual-use', lists)).toEqual([]);
  });
});

describe('crosswalkRows', () => {
  it('builds one cell per list and counts the lists naming each area', () => {
    const rows = crosswalkRows([{ id: 'bio' }, { id: 'ai' }, { id: 'nothing' }], lists);
    expect(rows.map((r) => r.count)).toEqual([2, 1, 0]);
    expect(rows[0]!.cells.map((c) => c.map((i) => i.id))).toEqual([['life'], ['biotech', 'bio2'], []]);
    expect(rows[2]!.cells).toEqual([[], [], []]);
  });
});
