import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, suggest } from '#src/features/search/spelling.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit', () => {
    expect(editDistance('quantm', 'quantum')).toBe(1);
    expect(editDistance('quatnum', 'quantum')).toBe(1);
    expect(editDistance('quantum', 'quantum')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops early past a limit', () => {
    expect(editDistance('export', 'quantum', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('did you mean', () => {
  const vocabulary = ['research', 'security', 'quantum', 'export', 'ransomware', 'sanctions', 'quarantine'];
  it('suggests the nearest word of the site’s vocabulary', () => {
    expect(suggest('quantm', vocabulary)).toBe('quantum');
    expect(suggest('ransomwear', vocabulary)).toBe('ransomware');
    expect(suggest('secuirty', vocabulary)).toBe('security');
  });
  it('suggests nothing for a word the vocabulary has, or for one too far from every word', () => {
    expect(suggest('quantum', vocabulary)).toBeUndefined();
    expect(suggest('magnetometer', vocabulary)).toBeUndefined();
  });
  it('leaves very short words alone and allows more edits in longer words', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(suggest('qua', vocabulary)).toBeUndefined();
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
  it('prefers the more frequent word (earlier in the vocabulary) among equally near ones', () => {
    expect(suggest('expart', ['expert', 'export'])).toBe('expert');
    expect(suggest('expart', ['export', 'expert'])).toBe('export');
  });
});
