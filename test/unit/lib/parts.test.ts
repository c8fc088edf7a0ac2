import { describe, expect, it } from 'vitest';
import { listParts } from '#src/features/areas/lists/lists.ts';
import { partPath, splitIntoParts } from '#src/lib/parts.ts';
import { listUrl, urlFor } from '#src/lib/routes.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `x${i + 1}`);

describe('pages split into parts', () => {
  it('keeps one part up to the single-page limit, then parts of the given size in order', () => {
    expect(splitIntoParts(ids(24), 24, 12)).toEqual([ids(24)]);
    const parts = splitIntoParts(ids(25), 24, 12);
    expect(parts.map((p) => p.length)).toEqual([12, 12, 1]);
    expect(parts.flat()).toEqual(ids(25));
    expect(splitIntoParts([], 24, 12)).toEqual([[]]);
  });

  it('gives the first part the page’s own address and the next ones a number', () => {
    expect(partPath('/areas/crosswalk/')).toBe('/areas/crosswalk/');
    expect(partPath('/areas/crosswalk/', 1)).toBe('/areas/crosswalk/');
    expect(partPath('/areas/crosswalk/', 3)).toBe('/areas/crosswalk/3/');
  });
});

describe('the technology lists crosswalk', () => {
  it('splits past 24 lists into parts of 12 (the site has 7: one page)', () => {
    expect(listParts(ids(7))).toEqual([ids(7)]);
    expect(listParts(ids(37)).map((p) => p.length)).toEqual([12, 12, 12, 1]);
  });

  it('addresses a list on its part, and without a part on the first (which keeps an anchor for every list)', () => {
    expect(listUrl('eu-annex-i')).toBe('/areas/crosswalk/#list-eu-annex-i');
    expect(listUrl('eu-annex-i', 2)).toBe('/areas/crosswalk/2/#list-eu-annex-i');
    expect(urlFor('technology-lists', 'eu-annex-i')).toBe(listUrl('eu-annex-i'));
  });
});
