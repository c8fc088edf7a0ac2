import { describe, expect, it } from 'vitest';
import { alphabetGroups, crosswalkTable, letterOf, relatedBothWays } from '#src/features/framework/framework.ts';

describe('framework helpers', () => {
  it.each([
    ['Academic freedom', 'A'],
    ['élicitation', 'E'],
    ['  zero trust', 'Z'],
    ['5G', '#'],
    ['デュアルユース', '#'],
  ])('files %s under %s', (title, letter) => expect(letterOf(title)).toBe(letter));

  it('groups A–Z, sorted without regard to case, keeping empty letters', () => {
    const groups = alphabetGroups([{ title: 'beta' }, { title: 'Alpha' }, { title: 'alpha two' }, { title: 'Épée' }]);
    expect(groups.map((g) => g.letter)).toEqual([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['Alpha', 'alpha two']);
    expect(groups[1]!.items.map((i) => i.title)).toEqual(['beta']);
    expect(groups[4]!.items.map((i) => i.title)).toEqual(['Épée']);
    expect(groups[2]!.items).toEqual([]);
  });

  it('adds a "#" group only when some title does not start with a letter', () => {
    expect(alphabetGroups([{ title: '3D printing' }]).at(-1)).toEqual({
      letter: '#',
      items: [{ title: '3D printing' }],
    });
  });

  it('relates entries both ways, own list first, without repeats', () => {
    const others = [
      { id: 'x', list: ['v1'] },
      { id: 'y', list: [] },
      { id: 'z', list: ['v1', 'v2'] },
    ];
    expect(relatedBothWays('v1', ['y', 'z'], others)).toEqual(['y', 'z', 'x']);
    expect(relatedBothWays('v3', [], others)).toEqual([]);
  });

  it('resolves crosswalk cells in framework order, flagging unknown items', () => {
    const frameworks = [
      { id: 'f1', title: 'F1', items: [{ id: 'a', code: 'A', label: 'Item A', source: 's1' }] },
      { id: 'f2', title: 'F2', items: [{ id: 'b', code: 'B', label: 'Item B', source: 's2' }] },
    ];
    const table = crosswalkTable(frameworks, [
      { id: 'row', principle: 'p', cells: { f2: { items: ['b', 'nope'], note: 'Close', source: 's3' } } },
    ]);
    expect(table).toEqual([
      {
        id: 'row',
        kind: 'principle',
        target: 'p',
        cells: [
          undefined,
          { framework: 'f2', items: [frameworks[1]!.items[0]], missing: ['nope'], note: 'Close', source: 's3' },
        ],
      },
    ]);
  });
});
