/**
 * The lexicon of each language (src/features/search/lexicon.ts says what it holds and why), built
 * by the index step from the finished pages and `src/features/search/synonyms.<lang>.yaml`. Pure
 * functions over strings; tested in test/unit/scripts/build/search-lexicon.test.ts.
 *
 * - Vocabulary: the words of page titles and headings (h1–h3 of `<main>`), of search record titles,
 *   and of the `aliases` and `keywords` metadata (glossary terms' other names, research areas'
 *   keywords); three letters or more, not numbers, not the ignored words; most frequent first.
 * - Equivalents: the YAML's, then one set per glossary term: its title (without a bracketed
 *   abbreviation, which becomes a member of its own: "ATAS (Academic Technology Approval Scheme)"
 *   gives "ATAS" and "Academic Technology Approval Scheme") with its other names.
 */
import { attributesOf, decodeEntities } from '#scripts/lib/html-scan.ts';
import { type Lexicon, normalise, wordsOf } from '#src/features/search/lexicon.ts';
import type { SynonymsFile } from '#src/features/search/synonyms.ts';
import type { PageRecord } from './search-records.ts';

/** What one page (or record) adds to its language's lexicon. */
export interface PageWords {
  /** Titles and headings. */
  phrases: string[];
  /** A glossary term: its title and other names. */
  aliasSet?: string[];
  /** Keywords and other names, for the vocabulary. */
  keywords: string[];
}

const textOf = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

function metaValues(html: string, name: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<span\b[^>]*data-pagefind-meta="([a-z]+)\[data-value\]"[^>]*>/g)) {
    if (m[1] !== name) continue;
    const value = attributesOf(m[0]).get('data-value');
    if (value) out.push(decodeEntities(value));
  }
  return out;
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The words a page's `<main>` gives: headings h1–h3 and keyword metadata. */
export function pageWords(html: string): PageWords {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  const phrases = [...main.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => textOf(m[2]!));
  const keywords = [...metaValues(main, 'keywords'), ...metaValues(main, 'aliases')].flatMap(splitList);
  return { phrases: phrases.filter(Boolean), keywords };
}

/** "ATAS (Academic Technology Approval Scheme)" → ["ATAS", "Academic Technology Approval Scheme"]; "A / B" → ["A", "B"]. */
export function titleForms(title: string): string[] {
  const out: string[] = [];
  for (const part of title.split(' / ')) {
    const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(part);
    if (m) out.push(m[1]!, m[2]!);
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The words a search record gives: its title; a glossary term (it has `aliases`) also a set of equivalents. */
export function recordWords(record: PageRecord): PageWords {
  const aliases = metaValues(record.html, 'aliases').flatMap(splitList);
  const words: PageWords = { phrases: [record.title], keywords: aliases };
  if (aliases.length > 0) {
    const seen = new Set<string>();
    const set = [...titleForms(record.title), ...aliases].filter((m) => {
      const key = wordsOf(m).join(' ');
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (set.length > 1) words.aliasSet = set;
  }
  return words;
}

/** The vocabulary: words of three letters or more, not numbers, not ignored; most frequent first, then A–Z. */
export function vocabulary(pages: PageWords[], ignore: readonly string[]): string[] {
  const skip = new Set(ignore.map(normalise));
  const counts = new Map<string, number>();
  for (const p of pages) {
    for (const phrase of [...p.phrases, ...p.keywords, ...(p.aliasSet ?? [])]) {
      for (const w of wordsOf(phrase)) {
        if (w.length < 3 || /^[\p{N}'-]+$/u.test(w) || skip.has(w)) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
}

/** A language's lexicon from its synonyms file and the glossary terms among its pages. */
export function buildLexicon(lang: string, synonyms: SynonymsFile, pages: PageWords[]): Lexicon {
  const glossary = pages.flatMap((p) => (p.aliasSet ? [p.aliasSet] : []));
  return {
    lang,
    equivalents: [...synonyms.equivalents, ...glossary],
    rewrites: synonyms.rewrites,
    ignore: synonyms.ignore,
  };
}
