/**
 * From what the reader typed to what is searched: the query plan. Pure; tested in
 * test/unit/features/search/query.test.ts.
 *
 * Pagefind returns only pages that contain every word of a search (and matches word beginnings, so
 * "collab" finds "collaboration"). A reader's question ("can I take my laptop to a conference
 * abroad") rarely has all its words on one page, and the reader's words are not always the
 * academy's. So a query is cut into groups, each searched on its own and combined by engine.ts:
 *
 * 1. Phrases the lexicon knows are found first, longest first ("who do I contact", "phd student",
 *    "deemed export"): a group whose alternatives are the reader's words and the lexicon's
 *    (equivalents, rewrites, the glossary's other names).
 * 2. Words the lexicon says to ignore ("can", "my", "to") are left out, unless nothing else remains.
 * 3. Every other word is a group of its own.
 *
 * Each alternative has a weight: the reader's own words 1, a rewrite the lexicon maps a phrase to
 * (deliberate, "who do I contact" → help) 1, an equivalent 0.7 (found, but below the reader's own
 * word). Alternatives that only add words to the reader's (for "phishing", the other name
 * "spear phishing") are dropped: every page they find, the reader's word finds too.
 */
import { type Lexicon, lightStem, stemKey, termsOf } from './lexicon.ts';

export const WEIGHT = { own: 1, rewrite: 1, equivalent: 0.7, correction: 0.9 } as const;
/** At most this many alternatives per group (each one is a search). */
export const MAX_ALTERNATIVES = 6;

export interface Alternative {
  /** Words searched together (Pagefind: every word on the page). */
  text: string;
  weight: number;
  /** Where it came from: shown to the reader when not their own words. */
  origin: 'own' | 'rewrite' | 'equivalent' | 'correction';
}

export interface QueryGroup {
  /** The part of the query this group stands for, as the reader wrote it (lower case). */
  text: string;
  alternatives: Alternative[];
  /** True when the group came from the reader's own word, not from a lexicon phrase (spelling checks these). */
  plain: boolean;
}

export interface QueryPlan {
  groups: QueryGroup[];
  /** Words left out (the lexicon's `ignore`). */
  ignored: string[];
}

interface Entry {
  key: string[];
  /** Equivalents: the other members of the set. Rewrites: the targets. */
  alternatives: { text: string; origin: 'rewrite' | 'equivalent' }[];
}

/** Lexicon entries by their first word's stem, for matching phrases in a query. */
export interface Matcher {
  byFirst: Map<string, Entry[]>;
  ignore: Set<string>;
}

export function matcherFor(lexicon: Lexicon): Matcher {
  const byFirst = new Map<string, Entry[]>();
  const add = (entry: Entry) => {
    if (entry.key.length === 0) return;
    const list = byFirst.get(entry.key[0]!) ?? [];
    list.push(entry);
    byFirst.set(entry.key[0]!, list);
  };
  for (const set of lexicon.equivalents) {
    for (const member of set) {
      add({
        key: stemKey(member),
        alternatives: set.filter((m) => m !== member).map((text) => ({ text, origin: 'equivalent' as const })),
      });
    }
  }
  for (const r of lexicon.rewrites) {
    add({ key: stemKey(r.from), alternatives: r.to.map((text) => ({ text, origin: 'rewrite' as const })) });
  }
  // Longest phrases first, so "phd student" wins over "student".
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return { byFirst, ignore: new Set(lexicon.ignore.map((w) => termsOf(w).join(' '))) };
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * A word as far as Pagefind's stemmer goes for telling two phrases apart: the light stem, then "-ed"
 * or "-ing" dropped after at least four letters, and a doubled last letter made single ("controlled"
 * = "control", as Pagefind's English stemmer has it). Only used to leave out an alternative that can
 * find nothing new, so a miss costs one search, never a result.
 */
export function searchStem(word: string): string {
  const stem = /^(.{4,}?)(?:ed|ing)$/.exec(lightStem(word))?.[1];
  if (stem === undefined) return lightStem(word);
  return /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Words of `alt` include every word of `own`: it can only find fewer pages than `own`, or the same
 * ("export controlled" for "export control": the same stems). Searching it would cost a search over
 * every page it finds (at 5,000 bench entries, 3,000 pages and a third of the time to the first
 * result on a slow phone) for nothing.
 */
function narrower(alt: string, own: string[]): boolean {
  if (own.length === 0) return false;
  const words = new Set(termsOf(alt).map(searchStem));
  return own.every((w) => words.has(searchStem(w)));
}

/** Hyphens become spaces: Pagefind drops punctuation from a query ("dual-use" → "dualuse"). */
const searchable = (text: string) => termsOf(text).join(' ');

export function planQuery(query: string, matcher: Matcher): QueryPlan {
  const words = termsOf(query);
  const stems = words.map(lightStem);
  const groups: QueryGroup[] = [];
  const ignored: string[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = matcher.byFirst.get(stems[i]!) ?? [];
    const length = candidates.find((e) => sameWords(e.key, stems.slice(i, i + e.key.length)))?.key.length;
    if (length !== undefined) {
      // Every entry with this same phrase contributes (a word can be in more than one set).
      const phraseStems = stems.slice(i, i + length);
      const phraseWords = words.slice(i, i + length);
      const own = phraseWords.filter((w) => !matcher.ignore.has(w));
      const alternatives: Alternative[] = [];
      if (own.length > 0) alternatives.push({ text: searchable(own.join(' ')), weight: WEIGHT.own, origin: 'own' });
      const ownStems = own.map(lightStem);
      for (const entry of candidates.filter((e) => sameWords(e.key, phraseStems))) {
        for (const alt of entry.alternatives) {
          const text = searchable(alt.text);
          if (!text || narrower(text, ownStems) || alternatives.some((a) => a.text === text)) continue;
          alternatives.push({ text, weight: WEIGHT[alt.origin], origin: alt.origin });
        }
      }
      groups.push({ text: phraseWords.join(' '), alternatives: alternatives.slice(0, MAX_ALTERNATIVES), plain: false });
      i += length;
      continue;
    }
    const word = words[i]!;
    if (matcher.ignore.has(word)) ignored.push(word);
    else {
      const text = searchable(word);
      if (text) groups.push({ text: word, alternatives: [{ text, weight: WEIGHT.own, origin: 'own' }], plain: true });
    }
    i++;
  }
  if (groups.length === 0 && ignored.length > 0) {
    // Only words without a subject ("what is it"): search them after all.
    return {
      groups: ignored.map((w) => ({
        text: w,
        alternatives: [{ text: w, weight: WEIGHT.own, origin: 'own' }],
        plain: true,
      })),
      ignored: [],
    };
  }
  return { groups: groups.filter((g) => g.alternatives.length > 0), ignored };
}

/** The lexicon's additions to a plan, for "Also searching for: …" (each once, in query order). */
export function addedTerms(plan: QueryPlan): string[] {
  const out: string[] = [];
  for (const g of plan.groups) {
    for (const a of g.alternatives) if (a.origin !== 'own' && !out.includes(a.text)) out.push(a.text);
  }
  return out;
}
