/**
 * "Did you mean": the nearest word of the site's own vocabulary (the lexicon's `words`: titles,
 * headings, glossary terms, area keywords) to a word that finds (almost) nothing. Pure; tested in
 * test/unit/features/search/spelling.test.ts.
 *
 * Distance is Damerau–Levenshtein (optimal string alignment): an insertion, deletion, substitution
 * or swap of two neighbouring letters costs 1, so "quantm" → "quantum" is 1 and "quatnum" → "quantum"
 * is 1. Short words allow one edit, longer ones two: a two-letter change to a four-letter word is
 * another word, not a typo. Among equally near words the more frequent one wins (the vocabulary is
 * ordered by frequency), then the one sharing the first letter.
 */

/** Edit distance with adjacent swaps, or `limit + 1` as soon as it is certain to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How many edits a word of this length may have to still count as a misspelling. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 5 ? 1 : 2;
}

/**
 * The vocabulary word nearest to `word`, or undefined when none is near enough, or when `word`
 * itself is in the vocabulary (it is spelt right; it is just rare).
 */
export function suggest(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word.length);
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate, Math.min(limit, bestDistance));
    // Earlier words are more frequent: a later word must be strictly nearer, or as near and share
    // the first letter when the best so far does not.
    if (
      d < bestDistance ||
      (d === bestDistance && best !== undefined && best[0] !== word[0] && candidate[0] === word[0])
    ) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
