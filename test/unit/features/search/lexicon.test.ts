import { describe, expect, it } from 'vitest';
import { lightStem, normalise, stemKey, wordsOf } from '#src/features/search/lexicon.ts';

describe('words', () => {
  it('cuts text into lower-case words, keeping inner hyphens and apostrophes', () => {
    expect(wordsOf('Dual-use items: a researcher’s “laptop”, 2FA!')).toEqual([
      'dual-use',
      'items',
      'a',
      "researcher's",
      'laptop',
      '2fa',
    ]);
    expect(wordsOf('Zone à régime restrictif')).toEqual(['zone', 'à', 'régime', 'restrictif']);
  });
  it('normalises compatibility forms and spacing', () => {
    expect(normalise('  ＡＴＡＳ\tcertiﬁcate ')).toBe('atas certificate');
  });
  it('drops a plural ending to compare words, nothing more', () => {
    expect(['laptops', 'classes', 'boxes', 'access', 'status', 'data'].map(lightStem)).toEqual([
      'laptop',
      'class',
      'box',
      'access',
      'status',
      'data',
    ]);
    expect(stemKey('PhD students')).toEqual(['phd', 'student']);
  });
});
