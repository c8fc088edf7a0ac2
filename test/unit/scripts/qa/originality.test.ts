import { describe, expect, it } from 'vitest';
import {
  copiedRun,
  fingerprint,
  formatFingerprints,
  parseFingerprints,
  RUN,
  runsOf,
  wordsOf,
} from '#scripts/qa/originality.ts';

const seed = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen.';

describe('originality', () => {
  it('reads words in lower case and cuts them into runs', () => {
    expect(wordsOf('The G7 Best Practices for Secure and Open Research, it said.')).toEqual(['the', 'it', 'said']);
    expect(runsOf(wordsOf(seed))).toHaveLength(14 - RUN + 1);
  });

  it('finds a copied run whatever the case and punctuation, and passes a paraphrase', () => {
    const hashes = new Set(runsOf(wordsOf(seed)).map(fingerprint));
    expect(copiedRun('Intro: one, two, THREE four five six seven eight nine ten eleven twelve!', hashes)).toBe(
      'one two three four five six seven eight nine ten eleven twelve',
    );
    expect(copiedRun('One two three four five six seven eight nine ten eleven and twelve.', hashes)).toBeUndefined();
  });

  it('writes and reads the fingerprints file', () => {
    const f = { seeds: ['a.txt', 'b.txt'], hashes: new Set([fingerprint('x'), fingerprint('y')]) };
    expect(parseFingerprints(formatFingerprints(f))).toEqual(f);
  });
});
