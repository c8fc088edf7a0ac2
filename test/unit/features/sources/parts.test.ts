import { describe, expect, it } from 'vitest';
import { sourcePartIndex, sourceParts } from '#src/features/sources/parts.ts';

const src = (id: string, kind: string) => ({ id, data: { kind } });

describe('parts of the list of sources', () => {
  const list = [src('e', 'policy'), src('a', 'policy'), src('d', 'policy'), src('c', 'web'), src('b', 'policy')];
  const parts = sourceParts(list, ['legislation', 'policy', 'web'], 2);
  it('gives each kind a page, and a kind over the limit several, dealt by id, shown in the given order', () => {
    expect(parts.map((p) => [p.slug, p.number, p.of, p.sources.map((s) => s.id)])).toEqual([
      ['policy', 1, 2, ['a', 'b']],
      ['policy-2', 2, 2, ['e', 'd']],
      ['web', 1, 1, ['c']],
    ]);
  });
  it('knows the page of every source', () => {
    const index = sourcePartIndex(parts);
    expect(index.size).toBe(list.length);
    expect(index.get('d')).toBe('/sources/policy-2/#d');
    expect(index.get('c')).toBe('/sources/web/#c');
  });
});
