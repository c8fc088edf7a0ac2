import { describe, expect, it } from 'vitest';
import { cspMetaOf, dealOut, headersWithHashes, mergeResults, type PassResult } from '#scripts/build/html-pass.ts';

describe('the CSP meta of a page', () => {
  it('reads the policy from the head, entities decoded, and nothing from the body', () => {
    const html =
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head><body></body></html>';
    expect(cspMetaOf(html)).toBe("script-src 'self' 'sha256-x'");
    expect(
      cspMetaOf('<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body></html>'),
    ).toBeUndefined();
  });
});

describe('sharing the pass out between workers', () => {
  it('deals pages out in turn, with no empty share', () => {
    expect(dealOut(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    expect(dealOut(['a'], 4)).toEqual([['a']]);
    expect(dealOut([], 3)).toEqual([]);
  });

  it('adds up the shares: counts summed, policies and terms counted once', () => {
    const share = (metas: string[], termIds: string[], links: number): PassResult => ({
      metas,
      repaired: 1,
      glossary: { pages: 1, links, terms: termIds.length, termIds, scanned: 2, ms: links, conflicts: [] },
    });
    const merged = mergeResults([share(['p1', 'p2'], ['risk', 'dual-use'], 3), share(['p2'], ['risk'], 2)]);
    expect(merged.metas.sort()).toEqual(['p1', 'p2']);
    expect(merged.repaired).toBe(2);
    expect(merged.glossary).toMatchObject({ pages: 2, links: 5, terms: 2, termIds: ['dual-use', 'risk'], scanned: 4 });
  });
});

describe('the CSP header completed with the pages’ hashes', () => {
  it('adds each hash of the page policies once, to every CSP line, and counts them', () => {
    const text = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n  X-Frame-Options: DENY\n";
    const metas = ["script-src 'self' 'sha256-AAA'", "script-src 'self' 'sha256-AAA' 'sha256-BBB'"];
    const { text: next, added } = headersWithHashes(text, metas);
    expect(added).toBe(2);
    expect(next).toContain("'sha256-AAA'");
    expect(next).toContain("'sha256-BBB'");
    expect(next).toContain('X-Frame-Options: DENY');
    expect(headersWithHashes(next, metas).added).toBe(0);
  });
});
