/**
 * The reader's words and the site's words: what the search interface loads besides the Pagefind
 * index, two files per language written by the build's index step (scripts/build/search-lexicon.ts):
 * `/search/lexicon.<lang>.json` (loaded with every search) and `/search/words.<lang>.json` (the
 * vocabulary, fetched once the first results are shown; only "did you mean" needs it). Everything
 * here runs on the reader's device; nothing is sent.
 *
 * - `equivalents`: sets of words or phrases that mean the same thing on this site. A search for one
 *   also searches the others (weighted lower). From `synonyms.<lang>.yaml` (maintained by hand) and
 *   from the glossary: each term's title with its other names.
 * - `rewrites`: a phrase readers type → the site's words for it, one way ("who do I contact" → help).
 * - `ignore`: words that name no subject ("can", "my", "what"); left out when other words remain,
 *   because Pagefind returns only pages that contain every word searched.
 * - `words`: the site's own vocabulary (page titles, headings, glossary terms and their other names,
 *   research-area keywords), most frequent first: what "did you mean" suggests from (spelling.ts).
 *
 * This module holds the file's shape and the word helpers that the build and the browser share, so
 * both cut text into words the same way. The schema of the YAML files is in synonyms.ts (build only).
 */
export interface Lexicon {
  lang: string;
  equivalents: string[][];
  rewrites: { from: string; to: string[] }[];
  ignore: string[];
}

export const EMPTY_LEXICON: Lexicon = { lang: 'en', equivalents: [], rewrites: [], ignore: [] };

/** Where the build writes a language's lexicon, and where the interface fetches it. */
export const lexiconPath = (lang: string) => `/search/lexicon.${lang}.json`;
/** Where the build writes a language's vocabulary (a JSON array of words, most frequent first). */
export const wordsPath = (lang: string) => `/search/words.${lang}.json`;

/** Lower case, compatibility forms folded (ligatures, full-width letters), curly apostrophes straightened. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The words of a text: runs of letters and digits, inner hyphens and apostrophes kept ("dual-use",
 * "researcher's"), everything else a separator. Lower case.
 */
export function wordsOf(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A light stem for comparing a reader's word with a lexicon entry: a plural "-s" dropped, or "-es"
 * after s, x, ch, sh ("laptops" = "laptop", "classes" = "class"); "access" and "status" stay. Pagefind
 * stems the words it searches properly; this is only for recognising which lexicon entry a reader typed.
 */
export function lightStem(word: string): string {
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The words of a query or lexicon phrase, hyphens as spaces ("dual-use" and "dual use" are the same). */
export function termsOf(text: string): string[] {
  return wordsOf(text.replace(/-/g, ' '));
}

/** The light stems of a phrase's words: the key lexicon entries and query phrases are compared by. */
export function stemKey(phrase: string): string[] {
  return termsOf(phrase).map(lightStem);
}
