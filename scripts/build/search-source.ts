/**
 * The search source: what the page pass (scripts/build/page-pass.ts) keeps of each finished page for
 * the search index step (scripts/build/index-search.ts), one JSON line per page. A module of its own
 * so that the index step, which only reads the file, starts without loading the page pass.
 */
import { join } from 'node:path';
import { byPathSegments } from '#scripts/lib/dist-files.ts';
import type { PageWords } from './search-lexicon.ts';

/** A document of its own for the search index: a search record at `<page>#<id>`. */
export interface SearchDoc {
  url: string;
  content: string;
}

/** What the search index step needs from the finished pages, by language, in the order of their files. */
export interface SearchSource {
  languages: Record<string, { words: PageWords[]; records: SearchDoc[] }>;
  /** The search pages (`data-search-page`), which get preload hints. */
  searchPages: { file: string; lang: string }[];
}

/**
 * Where the build leaves the search parts of its pages for the index step: one JSON line per page
 * (`SearchParts`), read with `searchSource`. In the project's `.astro/` folder (Astro's own, never
 * published), next to `dist/`, so that the index step can run again on a built site. Written as the
 * pages come rather than held, so that the worker's memory does not grow with the site.
 */
export function searchSourceFile(projectRoot: string): string {
  return join(projectRoot, '.astro', 'search-source.jsonl');
}

/** What one page gives the search index. */
export interface SearchParts {
  file: string;
  lang: string;
  /** A search page (`data-search-page`). */
  searchPage: boolean;
  /** When the page is indexed: its words, then each of its records' words. */
  words: PageWords[];
  records: SearchDoc[];
}

/** The search source from the lines of `searchSourceFile`: by language, in the order of the files. */
export function searchSource(lines: string): SearchSource {
  const parts = lines
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SearchParts)
    .sort((a, b) => byPathSegments(a.file, b.file));
  const source: SearchSource = { languages: {}, searchPages: [] };
  for (const { file, lang, searchPage, words, records } of parts) {
    if (searchPage) source.searchPages.push({ file, lang });
    if (words.length === 0) continue;
    source.languages[lang] ??= { words: [], records: [] };
    const own = source.languages[lang];
    own.words.push(...words);
    own.records.push(...records);
  }
  return source;
}
